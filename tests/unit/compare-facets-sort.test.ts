import { describe, expect, it } from 'vitest';
import { areaCounts, sharedIndicators } from '../../src/compare/compare';
import type { Profile, ProjectProps } from '../../src/data/model';
import type { Indicator } from '../../src/data/schema';
import { nameOrder, sortProjects } from '../../src/list/sort';

const ind = (id: string, label_zh: string, year: number, extra: Partial<Indicator> = {}): Indicator => ({
  id,
  theme: 'economy',
  label_zh,
  label_en: label_zh,
  value: 1,
  unit: '%',
  year,
  kind: year === 2024 ? 'actual' : 'target',
  sources: [{ doc: '001_58d4ddf8b95e2ac9.txt', quote: 'xxxx' }],
  ...extra,
});
const profile = (code: string, indicators: Indicator[]): Profile =>
  ({ code, name_zh: code, name_en: code, center: [116, 40], indicators, plans: [] }) as Profile;
const proj = (id: string, extra: Partial<ProjectProps>): ProjectProps =>
  ({
    id,
    name_zh: id,
    name_en: id,
    sector: 'education',
    status: 'planned',
    district: '110108',
    figures: [],
    ...extra,
  }) as ProjectProps;

describe('compare', () => {
  it('pairs indicators by metric, or by identical label, present in at least two areas', () => {
    const a = profile('110108', [ind('a1', '地区生产总值', 2024, { metric: 'gdp' }), ind('a2', '独有', 2024)]);
    const b = profile('110114', [ind('b1', 'GDP总量', 2024, { metric: 'gdp' }), ind('b2', '新增学位', 2025)]);
    const c = profile('110101', [ind('c1', '新增学位', 2025)]);
    const rows = sharedIndicators([a, b, c]);
    expect(rows.map((r) => r.key)).toEqual(['gdp', 'label:新增学位']);
    expect(rows[0]!.cells.map((cell) => cell.map((i) => i.id))).toEqual([['a1'], ['b1'], []]);
  });

  it('counts an area’s projects by sector and status, including lines that reach it', () => {
    const projects = [
      proj('p1', {}),
      proj('p2', { sector: 'transit', district: '110114', also_districts: ['110108'] }),
      proj('p3', { district: '110114' }),
    ];
    const c = areaCounts(profile('110108', []), projects);
    expect(c.total).toBe(2);
    expect(c.bySector.transit).toBe(1);
    expect(c.byStatus.planned).toBe(2);
  });
});

describe('list sorting', () => {
  const list = [
    proj('x', { name_zh: '中关村', name_en: 'Zhongguancun', district: '110114', floor_area_total_m2: 10 }),
    proj('y', { name_zh: '安宁庄', name_en: 'Anningzhuang', district: '110108' }),
    proj('z', {
      name_zh: '北部医疗中心',
      name_en: 'Northern Medical Center',
      district: '110108',
      floor_area_total_m2: 99,
    }),
  ];
  it('sorts by pinyin name in Chinese and by name in English', () => {
    expect(sortProjects(list, 'name', 'zh').map((p) => p.id)).toEqual(['y', 'z', 'x']);
    expect(sortProjects(list, 'name', 'en').map((p) => p.id)).toEqual(['y', 'z', 'x']);
  });
  it('sorts by district code order, then name; by floor area largest first, unknown last', () => {
    expect(sortProjects(list, 'district', 'en').map((p) => p.id)).toEqual(['y', 'z', 'x']);
    expect(sortProjects(list, 'floor_area', 'en').map((p) => p.id)).toEqual(['z', 'x', 'y']);
  });
  it('keeps the search ranking for relevance', () => {
    expect(sortProjects(list, 'relevance', 'en')).toBe(list);
  });
  // The order made once for all projects gives what comparing names gives, for any part of them.
  const all = new Map(
    [
      ...list,
      proj('w', { name_zh: '安宁庄', name_en: 'Anningzhuang', district: '110105' }),
      proj('v', { name_zh: '昌平', name_en: 'Changping', district: '110114', floor_area_total_m2: 10 }),
    ].map((p) => [p.id, { properties: p }]),
  );
  const some = [...all.values()].map((f) => f.properties).reverse();
  it.each(['name', 'district', 'floor_area', 'distance'] as const)(
    'sorts by %s from the projects’ name order as by comparing names',
    (key) => {
      const distances = new Map([
        ['v', 5],
        ['x', 5],
        ['z', 1],
      ]);
      for (const lang of ['zh', 'en'] as const) {
        const order = nameOrder(all, lang);
        // What each order sorts on: equal names ("y" and "w") may come in either order (the data's with the
        // name order, the list's without it), everything else in the same places.
        const sortedOn = (ps: readonly ProjectProps[]) =>
          ps.map((p) => {
            const name = lang === 'zh' ? p.name_zh : p.name_en;
            if (key === 'name') return [name];
            if (key === 'district') return [p.district, name];
            if (key === 'floor_area') return [p.floor_area_total_m2 ?? -1, name];
            return [distances.get(p.id) ?? Infinity, name];
          });
        for (const part of [some, some.slice(1, 4), some.slice(0, 1), []]) {
          const byCollator = sortProjects(part, key, lang, distances);
          const byOrder = sortProjects(part, key, lang, distances, order);
          expect(sortedOn(byOrder)).toEqual(sortedOn(byCollator));
          expect(new Set(byOrder)).toEqual(new Set(part));
        }
      }
      expect(nameOrder(all, 'en')).toBe(nameOrder(all, 'en'));
    },
  );
  it('walks the name order by the projects’ data positions, as sorting by their places does', () => {
    const data = [...all.values()].map((f) => f.properties);
    for (const lang of ['zh', 'en'] as const) {
      const order = nameOrder(all, lang);
      for (const at of [[4, 0, 2], [0, 1, 2, 3, 4], [3], []]) {
        const part = at.map((k) => data[k]!);
        expect(sortProjects(part, 'name', lang, null, order, at)).toEqual(
          sortProjects(part, 'name', lang, null, order),
        );
      }
    }
    // Positions that do not hold the listed projects are not trusted: the places are looked up instead.
    const order = nameOrder(all, 'en');
    // A project listed twice stays twice.
    expect(sortProjects([data[2]!, data[2]!], 'name', 'en', null, order, [2, 2])).toEqual([data[2], data[2]]);
    expect(sortProjects([data[1]!, data[0]!], 'name', 'en', null, order, [3, 0])).toEqual(
      sortProjects([data[1]!, data[0]!], 'name', 'en', null, order),
    );
  });
  it('puts equal names in the data’s order, and compares names for a project not in the order', () => {
    const order = nameOrder(all, 'en');
    expect(sortProjects(some, 'name', 'en', null, order).map((p) => p.id)).toEqual(['y', 'w', 'v', 'z', 'x']);
    const stranger = proj('s', { name_zh: '八达岭', name_en: 'Badaling' });
    // Not in the order: the names are compared, and equal ones keep the list's order.
    expect(sortProjects([...some, stranger], 'name', 'en', null, order).map((p) => p.id)).toEqual([
      'w',
      'y',
      's',
      'v',
      'z',
      'x',
    ]);
  });
});
