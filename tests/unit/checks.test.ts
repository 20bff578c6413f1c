import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFiguresQuoted, checkIds, checkInDistricts, checkQuotes, checkShownText } from '../../geo/build/checks';
import type { DistrictFeature } from '../../geo/build/assemble';
import { DOC, DOC_TEXT, goodProfile, goodProject } from '../fixtures/records';

const at = <T>(record: T, file = 'seeds/projects/test.yaml') => ({ file, record });
const docs = new Map([[DOC, DOC_TEXT]]);
const districts = (
  JSON.parse(readFileSync(new URL('../../geo/beijing-districts.geojson', import.meta.url), 'utf8')) as {
    features: DistrictFeature[];
  }
).features;

describe('quote check', () => {
  it('passes verbatim quotes and catches a changed one', () => {
    expect(checkQuotes([at(goodProject())], [at(goodProfile())], docs)).toEqual([]);
    const p = goodProject();
    p.sources[1]!.quote = '空间规模:总建筑面积31.4万平方米,其中地上17.9万平方米。';
    const problems = checkQuotes([at(p)], [], docs);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'seeds/projects/test.yaml', record: p.id, field: 'sources.1.quote' });
  });

  it('catches a figure whose number is in none of the quotes', () => {
    const p = goodProject();
    p.figures![0]!.value = 31.4;
    expect(checkFiguresQuoted([at(p)], [])).toMatchObject([{ record: p.id, field: 'figures.0.value' }]);
  });

  it('matches whole numbers, not digits inside another number (30.4 does not vouch for 0.4 or 4)', () => {
    for (const v of [0.4, 4, 7.9, 17]) {
      const p = goodProject();
      p.figures![0]!.value = v;
      expect(checkFiguresQuoted([at(p)], []), String(v)).toMatchObject([{ field: 'figures.0.value' }]);
    }
  });

  it('reads figures written in Chinese numerals', () => {
    const prof = goodProfile();
    prof.indicators[0] = {
      ...prof.indicators[0]!,
      value: 3,
      unit: '席',
      sources: [{ doc: DOC, quote: '全市商品住宅成交量前十名中昌平占三席' }],
    };
    expect(checkFiguresQuoted([], [at(prof)])).toEqual([]);
    prof.indicators[0].value = 4;
    expect(checkFiguresQuoted([], [at(prof)])).toMatchObject([{ field: 'value' }]);
  });

  it('catches a qualifier the quotes do not write', () => {
    const p = goodProject();
    p.figures![0]!.qualifier = '近';
    expect(checkFiguresQuoted([at(p)], [])).toMatchObject([{ record: p.id, field: 'figures.0.qualifier' }]);
  });
});

describe('point-in-district check', () => {
  const located = (coords: [number, number], district = '110108') => {
    const p = { ...goodProject(), district: district as never };
    p.location = { ...p.location, coordinates: coords } as never;
    return { file: 'f.yaml', record: p, positions: [coords] };
  };

  it('accepts a Haidian point in Haidian and catches it moved to Chaoyang', () => {
    expect(checkInDistricts([located([116.18, 40.04])], districts)).toEqual([]);
    expect(checkInDistricts([located([116.48, 39.92])], districts)).toMatchObject([{ field: 'location' }]);
  });

  it('accepts BDA projects in Daxing or Tongzhou, and not in Haidian', () => {
    expect(checkInDistricts([located([116.5067, 39.7952], 'bda')], districts)).toEqual([]);
    expect(checkInDistricts([located([116.18, 40.04], 'bda')], districts)).toHaveLength(1);
  });
});

describe('ids and shown text', () => {
  it('catches duplicate project ids and plan links to unknown projects', () => {
    const prof = goodProfile();
    prof.plans = [
      {
        id: 'p1',
        theme: 'economy',
        text_zh: '计划',
        text_en: 'Plan',
        projects: ['nope'],
        sources: prof.indicators[0]!.sources,
      },
    ];
    const problems = checkIds([at(goodProject()), at(goodProject(), 'other.yaml')], [at(prof)]);
    expect(problems.map((p) => p.field)).toEqual(['id', 'projects.0']);
  });

  it("catches 002's corrupted words and spam in names shown to users", () => {
    const p = { ...goodProject(), name_zh: '人命谷国际精准医学产业园', summary_zh: 'ag百家乐规律推动' };
    expect(checkShownText([at(p)], []).map((x) => x.field)).toEqual(['name_zh', 'summary_zh']);
  });
});
