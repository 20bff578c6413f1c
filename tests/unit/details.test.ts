/** Thin features and details by id (src/data/details.ts): the split the build writes and the app reads back. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toFeature, type DistrictFeature } from '../../geo/build/assemble';
import { syntheticSeeds } from '../../geo/build/synthetic';
import {
  chunkCount,
  chunkOf,
  DETAIL_KEYS,
  DETAILS_PER_CHUNK,
  detailsFile,
  joinDetails,
  splitDetails,
} from '../../src/data/details';
import type { ProjectRecordCollection } from '../../src/data/model';

const districts = (JSON.parse(readFileSync('geo/beijing-districts.geojson', 'utf8')) as { features: DistrictFeature[] })
  .features;
const collection = (n: number): ProjectRecordCollection => ({
  type: 'FeatureCollection',
  features: syntheticSeeds(n, districts).map((s) =>
    toFeature(s, s.location.type === 'point' ? [s.location.coordinates!] : []),
  ),
});

describe('details by id', () => {
  it('has one file for small data and about DETAILS_PER_CHUNK projects per file beyond', () => {
    expect([0, 1, 159, DETAILS_PER_CHUNK].map(chunkCount)).toEqual([1, 1, 1, 1]);
    expect(chunkCount(DETAILS_PER_CHUNK + 1)).toBe(2);
    expect(chunkCount(100_000)).toBe(200);
  });

  it('puts an id in the same file every time, within range', () => {
    for (const id of ['zgc-wenquan-science-park-phase-2', 'synthetic-1', '中文', ''])
      for (const n of [1, 3, 200]) {
        const k = chunkOf(id, n);
        expect(k).toBe(chunkOf(id, n));
        expect(k >= 0 && k < n && Number.isInteger(k)).toBe(true);
      }
  });

  it('splits 1,200 projects into thin features and three details files, and joins them back whole', () => {
    const fc = collection(1200);
    const { projects, chunks } = splitDetails(fc);
    expect(Object.keys(chunks)).toEqual([0, 1, 2].map(detailsFile));
    const sizes = Object.values(chunks).map((c) => Object.keys(c).length);
    expect(sizes.reduce((a, b) => a + b)).toBe(1200);
    // The hash spreads the ids: no file is empty or holds most of them.
    for (const s of sizes) expect(s).toBeGreaterThan(200);
    for (const f of projects.features) {
      for (const k of DETAIL_KEYS) expect(k in f.properties, `${f.id}: ${k}`).toBe(false);
      expect(f.properties.docs.length).toBeGreaterThan(0);
      expect(chunks[detailsFile(chunkOf(f.id, 3))]![f.id]).toBeDefined();
    }
    const whole = joinDetails(projects, Object.values(chunks));
    expect(whole.features.map((f) => ({ ...f, properties: { ...f.properties, docs: undefined } }))).toEqual(
      fc.features.map((f) => ({ ...f, properties: { ...f.properties, docs: undefined } })),
    );
  });

  it('names the project whose details are missing, and a wrong number of files', () => {
    const { projects, chunks } = splitDetails(collection(10));
    const only = Object.values(chunks)[0]!;
    const id = projects.features[4]!.id;
    delete only[id];
    expect(() => joinDetails(projects, [only])).toThrow(`${id}: no details in ${detailsFile(0)}`);
    expect(() => joinDetails(projects, [])).toThrow('expected 1 details files, got 0');
  });
});
