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
  /** Whether the search may match typos (default true; false while typing pauses are awaited at scale). */
  typos?: boolean;
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
  /** Each listed project's position in the projects (the list's name order is walked by them). */
  listedAt: readonly number[];
  listedIds: ReadonlySet<string>;
  searching: boolean;
  /** The search answered without typo matches that are still on their way (the list says it is looking). */
  typosPending: boolean;
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

/**
 * Per projects array, made once (at an idle moment after load, see prepareSelection): each project's
 * sector, status and district as a small number (codes in order of first appearance), and each id's
 * position. The one pass below then counts in typed arrays, with no string hashing per project.
 */
interface Codes {
  sector: Uint8Array;
  status: Uint8Array;
  district: Uint16Array;
  sectors: string[];
  statuses: string[];
  districts: string[];
  position: Map<string, number>;
  /** Per open area, how many projects are in it (the count's "of N"), counted when first asked. */
  inScope: Map<AreaCode, number>;
}
const codesCache = new WeakMap<readonly ProjectProps[], Codes>();
function codesOf(projects: readonly ProjectProps[]): Codes {
  let c = codesCache.get(projects);
  if (c) return c;
  const code = <T extends string>(list: T[], index: Map<T, number>, x: T) => {
    let i = index.get(x);
    if (i === undefined) index.set(x, (i = list.push(x) - 1));
    return i;
  };
  const idx = {
    sector: new Map<string, number>(),
    status: new Map<string, number>(),
    district: new Map<string, number>(),
  };
  c = {
    sector: new Uint8Array(projects.length),
    status: new Uint8Array(projects.length),
    district: new Uint16Array(projects.length),
    sectors: [],
    statuses: [],
    districts: [],
    position: new Map(),
    inScope: new Map(),
  };
  for (let i = 0; i < projects.length; i++) {
    const p = projects[i]!;
    c.sector[i] = code(c.sectors, idx.sector, p.sector);
    c.status[i] = code(c.statuses, idx.status, p.status);
    c.district[i] = code(c.districts, idx.district, p.district);
    if (!c.position.has(p.id)) c.position.set(p.id, i);
  }
  codesCache.set(projects, c);
  return c;
}

/** Builds what computeSelection keeps per projects array now (for an idle moment), not on the first keystroke. */
export function prepareSelection(projects: readonly ProjectProps[]): void {
  codesOf(projects);
}

/** How many of the projects are in the area `scope`. */
function scopeSize(codes: Codes, projects: readonly ProjectProps[], scope: AreaCode): number {
  let size = codes.inScope.get(scope);
  if (size === undefined) {
    size = 0;
    for (const p of projects) if (inArea(p, scope)) size++;
    codes.inScope.set(scope, size);
  }
  return size;
}

/** Which codes a filter part lets through: all when nothing is chosen. */
function allowed(codes: readonly string[], chosen: readonly string[]): Uint8Array {
  const out = new Uint8Array(codes.length);
  const set = new Set(chosen);
  codes.forEach((c, i) => (out[i] = !set.size || set.has(c) ? 1 : 0));
  return out;
}
/** Counts as a Map, only the codes counted at least once (as the selection always gave them). */
function toMap(codes: readonly string[], counts: Uint32Array): Map<string, number> {
  const m = new Map<string, number>();
  codes.forEach((c, i) => {
    if (counts[i]) m.set(c, counts[i]);
  });
  return m;
}

