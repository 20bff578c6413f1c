/** Chart series, the parks ranking and the per-document counts (issue 11). */
import { describe, expect, it } from 'vitest';
import {
  areaSectorStacks,
  commonUnit,
  resultTargetPairs,
  sectorBars,
  sharedResultTarget,
} from '../../src/charts/chartData';
import { chartUnit } from '../../src/charts/units';
import { countByDoc } from '../../src/datapage/coverage';
import { rankParks } from '../../src/parks/parks';
import { makeIndicator, makeProfile, makeProject } from '../fixtures/factories';

const ind = (id: string, over: Parameters<typeof makeIndicator>[0] extends infer T ? Partial<T> : never) =>
  makeIndicator({ id, metric: 'gdp_growth', value: 5, unit: '%', ...over });

describe('result and target pairs', () => {
  it('pairs a 2024 result with a 2025 target of the same measure', () => {
    const pairs = resultTargetPairs([
      ind('a', { kind: 'actual', year: 2024, value: 5.5 }),
      ind('t', { kind: 'target', year: 2025, value: 5 }),
      ind('e', { kind: 'estimate', year: 2024, value: 9 }),
    ]);
    expect(pairs.map((p) => [p.actualValue, p.targetValue, p.unit])).toEqual([[5.5, 5, '%']]);
  });
  it('converts 万套 to 套, and leaves out values in different units', () => {
    const a = ind('a', { metric: 'affordable_housing_started', kind: 'actual', year: 2024, value: 1.2, unit: '万套' });
    const t = ind('t', { metric: 'affordable_housing_started', kind: 'target', year: 2025, value: 8000, unit: '套' });
    expect(commonUnit(a, t)).toEqual({ unit: '套', a: 12000, b: 8000 });
    expect(commonUnit(ind('x', { unit: '%' }), ind('y', { unit: '亿元' }))).toBeUndefined();
    expect(
      resultTargetPairs([
        ind('a', { kind: 'actual', year: 2024 }),
        ind('t', { kind: 'target', year: 2025, unit: '亿元' }),
      ]),
    ).toEqual([]);
  });
  it('English charts convert 亿元 to billions', () => {
    expect(chartUnit('亿元', 'en')).toEqual({ factor: 0.1, name: 'CNY billion' });
    expect(chartUnit('亿元', 'zh')).toEqual({ factor: 1, name: '亿元' });
  });
});

describe('bars', () => {
  const projects = [
    makeProject({ id: 'p1', sector: 'education', district: '110108' }),
    makeProject({ id: 'p2', sector: 'education', district: '110114' }),
    makeProject({ id: 'p3', sector: 'healthcare', district: '110108' }),
  ];
  it('counts by sector, only sectors that have projects', () => {
    expect(sectorBars(projects)).toEqual({ sectors: ['education', 'healthcare'], counts: [2, 1] });
  });
  it('stacks areas by sector', () => {
    const profiles = [makeProfile({ code: '110108' }), makeProfile({ code: '110114' })];
    expect(areaSectorStacks(profiles, projects)).toEqual({
      sectors: ['education', 'healthcare'],
      counts: [
        [1, 1],
        [1, 0],
      ],
    });
  });
  it('shared measures need two areas and one unit', () => {
    const hd = makeProfile({ code: '110108', indicators: [ind('h', { kind: 'target', year: 2025 })] });
    const cp = makeProfile({ code: '110114', indicators: [ind('c', { kind: 'actual', year: 2024 })] });
    const rows = sharedResultTarget([hd, cp]);
    expect(rows.map((r) => [r.actual.map((i) => i?.id ?? null), r.target.map((i) => i?.id ?? null)])).toEqual([
      [
        [null, 'c'],
        ['h', null],
      ],
    ]);
    expect(sharedResultTarget([hd, makeProfile({ code: '110114' })])).toEqual([]);
  });
});

describe('parks and coverage', () => {
  const DOC4 = {
    doc: '004_ea38cd41d44e36dd.txt' as const,
    quote: '空间规模:总建筑面积30.4万平方米,其中地上17.9万平方米。',
  };
  const DOC1 = { doc: '001_58d4ddf8b95e2ac9.txt' as const, quote: '推动温泉科技园二期全面投用的一句话' };
  it('ranks 004 parks with a floor area, largest first, with the above-ground share', () => {
    const rows = rankParks([
      makeProject({ id: 'small', floor_area_total_m2: 100, floor_area_above_ground_m2: 50, sources: [DOC4] }),
      makeProject({ id: 'big', floor_area_total_m2: 300, sources: [DOC4] }),
      makeProject({ id: 'no-area', sources: [DOC4] }),
      makeProject({ id: 'other-doc', floor_area_total_m2: 900, sources: [DOC1] }),
      makeProject({ id: 'school', sector: 'education', floor_area_total_m2: 900, sources: [DOC4] }),
    ]);
    expect(rows.map((r) => r.project.id)).toEqual(['big', 'small']);
    expect(rows[1]!.aboveShare).toBe(0.5);
    expect(rows[0]!.aboveShare).toBeUndefined();
  });
  it('counts records per document', () => {
    const counts = countByDoc(
      [makeProject({ id: 'a', sources: [DOC4, DOC1] }), makeProject({ id: 'b', sources: [DOC1] })],
      [makeProfile({ code: '110108', indicators: [ind('i', {})] })],
    );
    const by = Object.fromEntries(counts.map((c) => [c.doc.slice(0, 3), c]));
    expect(by['001']!.projects).toBe(2);
    expect(by['004']!.projects).toBe(1);
    expect(by['002']!.projects).toBe(0);
  });
});
