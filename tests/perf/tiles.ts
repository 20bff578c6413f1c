/**
 * `npx tsx tests/perf/tiles.ts [--sizes=100000] [--rounds=3]`: the vector-tile path of docs/SCALING.md, built
 * and measured on the bare MapLibre page. For each size, the data build writes n synthetic projects (as
 * `npm run bench` does), which also cuts the points into clustered vector tiles in one PMTiles archive,
 * `dist/data/projects.pmtiles` (geo/build/tiles.ts: MapLibre's own tiler `@maplibre/geojson-vt`, the code its
 * worker runs on a clustered GeoJSON source, with the same clustering, radius 50 px up to zoom 8, and its own
 * encoder `@maplibre/vt-pbf`; zooms 0–14), the archive the app reads above 10,000 projects. This script writes
 * the same tiles as a directory, `dist/data/tiles/{z}/{x}/{y}.pbf`. Then the bare page (`tests/perf/baseline/`) loads at the bench's camera with the
 * GeoJSON file, with `?tiles` (the directory, which MapLibre reads without a plugin) and with `?pmtiles` (the
 * archive through the `pmtiles` protocol, by byte ranges), alternating, and the table says: load to idle, heap
 * (page and workers, after a GC), data fetched (gzip, as a CDN would send it). Restores the real data and
 * removes the directory at the end. `--shots=<dir>` saves a screenshot of each page in the first round.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { cutTiles as cutProjectTiles, tilePoints } from '../../geo/build/tiles';
import { clusterMaxZoom } from '../../src/data/tiles';
import type { ProjectCollection } from '../../src/data/model';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/chromium';
import { BENCH_VIEW } from './appPage';
import { heapMB, watchWorkers } from './heap';
import { APP_DIST as DIST, buildBaseline, serveBaseline } from './baselineBuild';
import { putData } from './syntheticData';

const TILES = join(DIST, 'data', 'tiles');
const ARCHIVE = join(DIST, 'data', 'projects.pmtiles');
const argv = process.argv.slice(2);
const opt = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const SIZES = (opt('sizes') ?? '100000').split(',').map(Number);
const ROUNDS = Number(opt('rounds') ?? 3);
/** `--shots=<dir>`: a screenshot of each page in the first round, to see that both draw the same points. */
const SHOTS = opt('shots');
const log = (m: string) => process.stderr.write(`  tiles: ${m}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Cuts the points of `projects.geojson` into clustered vector tiles with the data build's tiler (the archive is
 * the build's own `projects.pmtiles`, the same tiles), as a z/x/y directory; returns the tile count and bytes.
 */
function cutTiles(): { tiles: number; bytes: number; gz: number; ms: number } {
  const t0 = performance.now();
  const fc = JSON.parse(readFileSync(join(DIST, 'data', 'projects.geojson'), 'utf8')) as ProjectCollection;
  rmSync(TILES, { recursive: true, force: true });
  let tiles = 0;
  let bytes = 0;
  let gz = 0;
  for (const { z, x, y, data } of cutProjectTiles(tilePoints(fc), clusterMaxZoom(fc.features.length))) {
    const file = join(TILES, String(z), String(x), `${y}.pbf`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
    tiles++;
    bytes += data.length;
    gz += gzipSync(data).length;
  }
  return { tiles, bytes, gz, ms: performance.now() - t0 };
}

/** gzip sizes of the files under dist/ fetched (read from disk: a response body of 100 MB is not kept by the browser). */
const gzipSizes = new Map<string, number>();
const gzipOf = (rel: string): number => {
  let size = gzipSizes.get(rel);
  if (size === undefined) gzipSizes.set(rel, (size = gzipSync(readFileSync(join(DIST, rel))).length));
  return size;
};

/** The bare page with the projects as GeoJSON, as a directory of tiles, as one PMTiles archive. */
const KINDS = ['geojson', 'tiles', 'pmtiles'] as const;
type Kind = (typeof KINDS)[number];

interface Load {
  ms: number;
  heap: number;
  gz: number;
}

/** One load of the bare page: ms from navigation to idle with its data drawn, heap, data bytes fetched (gzip). */
async function load(browser: Browser, url: string, shot?: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await context.newPage();
  const { cdp, workers } = await watchWorkers(page);
  const fetched = new Set<string>();
  const ranges: Promise<number>[] = [];
  page.on('requestfinished', async (r) => {
    const path = new URL(r.url()).pathname;
    // (A tile with no points was not written: MapLibre's request for it is answered 404.)
    if (!path.startsWith('/data/') || !(await r.response())?.ok()) return;
    // The archive's tiles are gzipped inside it: the bytes of each range as sent.
    if (path.endsWith('.pmtiles')) ranges.push(r.sizes().then((x) => x.responseBodySize));
    else fetched.add(path.slice(1));
  });
  await page.goto(url);
  const ms = await page.evaluate(async () => {
    const t0 = performance.now();
    while (!(document.body.dataset.ready === 'true' && window.__bench?.ready()) && performance.now() - t0 < 180_000)
      await new Promise((r) => setTimeout(r, 16));
    return performance.now();
  });
  if (shot) await page.screenshot({ path: shot });
  const heap = await heapMB(cdp, workers);
  const gz =
    [...fetched].reduce((sum, rel) => sum + gzipOf(rel), 0) + (await Promise.all(ranges)).reduce((a, b) => a + b, 0);
  await context.close();
  return { ms, heap, gz };
}

await buildBaseline();
const { server, url } = await serveBaseline();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const rows: string[] = [];
try {
  for (const n of SIZES) {
    putData(n, ['dist']);
    gzipSizes.clear();
    const cut = cutTiles();
    log(
      `${n}: ${cut.tiles} tiles, ${(cut.bytes / 1e6).toFixed(1)} MB (${(cut.gz / 1e6).toFixed(1)} MB gz), ${(cut.ms / 1000).toFixed(1)} s`,
    );
    const m: Record<Kind, Load[]> = { geojson: [], tiles: [], pmtiles: [] };
    for (let r = 0; r < ROUNDS; r++)
      for (const kind of r % 2 ? [...KINDS].reverse() : KINDS) {
        const shot = SHOTS && r === 0 ? join(resolve(SHOTS), `${n}-${kind}.png`) : undefined;
        // The GeoJSON page clusters as deep as the tiles do (dense data: src/data/tiles.ts, clusterMaxZoom).
        const clustering = `&clusterMaxZoom=${clusterMaxZoom(n + 159)}`;
        const x = await load(browser, `${url}/${BENCH_VIEW}${kind === 'geojson' ? clustering : `&${kind}`}`, shot);
        m[kind].push(x);
        log(`${n} ${kind}: ${x.ms.toFixed(0)} ms, ${x.heap.toFixed(1)} MB, ${(x.gz / 1e3).toFixed(0)} kB gz of data`);
      }
    for (const kind of KINDS)
      rows.push(
        `| ${n + 159} | ${kind} | ${median(m[kind].map((x) => x.ms)).toFixed(0)} | ${median(m[kind].map((x) => x.heap)).toFixed(1)} | ${(median(m[kind].map((x) => x.gz)) / 1e3).toFixed(0)} |${kind === 'tiles' ? ` ${cut.tiles} tiles, ${(cut.gz / 1e6).toFixed(1)} MB gz, cut in ${(cut.ms / 1000).toFixed(1)} s |` : kind === 'pmtiles' ? ` one file, ${(statSync(ARCHIVE).size / 1e6).toFixed(1)} MB |` : ' |'}`,
      );
  }
} finally {
  await browser.close();
  server.close();
  rmSync(TILES, { recursive: true, force: true });
  putData(0, ['dist']);
}
console.log(
  [
    '',
    `| projects | bare page's projects | load to idle (ms) | heap, page + workers (MB) | data fetched (kB, gzip) | tiles |`,
    '|---:|---|---:|---:|---:|---|',
    ...rows,
    '',
    `${CHROMIUM}, medians of ${ROUNDS} rounds, camera ${BENCH_VIEW}, ${new Date().toISOString()}`,
  ].join('\n'),
);
