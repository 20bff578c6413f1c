/**
 * The selection takes a search index built on the same projects by positions (no id lookups, issue 12);
 * any other index by its ids. Both ways must give the same selection, in the same order.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { toFeature, type DistrictFeature } from '../../geo/build/assemble';
import { syntheticSeeds } from '../../geo/build/synthetic';
import { buildSearchIndex, loadFuzzy } from '../../src/filters/search';
import { thinProps } from '../../src/data/details';
import { computeSelection, type SelectionInput } from '../../src/selection/selection';

// Typo matching loads on demand; loaded first so both ways search with it.
beforeAll(() => loadFuzzy());

const districts = (JSON.parse(readFileSync('geo/beijing-districts.geojson', 'utf8')) as { features: DistrictFeature[] })
  .features;
const projects = syntheticSeeds(400, districts).map((s) =>
  thinProps(toFeature(s, s.location.type === 'point' ? [s.location.coordinates!] : []).properties),
);

describe('selection with a search index', () => {
  const index = buildSearchIndex(projects);
  // The same answers, but only as ids: the selection cannot use positions.
  const byIds = { search: (q: string) => index.search(q), prepare: () => {} };
  const inputs: Omit<SelectionInput, 'q'>[] = [
    { sectors: [], statuses: [], areas: [], open: null },
    { sectors: ['education', 'healthcare'], statuses: [], areas: [], open: null },
    { sectors: [], statuses: ['planned'], areas: ['110108'], open: null },
    { sectors: [], statuses: [], areas: [], open: '110105' },
    {
      sectors: [],
      statuses: [],
      areas: [],
      open: null,
      near: new Map(projects.filter((_, i) => i % 3 === 0).map((p, i) => [p.id, i])),
    },
  ];

  it.each(['h', 'ho', 'hospital', 'zhongguancun', '医院', 'industrial park', 'zgc', 'zhongguancn'])(
    'by positions equals by ids for "%s"',
    (q) => {
      expect(index.positions!(q).length).toBeGreaterThan(0);
      for (const input of inputs) {
        const a = computeSelection(projects, index, { ...input, q });
        const b = computeSelection(projects, byIds, { ...input, q });
        expect(a.listed.map((p) => p.id)).toEqual(b.listed.map((p) => p.id));
        // Each listed project with its position in the projects, searching and not.
        for (const s of [a, computeSelection(projects, null, { ...input, q: '' })])
          expect(s.listedAt.map((i) => projects[i])).toEqual(s.listed);
        expect([...a.filter.ids!]).toEqual([...b.filter.ids!]);
        expect(a.facets).toEqual(b.facets);
        expect(a.bySector).toEqual(b.bySector);
        expect(a.total).toBe(b.total);
        expect(a.searching).toBe(true);
      }
    },
  );

  it('lists in rank order what the search ranks, when nothing else filters', () => {
    const s = computeSelection(projects, index, { ...inputs[0]!, q: 'ho' });
    expect(s.listed.map((p) => p.id)).toEqual(index.search('ho'));
    expect(s.listedIds).toEqual(new Set(index.search('ho')));
  });
});
