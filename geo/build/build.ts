/**
 * The data build: validate seeds/, run every check, and only then write public/data/ (all files or none).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Point, Position } from 'geojson';
import { DOC_META } from '../../src/data/docs';
import { splitDetails } from '../../src/data/details';
import type { DataManifest, ProjectRecordCollection } from '../../src/data/model';
import { DOCS } from '../../src/data/schema';
import { PROJECT_TILES_FILE, PROJECT_TILES_MIN } from '../../src/data/tiles';
import { buildProfiles, resolvePositions, toArea, toFeature, type DistrictFeature } from './assemble';
import { checkFiguresQuoted, checkIds, checkInDistricts, checkQuotes, checkShownText, checkUnits } from './checks';
import { DataBuildError } from './errors';
import { loadSeeds } from './load';
import { buildLines, buildStations } from './metro';
import { checkQuotesSaySomething } from './relevance';
import { previousTotals, shrinkProblems, totals } from './shrink';
import { projectArchive } from './tiles';
import { SYNTHETIC_FILE, SYNTHETIC_MARKER, syntheticSeeds } from './synthetic';

export interface BuildOptions {
  seedsDir: string;
  /** Folder holding the five source documents; when missing, the quote check is skipped loudly. */
  sourcesDir: string;
  districtsFile: string;
  stationsFile: string;
  metroLinesFile: string;
  outDir: string;
  /** Accept a build with fewer records than the previous output, or an empty seed file (`--allow-shrink`). */
  allowShrink?: boolean;
  /** Fail, instead of skipping the quote check, when the source documents are missing (set in CI). */
  requireSources?: boolean;
  warn?: (message: string) => void;
  /**
   * Add this many synthetic projects (the benchmark's `SYNTHETIC_PROJECTS`): valid seeds inside their
   * districts, exempt from the quote checks, marked as synthetic in the output. 0 or unset: the real build.
   */
  synthetic?: number;
}

export interface BuildResult {
  projects: number;
  profiles: number;
  indicators: number;
  plans: number;
  quotesChecked: boolean;
  /** What shrank against the previous output, when `allowShrink` let it through. */
  shrunk: string[];
}

export function readDocs(sourcesDir: string): Map<string, string> | undefined {
  if (!existsSync(sourcesDir)) return undefined;
  return new Map(
    DOCS.filter((d) => existsSync(join(sourcesDir, d))).map((d) => [d, readFileSync(join(sourcesDir, d), 'utf8')]),
  );
}

export function readStations(file: string): Map<string, Position> {
  const fc = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Point, { name_zh: string }>;
  return new Map(fc.features.map((f) => [f.properties.name_zh, f.geometry.coordinates]));
}

