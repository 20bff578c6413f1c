import { readFileSync } from 'node:fs';
import { area, booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { DistrictFeature } from '../../geo/build/assemble';
import { DISTRICTS } from '../../geo/districts-meta';

const read = (p: string) => JSON.parse(readFileSync(new URL(`../../geo/${p}`, import.meta.url), 'utf8'));
const districts = read('beijing-districts.geojson').features as DistrictFeature[];
const stations = read('beijing-metro/stations.geojson').features as {
  properties: { name_zh: string; adcode: string | null };
  geometry: { coordinates: [number, number] };
}[];

describe('district boundaries', () => {
  it('has the 16 districts with code and names, each within 2 % of its official area', () => {
    expect(districts.map((d) => d.properties.code).sort()).toEqual(DISTRICTS.map((d) => d.code).sort());
    for (const d of DISTRICTS) {
      const f = districts.find((x) => x.properties.code === d.code)!;
      expect(Math.abs(area(f) / 1e6 - d.official_km2) / d.official_km2).toBeLessThan(0.02);
    }
  });

  it('is WGS-84: the 东城/西城 border on 前门大街 passes within 60 m of the OSM stations 珠市口 and 天桥', () => {
    const dc = districts.find((d) => d.properties.code === '110101')!;
    for (const name of ['珠市口', '天桥']) {
      const [lng, lat] = stations.find((s) => s.properties.name_zh === name)!.geometry.coordinates;
      // 60 m east lies in 东城 and 60 m west in 西城 (0.0007° of longitude ≈ 60 m here).
      expect(booleanPointInPolygon([lng + 0.0007, lat], dc)).toBe(true);
      expect(booleanPointInPolygon([lng - 0.0007, lat], dc)).toBe(false);
    }
  });

  it('agrees with the metro reference: stations away from borders lie in the district their adcode names', () => {
    const coded = stations.filter((s) => s.properties.adcode?.startsWith('1101'));
    const agree = coded.filter((s) =>
      booleanPointInPolygon(
        s.geometry.coordinates,
        districts.find((d) => d.properties.code === s.properties.adcode)!,
      ),
    );
    expect(agree.length / coded.length).toBeGreaterThan(0.97);
  });
});
