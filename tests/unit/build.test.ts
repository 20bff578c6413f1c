import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildData, type BuildOptions } from '../../geo/build/build';
import { areasFile, manifestFile, profilesFile } from '../../src/data/fileSchemas';
import { DataBuildError } from '../../geo/build/errors';
import { DOC, DOC_TEXT, goodProfile, goodProject } from '../fixtures/records';

const root = new URL('../..', import.meta.url).pathname;
let dir: string;
let opts: BuildOptions;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'data-build-'));
  mkdirSync(join(dir, 'seeds/projects'), { recursive: true });
  mkdirSync(join(dir, 'seeds/profiles'), { recursive: true });
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', DOC), DOC_TEXT);
  writeFileSync(join(dir, 'seeds/projects/parks.yaml'), stringify([goodProject()]));
  writeFileSync(join(dir, 'seeds/profiles/haidian.yaml'), stringify([goodProfile()]));
  cpSync(join(root, 'geo/beijing-metro'), join(dir, 'metro'), { recursive: true });
  opts = {
    seedsDir: join(dir, 'seeds'),
    sourcesDir: join(dir, 'docs'),
    districtsFile: join(root, 'geo/beijing-districts.geojson'),
    stationsFile: join(dir, 'metro/stations.geojson'),
    metroLinesFile: join(dir, 'metro/lines.geojson'),
    outDir: join(dir, 'out'),
    warn: () => undefined,
  };
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const read = (f: string) => JSON.parse(readFileSync(join(dir, 'out', f), 'utf8'));

describe('data build', () => {
  it('writes the districts, projects and profiles with the contract fields', () => {
    const r = buildData(opts);
    expect(r).toMatchObject({ projects: 1, quotesChecked: true });
    expect(read('districts.geojson').features).toHaveLength(16);
    const park = read('projects.geojson').features[0];
    expect(park.properties).toMatchObject({
      id: 'zgc-wenquan-science-park-phase-2',
      floor_area_total_m2: 304000,
      floor_area_above_ground_m2: 179000,
      precision: 'site',
      district: '110108',
    });
    const profiles = read('profiles.json');
    expect(profiles.map((p: { code: string }) => p.code)).toContain('bda');
    expect(profiles).toHaveLength(18);
    expect(profiles.find((p: { code: string }) => p.code === '110108').indicators[0].value).toBe(12907.1);
    // The first view's areas: each profile's names, land area and centre, in the same order, nothing more.
    const areas = read('areas.json') as Record<string, unknown>[];
    expect(areas.map((a) => a.code)).toEqual(profiles.map((p: { code: string }) => p.code));
    const haidian = areas.find((a) => a.code === '110108')!;
    expect(Object.keys(haidian).sort()).toEqual(['area_km2', 'center', 'code', 'name_en', 'name_zh']);
    expect(haidian).toMatchObject({ name_zh: '海淀区', name_en: 'Haidian' });
    expect(Object.keys(areas.find((a) => a.code === 'bda')!)).not.toContain('area_km2');
    // What the build writes is what the browser's checks accept (src/data/fileSchemas.ts).
    expect(areasFile.safeParse(areas).success).toBe(true);
    expect(profilesFile.safeParse(profiles).success).toBe(true);
    expect(areasFile.safeParse([{ ...haidian, center: 'x' }]).success).toBe(false);
    // The manifest: how many projects; no tiles named below PROJECT_TILES_MIN.
    expect(read('manifest.json')).toEqual({ projects: 1 });
    expect(manifestFile.safeParse(read('manifest.json')).success).toBe(true);
    expect(manifestFile.safeParse({ projects: 1, tiles: '../x.pmtiles' }).success).toBe(false);
    expect(manifestFile.safeParse({ projects: 1, tiles: 'projects.pmtiles' }).success).toBe(true);
  });

  it('stops on a malformed record with file, record and field, and leaves the previous output untouched', () => {
    buildData(opts);
    const before = readFileSync(join(dir, 'out/projects.geojson'), 'utf8');
    writeFileSync(join(dir, 'seeds/projects/parks.yaml'), stringify([{ ...goodProject(), sector: 'casino' }]));
    let err: unknown;
    try {
      buildData(opts);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataBuildError);
    expect((err as DataBuildError).message).toContain(
      'seeds/projects/parks.yaml › zgc-wenquan-science-park-phase-2 › sector',
    );
    expect(readFileSync(join(dir, 'out/projects.geojson'), 'utf8')).toBe(before);
  });

  it('resolves a station-located point from the metro reference', () => {
    const p = goodProject();
    p.location = {
      type: 'point',
      station: '北沙滩',
      precision: 'street',
      basis: 'Beishatan station',
      basis_zh: '北沙滩站',
    };
    p.district = '110108';
    writeFileSync(join(dir, 'seeds/projects/parks.yaml'), stringify([p]));
    buildData(opts);
    const [lng, lat] = read('projects.geojson').features[0].geometry.coordinates;
    expect(lng).toBeCloseTo(116.37, 1);
    expect(lat).toBeCloseTo(40.0, 1);
  });

  it('skips only the quote check, loudly, when the documents are missing', () => {
    const warnings: string[] = [];
    const r = buildData({ ...opts, sourcesDir: join(dir, 'nowhere'), warn: (m) => warnings.push(m) });
    expect(r.quotesChecked).toBe(false);
    expect(warnings.join()).toMatch(/SKIPPED/);
  });
});