export function computeSelection(
  projects: readonly ProjectProps[],
  index: SearchIndex | null,
  input: SelectionInput,
): Selection {
  const query = input.q.trim();
  const codes = codesOf(projects);
  const n = projects.length;
  const near = input.near ?? null;
  // The search's answer as positions in rank order: straight from an index built on these projects, else
  // (another index) its ids looked up; ids these projects do not have still restrict the map filter.
  let ranked: Uint32Array | null = null;
  let rankedIds: string[] | null = null;
  if (query && index) {
    const options = { typos: input.typos ?? true };
    if (index.positions && index.projects === projects) ranked = index.positions(query, options);
    else {
      rankedIds = index.search(query, options);
      const at: number[] = [];
      const seen = new Uint8Array(n);
      for (const id of rankedIds) {
        const i = codes.position.get(id);
        if (i !== undefined && !seen[i]) {
          seen[i] = 1;
          at.push(i);
        }
      }
      ranked = Uint32Array.from(at);
    }
  }
  // (Only a search that asked for typo matches waits for them.)
  const typosPending = !!(query && index && (input.typos ?? true) && index.waitingForTypos?.(query));
  // Search and proximity both restrict by id: the map filter and the list then follow the same set. The
  // projects they leave, in the order the list shows them (rank order while searching, else data order):
  // the pass below visits only these (a search for one letter leaves a third of 100,000, a word a few).
  let candidates: Uint32Array | null = null;
  if (ranked) candidates = near ? ranked.filter((i) => near.has(projects[i]!.id)) : ranked;
  else if (near) {
    const at: number[] = [];
    for (const id of near.keys()) {
      const i = codes.position.get(id);
      if (i !== undefined) at.push(i);
    }
    candidates = Uint32Array.from(at).sort();
  }
  // The ids as a set, for the map: made when the map's filter sync first asks (in a task of its own after
  // the list has updated), not in the keystroke's render (a search can match 100k projects).
  const rankedAt = ranked;
  let ids: Set<string> | null | undefined;
  const idsNow = (): Set<string> | null => {
    if (rankedAt) {
      const all = rankedIds ?? Array.from(rankedAt, (i) => projects[i]!.id);
      return new Set(near ? all.filter((id) => near.has(id)) : all);
    }
    return near ? new Set(near.keys()) : null;
  };
  // What the map draws, per project: filled in the loop below.
  const drawnMask = new Uint8Array(n);
  const filter: ProjectFilter = {
    sectors: input.sectors,
    statuses: input.statuses,
    areas: input.areas,
    get ids() {
      return ids === undefined ? (ids = idsNow()) : ids;
    },
    drawn: { of: projects, mask: drawnMask, byId: !!candidates },
    ...(typosPending ? { typosPending } : {}),
    q: input.q,
  };
  const scope = input.open && areaKind(input.open) !== 'city' ? input.open : null;

  // Each part of the filter is tested once per project visited; the list, the drawn set and each facet (the
  // filter without its own part) combine the answers. The same predicate as matchesFilter, part by part.
  const sectorOk = allowed(codes.sectors, input.sectors);
  const statusOk = allowed(codes.statuses, input.statuses);
  const areaOk = allowed(codes.districts, input.areas);
  const listByArea = !scope && input.areas.length > 0;
  const count = {
    sectors: new Uint32Array(codes.sectors.length),
    statuses: new Uint32Array(codes.statuses.length),
    areas: new Uint32Array(codes.districts.length),
    bySector: new Uint32Array(codes.sectors.length),
  };
  let anyArea = 0;
  const listed: ProjectProps[] = [];
  const listedAt: number[] = [];
  // Projects outside the candidates match nothing and count only towards the total, counted apart.
  let total = candidates ? (scope ? scopeSize(codes, projects, scope) : n) : 0;
  const visits = candidates ? candidates.length : n;
  for (let k = 0; k < visits; k++) {
    const i = candidates ? candidates[k]! : k;
    const sector = codes.sector[i]!;
    const status = codes.status[i]!;
    const district = codes.district[i]!;
    const okSector = sectorOk[sector] === 1;
    const okStatus = statusOk[status] === 1;
    const okArea = areaOk[district] === 1;
    if (okSector && okStatus) {
      if (okArea) {
        count.bySector[sector]!++;
        drawnMask[i] = 1;
      }
      count.areas[district]!++;
      anyArea++;
    }
    if (scope && !inArea(projects[i]!, scope)) continue;
    if (!candidates) total++;
    // In scope, the open area stands in for the area filter.
    if (listByArea && !okArea) continue;
    if (okSector && okStatus) {
      listed.push(projects[i]!);
      listedAt.push(i);
    }
    if (okStatus) count.sectors[sector]!++;
    if (okSector) count.statuses[status]!++;
  }
  let listedIds: Set<string> | undefined;
  return {
    filter,
    scope,
    listed,
    listedAt,
    // Made only when asked for (nothing in the app needs it per keystroke).
    get listedIds() {
      return (listedIds ??= new Set(listed.map((p) => p.id)));
    },
    searching: !!ranked,
    typosPending,
    total,
    facets: {
      sectors: toMap(codes.sectors, count.sectors),
      statuses: toMap(codes.statuses, count.statuses),
      areas: toMap(codes.districts, count.areas),
      anyArea,
      // Every code exists because some project has it.
      present: { sectors: new Set(codes.sectors), statuses: new Set(codes.statuses) },
    },
    bySector: toMap(codes.sectors, count.bySector),
    distances: near,
  };
}
