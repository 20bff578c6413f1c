import { describe, expect, it } from 'vitest';
import { areaName, areaNamer, inArea } from '../../src/data/areas';
import { buildSearchIndex } from '../../src/filters/search';
import { computeSelection, type SelectionInput } from '../../src/selection/selection';
import { makeProfile, makeProject } from '../fixtures/factories';

const projects = [
  makeProject({ id: 'hd-edu', district: '110108', sector: 'education', name_zh: '海淀学校' }),
  makeProject({ id: 'hd-park', district: '110108', sector: 'industrial_park', name_zh: '中关村壹号' }),
  makeProject({ id: 'cp-edu', district: '110114', sector: 'education', name_zh: '昌平学校', status: 'completed' }),
  makeProject({ id: 'line', district: '110114', also_districts: ['110108'], sector: 'transit', name_zh: '昌平线' }),
  makeProject({ id: 'bda-lab', district: 'bda', sector: 'research', name_zh: '亦庄实验室' }),
];
const index = buildSearchIndex(projects);
const none: SelectionInput = { sectors: [], statuses: [], areas: [], q: '', open: null };
const ids = (s: { listed: readonly { id: string }[] }) => s.listed.map((p) => p.id);

describe('selection', () => {
  it('with nothing set, lists every project and draws every project', () => {
    const s = computeSelection(projects, index, none);
    expect(ids(s)).toHaveLength(5);
    expect(s.total).toBe(5);
    expect(s.filter.ids).toBeNull();
  });

  it('an open area restricts the list (lines that reach it included) but not what the map draws', () => {
    const s = computeSelection(projects, index, { ...none, open: '110108' });
    expect(ids(s)).toEqual(['hd-edu', 'hd-park', 'line']);
    expect(s.total).toBe(3);
    expect(s.scope).toBe('110108');
    expect([...s.bySector.values()].reduce((a, b) => a + b)).toBe(5);
    // The city-wide profile does not restrict anything.
    expect(computeSelection(projects, index, { ...none, open: 'beijing' }).scope).toBeNull();
  });

  it('the open area stands in for the area filter; facets count within it', () => {
    const s = computeSelection(projects, index, { ...none, areas: ['bda'], sectors: ['education'], open: '110114' });
    expect(ids(s)).toEqual(['cp-edu']);
    expect(Object.fromEntries(s.facets.sectors)).toEqual({ education: 1, transit: 1 });
    expect(s.facets.areas.get('110108')).toBe(1);
  });

  it('search keeps its rank order and is a Set for the map filter', () => {
    const s = computeSelection(projects, index, { ...none, q: '学校' });
    expect(ids(s).sort()).toEqual(['cp-edu', 'hd-edu']);
    expect(s.searching).toBe(true);
    expect(s.filter.ids).toBeInstanceOf(Set);
    expect([...s.filter.ids!].sort()).toEqual(['cp-edu', 'hd-edu']);
  });
});

describe('area names and membership', () => {
  it('names the BDA and the city short and long, and districts by their profile name', () => {
    const bda = makeProfile({ code: 'bda' });
    expect(areaName(bda, 'zh', 'short')).toBe('经开区');
    expect(areaName(bda, 'en', 'short')).toBe('BDA');
    expect(areaName(bda, 'en', 'long')).toContain('Development Area');
    expect(areaName(makeProfile({ code: 'beijing' }), 'zh', 'long')).toBe('北京市（全市）');
    const name = areaNamer([makeProfile({ code: '110108' })], 'en');
    expect(name('110108')).toBe('Haidian');
    expect(name('999')).toBe('999');
  });

  it('inArea counts a project in its district, the districts it also reaches, and the city', () => {
    const line = projects[3]!;
    expect(inArea(line, '110114')).toBe(true);
    expect(inArea(line, '110108')).toBe(true);
    expect(inArea(line, 'bda')).toBe(false);
    expect(inArea(line, 'beijing')).toBe(true);
  });
});