export function buildData(opts: BuildOptions): BuildResult {
  const warn = opts.warn ?? ((m: string) => console.warn(m));
  const districts = (JSON.parse(readFileSync(opts.districtsFile, 'utf8')) as { features: DistrictFeature[] }).features;
  const stations = readStations(opts.stationsFile);
  const seeds = loadSeeds(opts.seedsDir, { allowEmptyFiles: opts.allowShrink });
  const problems = [...seeds.problems];

  const synthetic = opts.synthetic
    ? syntheticSeeds(opts.synthetic, districts).map((record) => ({ file: SYNTHETIC_FILE, record }))
    : [];
  const located = [...seeds.projects, ...synthetic].map(({ file, record }) => ({
    file,
    record,
    positions: resolvePositions(record, stations, file, problems),
  }));
  problems.push(
    ...checkIds([...seeds.projects, ...synthetic], seeds.profiles),
    ...checkShownText(seeds.projects, seeds.profiles),
    ...checkFiguresQuoted(seeds.projects, seeds.profiles),
    ...checkUnits(seeds.projects, seeds.profiles),
    ...checkInDistricts(located, districts),
  );
  const docs = readDocs(opts.sourcesDir);
  if (docs) {
    problems.push(...checkQuotes(seeds.projects, seeds.profiles, docs));
    problems.push(...checkQuotesSaySomething(seeds.projects, seeds.profiles, docs));
  } else if (opts.requireSources)
    problems.push({
      file: opts.sourcesDir,
      record: '(all records)',
      field: 'sources',
      message:
        'the source documents are missing, and in CI the quote check may not be skipped: ' +
        'put the five documents there or set SOURCES_DIR',
    });
  else
    warn(
      `\n!!! WARNING: source documents not found at ${opts.sourcesDir}.\n` +
        '!!! The quote check was SKIPPED: quotes are NOT proven verbatim. Set SOURCES_DIR to the seeds folder.\n',
    );
  if (problems.length) throw new DataBuildError(problems);

  const projects: ProjectRecordCollection = {
    type: 'FeatureCollection',
    features: located
      .map(({ record, positions }) => toFeature(record, positions))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
  const profiles = buildProfiles(seeds.profiles, districts);
  // A synthetic build's totals are no baseline for the next build (nor is anything a baseline for it).
  const before =
    opts.synthetic || existsSync(join(opts.outDir, SYNTHETIC_MARKER)) ? undefined : previousTotals(opts.outDir);
  const shrinks = before ? shrinkProblems(before, totals(projects, profiles)) : [];
  if (shrinks.length && !opts.allowShrink) throw new DataBuildError(shrinks);
  if (shrinks.length)
    warn(
      `data: shrinking on purpose (--allow-shrink):\n${shrinks.map((p) => `  ${p.record} › ${p.field}`).join('\n')}`,
    );
  // The thin projects and their details by id (src/data/details.ts).
  const split = splitDetails(projects);
  // The points as vector tiles, always (the browser tests read them at the real data's size); the projects
  // file names them, so the map reads them, only from the size at which they are faster.
  const tiles = projectArchive(split.projects);
  if (tiles && split.projects.features.length >= PROJECT_TILES_MIN) split.projects.tiles = PROJECT_TILES_FILE;
  const files: Record<string, unknown> = {
    'districts.geojson': { type: 'FeatureCollection', features: districts },
    'projects.geojson': split.projects,
    ...(tiles ? { [PROJECT_TILES_FILE]: tiles.archive } : {}),
    ...split.chunks,
    'profiles.json': profiles,
    // The areas' names and centres for the first view; the profiles load when something shows them.
    'areas.json': profiles.map(toArea),
    // What the data is, for the first view: the map can draw the tiles before the projects file has loaded.
    'manifest.json': {
      projects: split.projects.features.length,
      ...(split.projects.tiles ? { tiles: split.projects.tiles } : {}),
    } satisfies DataManifest,
    'sources.json': DOC_META,
    'metro-lines.geojson': buildLines(JSON.parse(readFileSync(opts.metroLinesFile, 'utf8')) as FeatureCollection),
    'metro-stations.geojson': buildStations(JSON.parse(readFileSync(opts.stationsFile, 'utf8')) as FeatureCollection),
  };
  if (opts.synthetic)
    files[SYNTHETIC_MARKER] = `${opts.synthetic} synthetic projects for the benchmark: not real data, never publish`;
  writeAllOrNothing(opts.outDir, files);
  return {
    projects: projects.features.length,
    profiles: profiles.length,
    indicators: profiles.reduce((n, p) => n + p.indicators.length, 0),
    plans: profiles.reduce((n, p) => n + p.plans.length, 0),
    quotesChecked: !!docs,
    shrunk: shrinks.map((p) => `${p.record} › ${p.field}`),
  };
}

/**
 * Writes every file into a fresh temporary folder, then swaps the whole folder in with two renames: readers
 * see the old output or the new one, never a mix, and a failure anywhere leaves the old output in place.
 */
function writeAllOrNothing(outDir: string, files: Record<string, unknown>): void {
  const tmp = `${outDir}.tmp-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    for (const [name, content] of Object.entries(files))
      writeFileSync(join(tmp, name), content instanceof Uint8Array ? content : JSON.stringify(content) + '\n');
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  const hadOld = existsSync(outDir);
  if (hadOld) renameSync(outDir, old);
  try {
    renameSync(tmp, outDir);
  } catch (e) {
    if (hadOld) renameSync(old, outDir);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}
