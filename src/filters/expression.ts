/** Builds the MapLibre filter expression for the user's filters. Pure and unit-tested. */
import type { FilterSpecification } from 'maplibre-gl';
import type { AreaCode, Sector, Status } from '../data/schema';

export interface ProjectFilter {
  sectors: readonly Sector[];
  statuses: readonly Status[];
  areas: readonly AreaCode[];
  /** Ids that match the search text; null when there is no search. */
  ids: ReadonlySet<string> | null;
  /**
   * The same filter answered per project by the selection that made it (issue 12: at 100,000 projects,
   * testing each one again with `matchesFilter` and a set of ids took ≈300 ms of every filter change):
   * `mask[i]` is 1 when `of[i]` passes every part; `byId` says whether a search or a radius restricts by id.
   */
  drawn?: DrawnMask;
  /**
   * The search's typo matches are still being looked for (in a worker, at large sizes): the map keeps what it
   * draws until they arrive, rather than drawing the exact matches (often none) for a moment.
   */
  typosPending?: boolean;
  /** The search text the selection answered (it can trail the text typed while the search index is made: src/selection). */
  q?: string;
}

interface DrawnMask {
  of: readonly object[];
  mask: Uint8Array;
  byId: boolean;
}

/** null means "no filter": every project is drawn. */
export function projectFilterExpression(f: ProjectFilter): FilterSpecification | null {
  const parts: unknown[] = [];
  if (f.sectors.length) parts.push(['in', ['get', 'sector'], ['literal', f.sectors]]);
  if (f.statuses.length) parts.push(['in', ['get', 'status'], ['literal', f.statuses]]);
  if (f.areas.length) parts.push(['in', ['get', 'district'], ['literal', f.areas]]);
  // Ids (a search, a radius) can be tens of thousands: `match` looks a label up in a table, where `in` over
  // a literal array would scan the array for every feature. `match` needs at least one label.
  if (f.ids) parts.push(f.ids.size ? ['match', ['get', 'id'], [...f.ids], true, false] : false);
  if (!parts.length) return null;
  return (parts.length === 1 ? parts[0] : ['all', ...parts]) as FilterSpecification;
}

/** The same predicate in JavaScript, for the list and the counts (kept equal to the expression by tests). */
export function matchesFilter(
  p: { id: string; sector: Sector; status: Status; district: string },
  f: ProjectFilter,
): boolean {
  return (
    (!f.sectors.length || f.sectors.includes(p.sector)) &&
    (!f.statuses.length || f.statuses.includes(p.status)) &&
    (!f.areas.length || (f.areas as readonly string[]).includes(p.district)) &&
    (!f.ids || f.ids.has(p.id))
  );
}
