/**
 * The selection: which projects the user's filters, search and open area leave, computed once per change
 * and read by the list, the map filter, the facet counts and the legend (and later exports and charts).
 * Pure: no React, no MapLibre.
 */
import { areaKind, inArea } from '../data/areas';
import type { ProjectProps } from '../data/model';
import type { AreaCode, Sector, Status } from '../data/schema';
import type { ProjectFilter } from '../filters/expression';
import type { SearchIndex } from '../filters/search';

export interface SelectionInput {
  sectors: readonly Sector[];
  statuses: readonly Status[];
  areas: readonly AreaCode[];
  q: string;
  /** The area whose panel is open: the list follows it. */
  open: AreaCode | null;
  /** Proximity: the projects within the radius, with their distance in metres (null: no proximity filter). */
  near?: ReadonlyMap<string, number> | null;
}

export interface Selection {
  /** What the map draws: the user's filters and search (not the open area: the map keeps its context). */
  filter: ProjectFilter;
  /** The open area the list is restricted to; null when none is open or it is the whole city. */
  scope: AreaCode | null;
  /** The listed projects: search rank order while searching, else data order. */
  listed: readonly ProjectProps[];
  listedIds: ReadonlySet<string>;
  searching: boolean;
  /** Projects in scope (all projects when there is none): the "of N" of the count. */
  total: number;
  /** Per choice, how many the list would show given the other filters (areas: across the city). */
  facets: {
    sectors: Map<string, number>;
    statuses: Map<string, number>;
    areas: Map<string, number>;
    anyArea: number;
    /** Sectors and statuses that any project has at all: a choice with nothing behind it is not offered. */
    present: { sectors: ReadonlySet<string>; statuses: ReadonlySet<string> };
  };
  /** Drawn projects by sector (the legend). */
  bySector: Map<string, number>;
  /** Distances in metres from the proximity centre, for the projects within its radius (null: none). */
  distances: ReadonlyMap<string, number> | null;
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

const byIdCache = new WeakMap<readonly ProjectProps[], Map<string, ProjectProps>>();
const projectsById = (projects: readonly ProjectProps[]) => {
  let m = byIdCache.get(projects);
  if (!m) byIdCache.set(projects, (m = new Map(projects.map((p) => [p.id, p]))));
  return m;
};

export function computeSelection(
  projects: readonly ProjectProps[],
  index: SearchIndex | null,
  input: SelectionInput,
): Selection {
  const query = input.q.trim();
  const ranked = query && index ? index.search(query) : null;
  const near = input.near ?? null;
  // Search and proximity both restrict by id: the map filter and the list then follow the same set.
  const ids = ranked
    ? new Set(near ? ranked.filter((id) => near.has(id)) : ranked)
    : near
      ? new Set(near.keys())
      : null;
  const filter: ProjectFilter = { sectors: input.sectors, statuses: input.statuses, areas: input.areas, ids };
  const scope = input.open && areaKind(input.open) !== 'city' ? input.open : null;
  const inScope = (p: ProjectProps) => !scope || inArea(p, scope);

  const present = { sectors: new Set<string>(), statuses: new Set<string>() };
  const facets = {
    sectors: new Map<string, number>(),
    statuses: new Map<string, number>(),
    areas: new Map<string, number>(),
    anyArea: 0,
    present,
  };
  const bySector = new Map<string, number>();
  // Each part of the filter is tested once per project; the list, the drawn set and each facet (the
  // filter without its own part) combine the answers. The same predicate as matchesFilter, part by part.
  const sectors = new Set<string>(input.sectors);
  const statuses = new Set<string>(input.statuses);
  const areas = new Set<string>(input.areas);
  const listByArea = !scope && areas.size > 0;
  const listed: ProjectProps[] = [];
  const listedIds = new Set<string>();
  let total = 0;
  for (const p of projects) {
    present.sectors.add(p.sector);
    present.statuses.add(p.status);
    const okSector = !sectors.size || sectors.has(p.sector);
    const okStatus = !statuses.size || statuses.has(p.status);
    const okId = !ids || ids.has(p.id);
    const okArea = !areas.size || areas.has(p.district);
    if (okSector && okStatus && okId) {
      if (okArea) bump(bySector, p.sector);
      bump(facets.areas, p.district);
      facets.anyArea++;
    }
    if (!inScope(p)) continue;
    total++;
    // In scope, the open area stands in for the area filter.
    const okListArea = !listByArea || okArea;
    if (!okListArea || !okId) continue;
    if (okSector && okStatus) {
      listedIds.add(p.id);
      if (!ranked) listed.push(p);
    }
    if (okStatus) bump(facets.sectors, p.sector);
    if (okSector) bump(facets.statuses, p.status);
  }
  if (ranked) {
    // In rank order: the ranked ids that passed the filters.
    const byId = projectsById(projects);
    for (const id of ranked) if (listedIds.has(id)) listed.push(byId.get(id)!);
  }
  return {
    filter,
    scope,
    listed,
    listedIds,
    searching: !!ranked,
    total,
    facets,
    bySector,
    distances: near,
  };
}
