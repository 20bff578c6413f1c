/**
 * `npm run size`: gzip sizes of the built app and its data against budgets (bytes after gzip).
 * Deterministic for a given build, so it runs in CI; raise a budget only with a reason in the commit.
 * Every chunk and asset the build emits (dist/assets) must fall under a budget: a new chunk (a library split out by `import()`, or
 * one that escaped the eager list in vite.config.ts) fails the check until it is given one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const BUDGETS: { name: string; match: RegExp; dir: string; max: number }[] = [
  // 52 kB since issues 9 and 11 (was 40): the parks and data panels, downloads, citations, reports and print
  // (about 4 kB), places, proximity and the choropleth, per-file loading and the map-failure messages (47 kB
  // measured when raised). Libraries are in the vendor chunk, not here.
  // 44 kB since issue 12 (was 52): the panels moved to their own lazy chunk (40.6 kB measured when lowered).
  // 45 kB since session 11 of issue 12: the loaders of typo matching on the page or in its workers (44.7 kB
  // measured when raised; 43.8 before). 46 kB since session 15: the map's points from vector tiles above 10,000
  // projects (the tiles' layers in the style, the switch between the two drawings; the protocol and the filter
  // on the tiles are in their own lazy chunk): 45.4 kB measured when raised, 44.2 before. 46.5 kB since session
  // 18: the search index built a part per idle moment, the stacks made near their zoom, the list's name order
  // walked by positions and the URL written after the event (46.1 kB measured when raised, 45.8 before). A
  // lazy stack chooser would have saved 0.2 kB but, loaded with the panels, a failed chunk broke the map. 47 kB
  // since session 20: chunks and their stylesheets asked for again after a failure (src/ui/chunk.ts), the panels'
  // and the charts' Retry, the downloads' live region in an area's panel (46.6 kB measured when raised, 46.1 before).
  { name: 'app code (index-*.js)', match: /^index-.*\.js$/, dir: 'assets', max: 47_000 },
  // Lazy chunks, loaded with import() on first use: Chartist and the chart drawing.
  { name: 'charts, lazy (renderBar-*.js: Chartist)', match: /^renderBar-.*\.js$/, dir: 'assets', max: 12_000 },
  // Every file the app makes: the projects' CSV and GeoJSON builders, the profiles' CSV, the map image and the
  // saving of a file, one chunk loaded by the first download or image (session 16 took the builders out of the
  // app code, 46.1 -> 45.4 kB; session 20 made them one chunk, so that a failed load can be retried).
  { name: 'downloads and map image, lazy (downloads-*.js)', match: /^downloads-.*\.js$/, dir: 'assets', max: 5_000 },
  // The panels (project, area, compare, parks, data): loaded when one opens or on the first pointer/key press.
  { name: 'panels, lazy (panels-*.js)', match: /^panels-.*\.js$/, dir: 'assets', max: 12_000 },
  // The results list and its virtualizer: loaded once the first view is done (src/ui/afterFirstView.ts).
  { name: 'results list, lazy (ResultsList-*.js)', match: /^ResultsList-.*\.js$/, dir: 'assets', max: 15_000 },
  // Typo matching on the page: loaded at an idle moment once the first view is done, or by the first typo.
  { name: 'typo matching, lazy (fuzzyLocal-*.js: Fuse.js)', match: /^fuzzyLocal-.*\.js$/, dir: 'assets', max: 11_000 },
  // Typo matching in a worker, above 5,000 projects: the page's side, loaded by the first typo; the worker.
  { name: 'typo worker client, lazy (fuzzyRemote-*.js)', match: /^fuzzyRemote-.*\.js$/, dir: 'assets', max: 2_000 },
  {
    name: 'PMTiles protocol, lazy, large data only (pmtilesProtocol-*.js)',
    match: /^pmtilesProtocol-.*\.js$/,
    dir: 'assets',
    max: 10_000,
  },
  { name: 'typo worker (fuzzy.worker-*.js: Fuse.js)', match: /^fuzzy\.worker-.*\.js$/, dir: 'assets', max: 12_000 },
  // 130 kB since issue 12 (was 160): zod/mini instead of zod, Fuse.js lazy (118.5 kB measured when lowered).
  // 115 kB since session 12 of issue 12: the virtualizer moved to the results list's lazy chunk (107.3 measured).
  // 108 kB since session 21: valibot in place of zod/mini in the browser (101.6 measured here).
  { name: 'libraries (vendor-*.js)', match: /^vendor-.*\.js$/, dir: 'assets', max: 108_000 },
  { name: 'MapLibre (maplibre-*.js)', match: /^maplibre-.*\.js$/, dir: 'assets', max: 320_000 },
  { name: 'MapLibre worker', match: /^maplibre-gl-worker-.*\.mjs$/, dir: 'assets', max: 170_000 },
  { name: 'styles (*.css)', match: /\.css$/, dir: 'assets', max: 20_000 },
  { name: 'chunk loader (rolldown-runtime-*.js)', match: /^rolldown-runtime-.*\.js$/, dir: 'assets', max: 2_000 },
  // 100 kB since session 12 of issue 12 (was 260): the first view loads the areas' names (areas.json), not their
  // whole profiles (profiles.json, 57 kB gz, loaded by the panels that show them); 84.0 kB measured.
  {
    name: 'data first load (districts, projects, areas)',
    match: /^(districts\.geojson|projects\.geojson|areas\.json)$/,
    dir: 'data',
    max: 100_000,
  },
  { name: 'metro context (metro-lines.geojson)', match: /^metro-lines\.geojson$/, dir: 'data', max: 20_000 },
  // Since session 13: the stations are drawn from zoom 10.5; at the default city view they load once the first
  // view is done.
  {
    name: 'metro stations, after the first view (metro-stations.geojson)',
    match: /^metro-stations\.geojson$/,
    dir: 'data',
    max: 20_000,
  },
];

let failed = false;
for (const b of BUDGETS) {
  const dir = join(DIST, b.dir);
  const files = readdirSync(dir).filter((f) => b.match.test(f) && statSync(join(dir, f)).isFile());
  if (!files.length) {
    console.log(`MISSING  ${b.name}: no file matches ${b.match}`);
    failed = true;
    continue;
  }
  const size = files.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  const ok = size <= b.max;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok      ' : 'OVER    '} ${b.name}: ${(size / 1000).toFixed(1)} kB gz (budget ${b.max / 1000} kB)`,
  );
}
// Every emitted chunk and asset (source maps aside) must have a budget.
for (const dir of ['assets']) {
  for (const f of readdirSync(join(DIST, dir))) {
    if (f.endsWith('.map') || !statSync(join(DIST, dir, f)).isFile()) continue;
    if (BUDGETS.some((b) => b.dir === dir && b.match.test(f))) continue;
    const size = gzipSync(readFileSync(join(DIST, dir, f)), { level: 9 }).length;
    console.log(
      `NO BUDGET ${dir}/${f}: ${(size / 1000).toFixed(1)} kB gz — give it a budget in tests/perf/size-budget.ts`,
    );
    failed = true;
  }
}
// A chunk loaded on demand is asked for again by its URL after a failure (src/ui/chunk.ts), which gives the
// chunk's own exports and loads nothing else again. So (1) a module that shares its chunk with others, which
// is imported through a mapping (`import('./x.js').then((e) => e.n)`), would give the wrong object, and (2) a
// chunk loaded on demand that imports another chunk the page does not load at the start could not recover
// from that chunk's failure (the browser keeps it).
const eager = new Set(
  [...readFileSync(join(DIST, 'index.html'), 'utf8').matchAll(/\/assets\/([\w.-]+\.m?js)/g)].map((m) => m[1]),
);
for (const f of readdirSync(join(DIST, 'assets')).filter((f) => /\.m?js$/.test(f))) {
  const code = readFileSync(join(DIST, 'assets', f), 'utf8');
  for (const m of code.matchAll(/import\(`\.\/([\w.-]+\.js)`\)\.then\(\(?([\w$]+)\)?=>\2\.[\w$]+\)/g)) {
    console.log(`SHARED   ${f} imports ${m[1]} through a mapping: load its module on demand only (src/ui/chunk.ts)`);
    failed = true;
  }
  if (eager.has(f)) continue;
  for (const m of code.matchAll(/(?:from|import)\s*["'`]\.\/([\w.-]+\.m?js)["'`]/g))
    if (!eager.has(m[1])) {
      console.log(
        `SHARED   ${f}, loaded on demand, imports ${m[1]}, also loaded on demand: one chunk per on-demand entry (src/ui/chunk.ts)`,
      );
      failed = true;
    }
}
// zod is the data build's validator; the browser checks its files with valibot (src/data/fileSchemas.ts). A
// runtime import of zod from src/ would land in some chunk without changing the vendor chunk's budget.
for (const f of readdirSync(join(DIST, 'assets')).filter((f) => /\.m?js$/.test(f)))
  if (readFileSync(join(DIST, 'assets', f), 'utf8').includes('$ZodType')) {
    console.log(`ZOD      ${f} holds zod: the browser validates with valibot (src/data/fileSchemas.ts)`);
    failed = true;
  }
if (failed) {
  console.error('size budget exceeded');
  process.exit(1);
}
