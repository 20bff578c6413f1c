/**
 * Faceted counts: how many projects each choice would show, given the other active filters
 * (so a sector's count does not drop to zero just because another sector is ticked).
 */
import type { ProjectProps } from '../data/model';
import { matchesFilter, type ProjectFilter } from './expression';

type Facet = 'sectors' | 'statuses' | 'areas';
const field = { sectors: 'sector', statuses: 'status', areas: 'district' } as const;

export function facetCounts(projects: ProjectProps[], filter: ProjectFilter, facet: Facet): Map<string, number> {
  const others: ProjectFilter = { ...filter, [facet]: [] };
  const counts = new Map<string, number>();
  for (const p of projects)
    if (matchesFilter(p, others)) {
      const key = p[field[facet]];
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  return counts;
}

export const isFiltered = (f: ProjectFilter): boolean =>
  !!(f.sectors.length || f.statuses.length || f.areas.length || f.ids);
