/** What the compare view shows for two to four areas. Pure. */
import { inArea } from '../data/areas';
import type { Profile, ProjectProps } from '../data/model';
import { SECTORS, STATUSES } from '../data/codes';
import type { Indicator } from '../data/schema';

export interface CompareRow {
  /** The metric id, or "label:<Chinese label>" when areas use the very same label. */
  key: string;
  label_zh: string;
  label_en: string;
  /** Per area (in the order given): its indicators for this measure, sorted by year. */
  cells: Indicator[][];
}

/** Indicators that at least two of the areas share (same metric, or the same label). */
export function sharedIndicators(profiles: Profile[]): CompareRow[] {
  const keyOf = (i: Indicator) => i.metric ?? `label:${i.label_zh}`;
  const rows = new Map<string, CompareRow>();
  profiles.forEach((p, col) => {
    for (const ind of p.indicators) {
      const key = keyOf(ind);
      const row = rows.get(key) ?? {
        key,
        label_zh: ind.label_zh,
        label_en: ind.label_en,
        cells: profiles.map(() => []),
      };
      row.cells[col]!.push(ind);
      rows.set(key, row);
    }
  });
  return [...rows.values()]
    .filter((r) => r.cells.filter((c) => c.length).length >= 2)
    .map((r) => ({ ...r, cells: r.cells.map((c) => [...c].sort((a, b) => a.year - b.year)) }));
}

export interface AreaCounts {
  total: number;
  bySector: Record<string, number>;
  byStatus: Record<string, number>;
  indicators: number;
  plans: number;
}

export function areaCounts(profile: Profile, projects: ProjectProps[]): AreaCounts {
  const mine = projects.filter((p) => inArea(p, profile.code));
  const tally = (keys: readonly string[], get: (p: ProjectProps) => string) =>
    Object.fromEntries(keys.map((k) => [k, mine.filter((p) => get(p) === k).length]));
  return {
    total: mine.length,
    bySector: tally(SECTORS, (p) => p.sector),
    byStatus: tally(STATUSES, (p) => p.status),
    indicators: profile.indicators.length,
    plans: profile.plans.length,
  };
}
