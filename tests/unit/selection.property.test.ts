/**
 * The selection is computed in one pass with each filter part tested once (for speed at 100k projects);
 * this checks it against its definition written plainly with `matchesFilter`, on random projects and inputs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inArea } from '../../src/data/areas';
import { SECTORS, STATUSES, type AreaCode } from '../../src/data/schema';
import { matchesFilter, type ProjectFilter } from '../../src/filters/expression';
import { computeSelection, type SelectionInput } from '../../src/selection/selection';
import { makeProject } from '../fixtures/factories';

const AREAS = ['110108', '110114', '110105', 'bda'] as const;
const projectArb = fc.record(
  {
    sector: fc.constantFrom(...SECTORS),
    status: fc.constantFrom(...STATUSES),
    district: fc.constantFrom(...AREAS),
    // A project in more than one area: in an open area's list without being in its district.
    also_districts: fc.subarray([...AREAS], { minLength: 1 }),
  },
  { requiredKeys: ['sector', 'status', 'district'] },
);
/** A choice of some of `xs`, often none (no filter), so that lists of several projects are common. */
const subset = <T>(xs: readonly T[]) => fc.oneof(fc.constant<T[]>([]), fc.subarray([...xs]));

/** The definition, one matchesFilter per question. */
function naive(projects: ReturnType<typeof makeProject>[], input: SelectionInput, ranked: string[] | null) {
  const near = input.near ? new Set(input.near.keys()) : null;
  const ids = ranked ? new Set(near ? ranked.filter((id) => near.has(id)) : ranked) : near;
  const filter: ProjectFilter = { sectors: input.sectors, statuses: input.statuses, areas: input.areas, ids };
  const scope = input.open && input.open !== 'beijing' ? input.open : null;
  const listFilter = scope ? { ...filter, areas: [] } : filter;
  const inScope = projects.filter((p) => !scope || inArea(p, scope));
  const count = (ps: typeof projects, f: ProjectFilter, key: 'sector' | 'status' | 'district') => {
    const m = new Map<string, number>();
    for (const p of ps) if (matchesFilter(p, f)) m.set(p[key], (m.get(p[key]) ?? 0) + 1);
    return m;
  };
  let listed = inScope.filter((p) => matchesFilter(p, listFilter)).map((p) => p.id);
  // Each project once, in rank order, however often the search's answer names it.
  if (ranked) listed = [...new Set(ranked)].filter((id) => listed.includes(id));
  return {
    listed,
    drawn: projects.map((p) => (matchesFilter(p, filter) ? 1 : 0)),
    byId: !!ids,
    total: inScope.length,
    sectors: count(inScope, { ...listFilter, sectors: [] }, 'sector'),
    statuses: count(inScope, { ...listFilter, statuses: [] }, 'status'),
    areas: count(projects, { ...filter, areas: [] }, 'district'),
    bySector: count(projects, filter, 'sector'),
  };
}

describe('selection, one pass', () => {
  it('equals its definition with matchesFilter for any projects, filters, open area and search', () => {
    fc.assert(
      fc.property(
        fc.array(projectArb, { maxLength: 30 }),
        subset(SECTORS),
        subset(STATUSES),
        subset(AREAS),
        fc.option(fc.constantFrom<AreaCode>(...AREAS, 'beijing')),
        fc.option(fc.array(fc.nat(40), { maxLength: 12 })),
        // Proximity: ids mostly of these projects, in any order (a few of projects not there).
        fc.option(fc.array(fc.nat(32), { maxLength: 16 })),
        fc.boolean(),
        (records, sectors, statuses, areas, open, rankedIdx, nearIdx, byPosition) => {
          const projects = records.map((r, i) => makeProject({ ...r, id: `p${i}` }));
          // By position (an index built on these projects) the answer has only their ids, each once; by id,
          // any ids, repeated too (another index's answer).
          const ranked = rankedIdx
            ? byPosition
              ? [...new Set(rankedIdx.filter((i) => i < projects.length).map((i) => `p${i}`))]
              : rankedIdx.map((i) => `p${i}`)
            : null;
          const near = nearIdx ? new Map(nearIdx.map((i) => [`p${i}`, i * 10] as const)) : null;
          const input: SelectionInput = { sectors, statuses, areas, q: ranked ? 'x' : '', open: open ?? null, near };
          const search = () => ranked ?? [];
          const index = byPosition
            ? {
                search,
                projects,
                positions: () => Uint32Array.from(search(), (id) => Number(id.slice(1))),
                prepare: () => {},
              }
            : { search, prepare: () => {} };
          const s = computeSelection(projects, index, input);
          const want = naive(projects, input, ranked);
          expect(s.listed.map((p) => p.id)).toEqual(want.listed);
          expect([...s.listedIds].sort()).toEqual([...want.listed].sort());
          expect(s.total).toBe(want.total);
          expect(s.facets.sectors).toEqual(want.sectors);
          expect(s.facets.statuses).toEqual(want.statuses);
          expect(s.facets.areas).toEqual(want.areas);
          expect(s.bySector).toEqual(want.bySector);
          // What the map draws, per project (the map sync reads this rather than testing each one again).
          expect(s.filter.drawn!.of).toBe(projects);
          expect([...s.filter.drawn!.mask]).toEqual(want.drawn);
          expect(s.filter.drawn!.byId).toBe(want.byId);
        },
      ),
      { numRuns: 500 },
    );
  });
});
