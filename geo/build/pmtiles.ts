/**
 * Writes a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md): vector tiles in
 * one file that MapLibre reads with HTTP range requests through the `pmtiles` protocol, from any static host.
 * The `pmtiles` package reads archives but has no writer in JavaScript (the format's own writers are in Go and
 * Python, not installable here), so this is the writer: the header, the directories (leaf directories when the
 * root would not fit the first 16 kB a reader fetches) and the tiles in tile-id order; tile ids from the
 * package's own `zxyToTileId`. tests/unit/pmtiles.test.ts reads what it writes with the package's reader.
 */
import { gzipSync } from 'node:zlib';
import { Compression, TileType, zxyToTileId } from 'pmtiles';

export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  /** The tile as encoded (a Mapbox Vector Tile), not compressed: the writer gzips it. */
  data: Uint8Array;
}

export interface ArchiveInfo {
  /** West, south, east, north, in degrees. */
  bounds: [number, number, number, number];
  /** Longitude, latitude, zoom. */
  center: [number, number, number];
  /** TileJSON-style metadata (vector_layers, attribution…), stored as gzipped JSON. */
  metadata: Record<string, unknown>;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

const HEADER_BYTES = 127;
/** What a reader fetches first: the header and the root directory must fit in it. */
const FIRST_FETCH = 16_384;

/** An unsigned varint (values past 2^31 too: no bitwise operators). */
function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** A directory: count, tile id deltas, run lengths, lengths, offsets (0: right after the previous entry). */
function directory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    writeVarint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) writeVarint(out, e.runLength);
  for (const e of entries) writeVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    writeVarint(out, prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return gzipSync(Uint8Array.from(out));
}

/** The root directory, and the leaf directories it points to when all entries would not fit the first fetch. */
function directories(entries: readonly Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const root = directory(entries);
  if (HEADER_BYTES + root.length <= FIRST_FETCH) return { root, leaves: new Uint8Array(0) };
  for (let size = 4096; ; size *= 2) {
    const leaves: Uint8Array[] = [];
    const rootEntries: Entry[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += size) {
      const leaf = directory(entries.slice(i, i + size));
      rootEntries.push({ tileId: entries[i]!.tileId, offset, length: leaf.length, runLength: 0 });
      leaves.push(leaf);
      offset += leaf.length;
    }
    const r = directory(rootEntries);
    if (HEADER_BYTES + r.length <= FIRST_FETCH) return { root: r, leaves: Buffer.concat(leaves) };
  }
}

const e7 = (degrees: number) => Math.round(degrees * 1e7);

/** The archive's bytes: header, root directory, metadata, leaf directories, tiles (gzipped, in tile-id order). */
export function writePMTiles(tiles: readonly ArchiveTile[], info: ArchiveInfo): Uint8Array {
  if (!tiles.length) throw new Error('writePMTiles: no tiles');
  const sorted = tiles
    .map((t) => ({ tileId: zxyToTileId(t.z, t.x, t.y), z: t.z, data: gzipSync(t.data) }))
    .sort((a, b) => a.tileId - b.tileId);
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i]!.tileId === sorted[i - 1]!.tileId) throw new Error(`writePMTiles: tile ${sorted[i]!.tileId} twice`);
  const entries: Entry[] = [];
  let offset = 0;
  for (const t of sorted) {
    entries.push({ tileId: t.tileId, offset, length: t.data.length, runLength: 1 });
    offset += t.data.length;
  }
  const tileData = Buffer.concat(sorted.map((t) => t.data));
  const { root, leaves } = directories(entries);
  const metadata = gzipSync(JSON.stringify(info.metadata));
  const at = {
    root: HEADER_BYTES,
    metadata: HEADER_BYTES + root.length,
    leaves: HEADER_BYTES + root.length + metadata.length,
    tiles: HEADER_BYTES + root.length + metadata.length + leaves.length,
  };
  const header = new DataView(new ArrayBuffer(HEADER_BYTES));
  'PMTiles'.split('').forEach((c, i) => header.setUint8(i, c.charCodeAt(0)));
  header.setUint8(7, 3);
  const u64 = (byte: number, v: number) => header.setBigUint64(byte, BigInt(v), true);
  u64(8, at.root);
  u64(16, root.length);
  u64(24, at.metadata);
  u64(32, metadata.length);
  u64(40, at.leaves);
  u64(48, leaves.length);
  u64(56, at.tiles);
  u64(64, tileData.length);
  u64(72, entries.length); // addressed tiles
  u64(80, entries.length); // tile entries
  u64(88, entries.length); // tile contents
  header.setUint8(96, 1); // clustered: the tiles are in tile-id order
  header.setUint8(97, Compression.Gzip); // directories and metadata
  header.setUint8(98, Compression.Gzip); // tiles
  header.setUint8(99, TileType.Mvt);
  header.setUint8(
    100,
    sorted.reduce((m, t) => Math.min(m, t.z), Infinity),
  );
  header.setUint8(
    101,
    sorted.reduce((m, t) => Math.max(m, t.z), 0),
  );
  const [w, s, e, n] = info.bounds;
  header.setInt32(102, e7(w), true);
  header.setInt32(106, e7(s), true);
  header.setInt32(110, e7(e), true);
  header.setInt32(114, e7(n), true);
  header.setUint8(118, info.center[2]);
  header.setInt32(119, e7(info.center[0]), true);
  header.setInt32(123, e7(info.center[1]), true);
  // (A copy of its own: a small Buffer.concat is a view into Node's shared pool.)
  return new Uint8Array(Buffer.concat([new Uint8Array(header.buffer), root, metadata, leaves, tileData]));
}
