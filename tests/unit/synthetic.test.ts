import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { PRECISIONS, SECTORS, STATUSES } from '../../src/data/schema';
import type { DistrictFeature } from '../../geo/build/assemble';
import { toFeature } from '../../geo/build/assemble';
import { syntheticCount, syntheticSeeds } from '../../geo/build/synthetic';
import { thinProps } from '../../src/data/details';
import { projectFeatureSchema } from '../../src/data/model';
import { buildSearchIndex } from '../../src/filters/search';

const districts = (JSON.parse(readFileSync('geo/beijing-districts.geojson', 'utf8')) as { features: DistrictFeature[] })
  .features;

describe('synthetic projects (SYNTHETIC_PROJECTS)', () => {
  const seeds = syntheticSeeds(300, districts);

  it('is deterministic', () => {
    expect(syntheticSeeds(300, districts)).toEqual(seeds);
  });

  it('covers every sector, status and precision, with unique ids', () => {
    expect(new Set(seeds.map((s) => s.sector))).toEqual(new Set(SECTORS));
    expect(new Set(seeds.map((s) => s.status))).toEqual(new Set(STATUSES));
    expect(new Set(seeds.map((s) => s.location.precision))).toEqual(new Set(PRECISIONS));
    expect(new Set(seeds.map((s) => s.id)).size).toBe(seeds.length);
  });

  it('places each point inside its own district', () => {
    const byCode = new Map(districts.map((d) => [d.properties.code, d]));
    for (const s of seeds) {
      const pos = s.location.type === 'point' ? s.location.coordinates! : [0, 0];
      expect(booleanPointInPolygon(pos, byCode.get(s.district)!), s.id).toBe(true);
    }
  });

  it('gives features the app schema accepts and search finds by name and pinyin', () => {
    const features = seeds.map((s) => toFeature(s, s.location.type === 'point' ? [s.location.coordinates!] : []));
    for (const f of features) expect(projectFeatureSchema.safeParse(f).success).toBe(true);
    const index = buildSearchIndex(features.map((f) => thinProps(f.properties)));
    expect(index.search('zhongguancun').length).toBeGreaterThan(0);
    expect(index.search('中关村').length).toBeGreaterThan(0);
    expect(index.search(seeds[16]!.name_en)).toContain('synthetic-17');
  });

  it('reads SYNTHETIC_PROJECTS strictly', () => {
    expect(syntheticCount({})).toBe(0);
    expect(syntheticCount({ SYNTHETIC_PROJECTS: '1000' })).toBe(1000);
    expect(() => syntheticCount({ SYNTHETIC_PROJECTS: '1e3x' })).toThrow(/whole number/);
    expect(() => syntheticCount({ SYNTHETIC_PROJECTS: '-1' })).toThrow(/whole number/);
  });
});
