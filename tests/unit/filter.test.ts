import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { matchesFilter, projectFilterExpression, type ProjectFilter } from '../../src/filters/expression';
import { SECTORS, STATUSES } from '../../src/data/schema';

const projects = SECTORS.flatMap((sector, i) =>
  STATUSES.map((status, j) => ({
    id: `p-${i}-${j}`,
    sector: sector,
    status: status,
    district: i % 2 ? '110108' : 'bda',
  })),
);

const evaluate = (f: ProjectFilter) => {
  const expr = projectFilterExpression(f);
  if (!expr) return projects.map((p) => p.id);
  const compiled = featureFilter(expr, 'layers[0].filter');
  return projects
    .filter((p) => compiled.filter({ zoom: 10 }, { type: 1, properties: p, geometry: [] } as never))
    .map((p) => p.id);
};

describe('filter expressions', () => {
  const cases: ProjectFilter[] = [
    { sectors: [], statuses: [], areas: [], ids: null },
    { sectors: ['education'], statuses: [], areas: [], ids: null },
    { sectors: ['education', 'healthcare'], statuses: ['planned'], areas: [], ids: null },
    { sectors: [], statuses: [], areas: ['bda'], ids: null },
    { sectors: [], statuses: [], areas: [], ids: new Set(['p-0-0', 'p-3-1']) },
    { sectors: ['transit'], statuses: ['operating'], areas: ['110108'], ids: new Set<string>() },
  ];

  it('no filter means no expression', () => {
    expect(projectFilterExpression(cases[0]!)).toBeNull();
  });

  for (const [i, f] of cases.entries())
    it(`MapLibre draws exactly what the list shows (case ${i})`, () => {
      expect(evaluate(f)).toEqual(projects.filter((p) => matchesFilter(p, f)).map((p) => p.id));
    });

  it('narrows: one sector keeps only that sector', () => {
    const ids = evaluate({ sectors: ['education'], statuses: [], areas: [], ids: null });
    expect(ids).toHaveLength(STATUSES.length);
  });
});
