/**
 * The build must not lose data by accident: against the previous output in public/data/, an area that had
 * indicators, plans or projects and has none, or a total that drops by more than MAX_SHRINK, stops the build
 * unless the removal is declared (`npm run data -- --allow-shrink`, or ALLOW_SHRINK=1).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Profile, ProjectRecordCollection } from '../../src/data/model';
import { readBuiltProjects } from './built';
import type { RecordProblem } from './errors';

/** The share a total (projects, indicators, plans, quotes) may drop by in one build without the flag. */
const MAX_SHRINK = 0.05;
export const SHRINK_FLAG = '--allow-shrink';

export interface Totals {
  projects: number;
  indicators: number;
  plans: number;
  /** Quotes (source entries) over all records. */
  sources: number;
  /** Per area code: its indicators, plans and projects. */
  areas: Record<string, { name: string; indicators: number; plans: number; projects: number }>;
}

export function totals(projects: ProjectRecordCollection, profiles: Profile[]): Totals {
  const areas: Totals['areas'] = {};
  for (const p of profiles)
    areas[p.code] = { name: p.name_zh, indicators: p.indicators.length, plans: p.plans.length, projects: 0 };
  for (const f of projects.features) {
    const a = (areas[f.properties.district] ??= { name: f.properties.district, indicators: 0, plans: 0, projects: 0 });
    a.projects++;
  }
  const entries = profiles.flatMap((p) => [...p.indicators, ...p.plans]);
  return {
    projects: projects.features.length,
    indicators: profiles.reduce((n, p) => n + p.indicators.length, 0),
    plans: profiles.reduce((n, p) => n + p.plans.length, 0),
    sources:
      projects.features.reduce((n, f) => n + f.properties.sources.length, 0) +
      entries.reduce((n, e) => n + e.sources.length, 0),
    areas,
  };
}

/** Totals of the output already in `outDir`, or undefined when there is none (or it cannot be read). */
export function previousTotals(outDir: string): Totals | undefined {
  const projects = join(outDir, 'projects.geojson');
  const profiles = join(outDir, 'profiles.json');
  if (!existsSync(projects) || !existsSync(profiles)) return undefined;
  try {
    return totals(readBuiltProjects(outDir), JSON.parse(readFileSync(profiles, 'utf8')) as Profile[]);
  } catch {
    return undefined;
  }
}

/** Every way `next` lost data against `prev`, as problems naming the area or total and the field. */
export function shrinkProblems(prev: Totals, next: Totals): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const hint = `if this removal is deliberate, run the build with ${SHRINK_FLAG} (npm run data -- ${SHRINK_FLAG})`;
  for (const field of ['projects', 'indicators', 'plans', 'sources'] as const) {
    const before = prev[field];
    const after = next[field];
    if (before > 0 && (before - after) / before > MAX_SHRINK)
      problems.push({
        file: 'seeds/',
        record: '(all records)',
        field,
        message:
          `${field === 'sources' ? 'quotes' : field} drop from ${before} to ${after} ` +
          `(−${Math.round(((before - after) / before) * 100)}%) against the previous build in public/data/, ` +
          `more than the ${MAX_SHRINK * 100}% a build may lose; ${hint}`,
      });
  }
  for (const [code, a] of Object.entries(prev.areas)) {
    const b = next.areas[code];
    for (const field of ['indicators', 'plans', 'projects'] as const)
      if (a[field] > 0 && !b?.[field])
        problems.push({
          file: field === 'projects' ? 'seeds/projects/*.yaml' : 'seeds/profiles/*.yaml',
          record: `${code} (${a.name})`,
          field,
          message: `had ${a[field]} ${field} in the previous build and now has none; ${hint}`,
        });
  }
  return problems;
}
