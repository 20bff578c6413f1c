/** Checks on the data the build wrote (public/data/), i.e. on what users see. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { allowedDistricts } from '../../geo/build/checks';
import type { DistrictFeature } from '../../geo/build/assemble';
import { readBuiltProjects } from '../../geo/build/built';
import { paths } from '../../geo/build/paths';
import { findCorruption } from '../../src/data/corruption';
import { profilesSchema, projectCollectionSchema } from '../../src/data/model';
import { AREA_CODES } from '../../src/data/schema';

const out = paths().outDir;
const read = (f: string) => JSON.parse(readFileSync(join(out, f), 'utf8'));
// The thin file joined with its details files: the records whole, as the build checked them.
const projects = projectCollectionSchema.parse(readBuiltProjects(out)).features;
const profiles = profilesSchema.parse(read('profiles.json'));
const districts = read('districts.geojson').features as DistrictFeature[];
const sourcesDir = paths().sourcesDir;

describe('built data', () => {
  it('has a profile for every district, the BDA and the city', () => {
    expect(profiles.map((p) => p.code).sort()).toEqual([...AREA_CODES].sort());
  });

  it('has unique project ids, and unique indicator and plan ids within each area', () => {
    const ids = projects.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const prof of profiles) {
      const e = [...prof.indicators, ...prof.plans].map((x) => x.id);
      expect(new Set(e).size, prof.code).toBe(e.length);
    }
  });

  it('shows no corrupted word from 002 and no spam in any name, label, summary or plan', () => {
    const shown = [
      ...projects.flatMap((f) => [f.properties.name_zh, f.properties.summary_zh, ...f.properties.industries_zh]),
      ...profiles.flatMap((p) => [...p.indicators.map((i) => i.label_zh), ...p.plans.map((x) => x.text_zh)]),
    ];
    const names = projects.map((f) => f.properties.name_zh);
    expect(shown.filter((t) => findCorruption(t).length)).toEqual([]);
    expect(names.filter((t) => findCorruption(t, true).length)).toEqual([]);
  });

  it('places every point and line vertex inside its district (BDA: 大兴 or 通州)', () => {
    const byCode = new Map(districts.map((d) => [d.properties.code, d]));
    const outside = projects.filter((f) => {
      const allowed = allowedDistricts(f.properties).map((c) => byCode.get(c)!);
      const pts = f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.coordinates;
      return !pts.every((pt) => allowed.some((d) => booleanPointInPolygon(pt, d)));
    });
    expect(outside.map((f) => f.id)).toEqual([]);
  });

  it.skipIf(!existsSync(sourcesDir))('quotes every fact verbatim from its document', () => {
    const docs = new Map<string, string>();
    const text = (d: string) => docs.get(d) ?? docs.set(d, readFileSync(join(sourcesDir, d), 'utf8')).get(d)!;
    const all = [
      ...projects.flatMap((f) => f.properties.sources),
      ...profiles.flatMap((p) => [...p.indicators, ...p.plans].flatMap((x) => x.sources)),
    ];
    expect(all.length).toBeGreaterThan(200);
    expect(all.filter((s) => !text(s.doc).includes(s.quote))).toEqual([]);
  });

  it('holds the 18 Haidian science parks of 004 with both floor areas (one gives only one figure)', () => {
    const parks = projects.filter(
      (f) => f.properties.sources.some((s) => s.quote.startsWith('项目名称:')) && f.properties.district === '110108',
    );
    expect(parks).toHaveLength(18);
    expect(
      parks.filter((f) => f.properties.floor_area_total_m2 && f.properties.floor_area_above_ground_m2),
    ).toHaveLength(17);
    const wenquan = parks.find((f) => f.properties.name_zh === '中关村温泉科技园二期')!;
    expect(wenquan.properties).toMatchObject({ floor_area_total_m2: 304000, floor_area_above_ground_m2: 179000 });
  });

  it("keeps Haidian's 2024 GDP as a 2024 result", () => {
    const hd = profiles.find((p) => p.code === '110108')!;
    expect(hd.indicators.find((i) => i.value === 12907.1)).toMatchObject({ unit: '亿元', year: 2024, kind: 'actual' });
  });

  it('says nothing about the seven districts no document covers', () => {
    for (const code of ['110109', '110111', '110112', '110115', '110117', '110118', '110119']) {
      const p = profiles.find((x) => x.code === code)!;
      expect(p.indicators.length + p.plans.length, code).toBe(0);
      expect(
        projects.filter((f) => f.properties.district === code),
        code,
      ).toEqual([]);
    }
  });
});

describe('corrections of the December data review', () => {
  const project = (id: string) => {
    const f = projects.find((x) => x.id === id);
    if (!f) throw new Error(`no project ${id}`);
    return f.properties;
  };
  const indicator = (code: string, id: string) => {
    const i = profiles.find((p) => p.code === code)!.indicators.find((x) => x.id === id);
    if (!i) throw new Error(`no indicator ${code}/${id}`);
    return i;
  };

  it('gives statuses the text supports, with their year', () => {
    for (const id of ['zgc-xibeiwang-science-park-phase-1', 'zgc-wenquan-science-park-phase-2'])
      expect(project(id), id).toMatchObject({ status: 'under_construction', status_year: 2025 });
    expect(project('bda-yizhuang-comprehensive-bonded-zone')).toMatchObject({ status: 'under_construction' });
    const parks = projects.filter((f) => f.properties.sources.some((s) => s.quote.startsWith('项目名称:')));
    expect(parks).toHaveLength(18);
    expect(parks.filter((f) => f.properties.status === 'planned').map((f) => f.id)).toEqual([]);
    expect(parks.filter((f) => f.properties.status === 'space_on_offer')).toHaveLength(10);
    expect(project('bda-astrazeneca-vaccine-plant').status).toBe('not_stated');
    expect(indicator('110107', 'shijingshan-zgc-park-revenue-2024').kind).toBe('estimate');
  });

  it('keeps qualifiers with the value, not in labels or units', () => {
    expect(project('dongzhimen-transport-hub').figures[0]).toMatchObject({ value: 60, qualifier: '近' });
    expect(project('changping-life-valley').figures[0]).toMatchObject({ value: 500, qualifier: '约' });
    expect(indicator('bda', 'bda-bonded-zone-days-since-start')).toMatchObject({
      value: 200,
      unit: '天',
      qualifier: '多',
    });
    expect(indicator('110114', 'changping-researchers')).toMatchObject({ value: 4.8, unit: '万名', qualifier: '余' });
    const labels = profiles.flatMap((p) => p.indicators.flatMap((i) => [i.label_zh, i.label_en]));
    expect(
      labels.filter((l) => /[（(](近|约|超|超过|突破|余|多|左右|以上|以内|over|nearly|about|approx\.)[）)]$/.test(l)),
    ).toEqual([]);
    const units = profiles.flatMap((p) => p.indicators.map((i) => i.unit));
    expect(units.filter((u) => /^(余|多|\+|大)/.test(u))).toEqual([]);
  });

  it("records Beijing's first national laboratory in Changping, at district precision", () => {
    expect(project('changping-beijing-first-national-laboratory')).toMatchObject({
      district: '110114',
      sector: 'research',
      precision: 'district',
    });
  });

  it('records the figures written in Chinese numerals', () => {
    expect(indicator('110114', 'changping-hundred-billion-clusters').value).toBe(3);
    expect(indicator('110114', 'changping-industrial-land-supply')).toMatchObject({ value: 1000, unit: '亩' });
    expect(indicator('110114', 'changping-top-ten-housing-sales').value).toBe(3);
    expect(indicator('bda', 'bda-innovative-drugs-devices-city-share-h1-2025')).toMatchObject({
      value: 0.5,
      qualifier: '近',
    });
  });

  it('gives every location a note in both languages', () => {
    expect(projects.filter((f) => !f.properties.location_basis_zh.trim()).map((f) => f.id)).toEqual([]);
  });

  it('drops the district 1+3+1 growth from the Shijingshan park', () => {
    expect(project('zgc-shijingshan-park').figures.map((f) => f.value)).not.toContain(8.3);
  });
});
