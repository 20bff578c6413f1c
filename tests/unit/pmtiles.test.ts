/**
 * The PMTiles writer (geo/build/pmtiles.ts) against the `pmtiles` package's own reader: every tile written is
 * read back byte for byte, a tile not written is not found, the header says the zooms and bounds, and an
 * archive too large for one root directory is read through its leaf directories.
 */
import { describe, expect, it } from 'vitest';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { writePMTiles, type ArchiveTile } from '../../geo/build/pmtiles';

/** The reader's source over bytes in memory. */
const memory = (bytes: Uint8Array): Source => ({
  getKey: () => 'memory',
  getBytes: (offset: number, length: number): Promise<RangeResponse> =>
    Promise.resolve({ data: bytes.slice(offset, offset + length).buffer }),
});

/** A tile's stand-in content: bytes that say which tile it is (the writer does not look inside). */
const content = (z: number, x: number, y: number) => new TextEncoder().encode(`tile ${z}/${x}/${y}`);

const info = {
  bounds: [115.42, 39.44, 117.51, 41.06] as [number, number, number, number],
  center: [116.4, 39.9, 9] as [number, number, number],
  metadata: { vector_layers: [{ id: 'projects', fields: { id: 'String', sector: 'String' } }] },
};

async function readBack(tiles: ArchiveTile[]) {
  const archive = new PMTiles(memory(writePMTiles(tiles, info)));
  const got = await Promise.all(tiles.map((t) => archive.getZxy(t.z, t.x, t.y)));
  return { archive, got };
}

describe('PMTiles writer', () => {
  it('writes tiles the pmtiles reader finds, with the header and metadata it was given', async () => {
    const tiles = [
      [0, 0, 0],
      [3, 6, 3],
      [9, 421, 194],
      [9, 422, 194],
      [14, 13500, 6210],
    ].map(([z, x, y]) => ({ z: z!, x: x!, y: y!, data: content(z!, x!, y!) }));
    const { archive, got } = await readBack([...tiles].reverse());
    got.reverse().forEach((r, i) => {
      const t = tiles[i]!;
      expect(new TextDecoder().decode(new Uint8Array(r!.data))).toBe(`tile ${t.z}/${t.x}/${t.y}`);
    });
    expect(await archive.getZxy(9, 423, 194)).toBeUndefined();
    const h = await archive.getHeader();
    expect([h.minZoom, h.maxZoom, h.numTileEntries]).toEqual([0, 14, 5]);
    expect(h.minLon).toBeCloseTo(115.42, 6);
    expect(h.maxLat).toBeCloseTo(41.06, 6);
    expect(await archive.getMetadata()).toEqual(info.metadata);
  });

  it('puts entries in leaf directories when the root would not fit the first 16 kB', async () => {
    // 20,000 tiles scattered over zoom 12 with contents of uneven length (a fixed pseudo-random sequence):
    // a directory that does not compress into 16 kB.
    let seed = 12345;
    const next = (n: number) => {
      // mulberry32
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    const seen = new Set<string>();
    const tiles: ArchiveTile[] = [];
    while (tiles.length < 20_000) {
      const [x, y] = [next(4096), next(4096)];
      if (seen.has(`${x}/${y}`)) continue;
      seen.add(`${x}/${y}`);
      const pad = 'x'.repeat(next(200));
      tiles.push({ z: 12, x, y, data: new TextEncoder().encode(`tile 12/${x}/${y} ${pad}`) });
    }
    const bytes = writePMTiles(tiles, info);
    // Leaf directories present (their length, at byte 48 of the header, is not zero).
    expect(new DataView(bytes.buffer, bytes.byteOffset).getBigUint64(48, true)).toBeGreaterThan(0n);
    const archive = new PMTiles(memory(bytes));
    // Every 200th tile (in the random order they were made): 100 reads across all five leaf directories.
    for (const t of tiles.filter((_, i) => i % 200 === 0)) {
      const r = await archive.getZxy(t.z, t.x, t.y);
      expect(new Uint8Array(r!.data)).toEqual(t.data);
    }
    const missing = [...Array(4096).keys()].find((x) => !seen.has(`${x}/0`))!;
    expect(await archive.getZxy(12, missing, 0)).toBeUndefined();
  }, 20_000);

  it('refuses an empty archive and a tile written twice', () => {
    expect(() => writePMTiles([], info)).toThrow(/no tiles/);
    const t = { z: 1, x: 0, y: 1, data: content(1, 0, 1) };
    expect(() => writePMTiles([t, { ...t }], info)).toThrow(/twice/);
  });
});
