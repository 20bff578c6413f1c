/**
 * `npx tsx tests/perf/main-thread.ts [n]`: what the app's own main-thread steps cost at n synthetic
 * projects, in Node's V8 (the engine Chromium uses), one step at a time — the evidence behind BENCHMARKS.md's
 * "where the time goes". Steps: zod's full parse (what the browser did before) against the structural check,
 * building the search index, one query, and the filter's JavaScript side (matches and stacks).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { toFeature, type DistrictFeature } from '../../geo/build/assemble';
import { syntheticSeeds } from '../../geo/build/synthetic';
import { thinProps } from '../../src/data/details';
import { projectCollectionSchema } from '../../src/data/model';
import { projectsShape } from '../../src/data/shape';
import { matchesFilter } from '../../src/filters/expression';
import { buildSearchIndex, loadFuzzy } from '../../src/filters/search';
import { computeStacks } from '../../src/map/stacks';
import { computeSelection } from '../../src/selection/selection';

const n = Number(process.argv[2] ?? 100_000);
const districts = (JSON.parse(readFileSync('geo/beijing-districts.geojson', 'utf8')) as { features: DistrictFeature[] })
  .features;
const records = syntheticSeeds(n, districts).map((s) =>
  toFeature(s, s.location.type === 'point' ? [s.location.coordinates!] : []),
);
// What the app loads: the thin features (projects.geojson; the details are in their own files).
const features = records.map((f) => ({ ...f, properties: thinProps(f.properties) }));
const json = JSON.stringify({ type: 'FeatureCollection', features });
const time = <T>(label: string, f: () => T): T => {
  const t = performance.now();
  const r = f();
  console.log(`${label.padEnd(44)} ${(performance.now() - t).toFixed(0).padStart(7)} ms`);
  return r;
};
console.log(`${n} projects, ${(json.length / 1e6).toFixed(1)} MB of GeoJSON`);
/** Heap in MB after a full collection (run with `npx tsx --expose-gc …` for exact figures). */
const heap = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
};
const heap0 = heap();
const parsed = time('JSON.parse', () => JSON.parse(json) as unknown);
const heap1 = heap();
time('zod projectCollectionSchema.safeParse (whole records)', () =>
  projectCollectionSchema.safeParse({ type: 'FeatureCollection', features: records }),
);
time('structural check (src/data/shape.ts)', () => projectsShape.safeParse(parsed));
const props = features.map((f) => f.properties);
const index = time('buildSearchIndex (docs, haystacks, word index)', () => buildSearchIndex(props));
await loadFuzzy(); // Fuse.js loads on demand in the app; loaded here so the typo query below uses it
const heap2 = heap();
console.log(
  `heap: parsed collection ${(heap1 - heap0).toFixed(0)} MB, search index ${(heap2 - heap1).toFixed(0)} MB${
    (globalThis as { gc?: unknown }).gc ? '' : ' (without --expose-gc: approximate)'
  }`,
);
/** The median of five runs: one query's cost, not the first run's warm-up. */
const median5 = (label: string, f: () => unknown) => {
  const ts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    f();
    ts.push(performance.now() - t);
  }
  console.log(
    `${label.padEnd(44)} ${ts
      .sort((a, b) => a - b)[2]!
      .toFixed(0)
      .padStart(7)} ms (median of 5)`,
  );
};
for (const q of ['h', 'ho', 'hospital', 'zhongguancun', '医院', 'science park', 'zhongguancn'])
  median5(`search "${q}"`, () => index.search(q));
const base = { sectors: [], statuses: [], areas: [], open: null };
median5('computeSelection, no search', () => computeSelection(props, index, { ...base, q: '' }));
median5('computeSelection, search "h"', () => computeSelection(props, index, { ...base, q: 'h' }));
const filter = { sectors: ['education'] as const, statuses: [], areas: [], ids: null };
const points = features.map((f) => ({
  id: f.id,
  coordinates: (f.geometry as { coordinates: [number, number] }).coordinates,
  precision: f.properties.precision,
  p: f.properties,
}));
const visible = time(
  'filter matches (JS side)',
  () => new Set(points.filter((x) => matchesFilter(x.p, filter)).map((x) => x.id)),
);
time('computeStacks', () => computeStacks(points, (x) => visible.has(x.id)));
