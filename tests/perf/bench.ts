/**
 * `npm run bench`: the app against a bare MapLibre page drawing the same data files (tests/perf/baseline/),
 * both production builds served from localhost, driven in Debian's Chromium. The machine is shared, so every
 * figure is a ratio measured in one run, app and baseline alternating, medians of several rounds.
 *
 *  - first view: navigation until the map is idle with districts and projects drawn (real data, default view);
 *  - first-view bytes: what that navigation fetched until ready (JS, CSS, data), gzip -9 of each response body;
 *  - at 1k, 10k and 100k synthetic projects (SYNTHETIC_PROJECTS, see geo/build/synthetic.ts):
 *    load to idle; a filter change (app: ticking a sector in the UI until the map is idle, which sends the
 *    matching points again to its clustered source so cluster counts are right), against two floors: the
 *    bare page's one `setFilter` until drawn (cheap, but its clusters still count every point) and, like for
 *    like, the bare page sending the matching points to its clustered source with `setData` until drawn
 *    (each of the three checked every animation frame: the map loaded, still and its tiles loaded);
 *    a search keystroke (input event to the list updated; baseline: a linear substring scan that lists the
 *    first 50), "h" into the empty box and then "o" 300 ms later; heap after load (main thread plus workers, after a GC).
 *
 * Options: `--ci` (short form: first view and 1k, 3 rounds — the first view at least 7, after one untimed
 * load of each page — the search on the filtered page rather than a fresh one, fails when a ratio is over 2 —
 * or over the interim bound of a row that is over 2 today, CI_BOUNDS; the setFilter filter row and heap are reported
 * only, CI_REPORT_ONLY — or a size budget is broken), `--rounds=N`,
 * `--sizes=1000,10000`. Restores the real data in public/data/ and dist/data/ at the end, also when a step
 * throws or the run is interrupted (SIGINT, SIGTERM).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { clusterMaxZoom } from '../../src/data/tiles';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/chromium';
import { tickSector } from './appPage';
import { heapMB, watchWorkers } from './heap';
import { BASE_DIST, buildBaseline } from './baselineBuild';
import { serveFiles } from './staticServer';
import { putData } from './syntheticData';

const argv = process.argv.slice(2);
const CI = argv.includes('--ci');
const opt = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const ROUNDS = Number(opt('rounds') ?? (CI ? 3 : 5));
/**
 * The first view is a few seconds per page, so it gets at least 7 rounds: with 3, CI on a loaded machine once
 * read 2.08× (app 3715, 3670, 2646 ms) where quieter runs of the same code read 1.36–1.63×. 5 until session
 * 20, whose faster machine read 1.25–1.69× in five CI runs of the same first view (single app loads 1,142–
 * 3,239 ms, bare 668–1,431): closer to the bound of 2, so the median takes more loads (≈4 s more in CI).
 */
const FIRST_VIEW_ROUNDS = Math.max(ROUNDS, 7);
const SIZES = (opt('sizes') ?? (CI ? '1000' : '1000,10000,100000')).split(',').map(Number);
/** CI bounds: loose enough not to flake on a shared machine, tight enough to catch a regression. */
const CI_MAX_RATIO = 2;
const CI_MAX_SEARCH_MS = 250;
/** The two filter rows' labels (after "1k: "): one per floor. */
const FILTER_SET_FILTER = 'filter change to idle (vs bare setFilter: its clusters count every point)';
const FILTER_SET_DATA = 'filter change to idle (vs bare setData of the matching points: like for like)';
/**
 * Until the goals in BENCHMARKS.md are met the app is over 2× on some rows today; those rows are bounded at
 * about 1.5× today's measured value (search: an absolute time, 1.5× today's), so CI still catches a
 * regression. Lower each to CI_MAX_RATIO as the row is fixed; never raise one without a reason in the commit.
 * Keys are label prefixes; no key may be a prefix of another row's label.
 */
const CI_BOUNDS: Record<string, number> = {
  // Runs on 2026-12-02 on 2 shared cores at a load average of ≈11: two with 3 rounds (medians), one with 1.
  // load 2.11×, 1.79×, 1.98×; like-for-like filter 2.27×, 3.18×, 4.81× (1 round); search 518, 437, 714 ms.
  // Session 5, quiet machine, fresh-clone CI runs of the same code: like-for-like filter 2.21×, 2.54×, 3.24×,
  // 4.62× (one filter per page), then 3.75× and 4.02× (3 per page; the bare setData floor is 85–111 ms, so a
  // few ms move the ratio). 5 left too little margin: 6, still far below a real regression (session 2: 53×).
  '1k: load to idle': 3.2,
  [`1k: ${FILTER_SET_DATA}`]: 6,
  '1k: search keystroke to list': 1000,
};
/**
 * Reported, not bounded, in CI: the filter against `setFilter`, whose floor does less work than the app (no
 * re-sent points, wrong cluster counts) and is so short (165–445 ms) that the ratio swung 3.9–11× between
 * runs of the same code; the like-for-like row bounds the same app time. Heap is reported only too.
 */
const CI_REPORT_ONLY = [FILTER_SET_FILTER, 'heap after load', 'first-view CSS', 'first-view DATA'];
const boundOf = (label: string, fallback: number) =>
  Object.entries(CI_BOUNDS).find(([k]) => label.startsWith(k))?.[1] ?? fallback;

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const VIEW = '116.35,39.95,9';
const log = (m: string) => process.stderr.write(`  bench: ${m}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(cmd, args, {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}
/** Set while public/data/ and dist/data/ hold synthetic projects. */
let synthetic = false;
/** Builds the data (real, or with n synthetic projects) and puts it in dist/data/, where both pages read it. */
function data(n: number) {
  synthetic = true;
  putData(n, [DIST]);
  synthetic = n > 0;
}
/** Never leave synthetic data behind: on the way out, whatever the way. */
function restoreRealData() {
  if (synthetic) data(0);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    log(`${signal}: restoring the real data`);
    restoreRealData();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });

function serve() {
  return serveFiles((path) => {
    // /app/ and /base/ are the two pages; the app's own paths are absolute (vite's base is "/": /assets/…,
    // /data/…), so any other path is the app's too. Both read the same /data/ files.
    const [, site = '', ...rest] = path.split('/');
    const page = site === 'app' || site === 'base';
    const rel = (page ? rest : [site, ...rest]).join('/');
    return { root: site === 'base' && !rel.startsWith('data/') ? BASE_DIST : DIST, rel };
  });
}

type Kind = 'app' | 'base';
const appReady = () =>
  document.querySelector('.map')?.getAttribute('data-ready') === 'true' && !!window.__mapTest?.isIdle();
const baseReady = () => document.body.dataset.ready === 'true' && !!window.__bench?.ready();

async function open(browser: Browser, url: string, kind: Kind) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // tsx compiles with keepNames: functions passed to page.evaluate may call its __name helper.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await context.newPage();
  const { cdp, workers } = await watchWorkers(page);
  // Only what the page asked for before its first view was drawn counts: the app loads the results list,
  // Fuse.js and its details file once the map has drawn (src/ui/afterFirstView.ts), in the same task that marks
  // it ready. Whether such a request fell before the end of the 16 ms poll below (or within the bodies' wait)
  // was a race (585.6 or 598.3 kB gz of first-view JS for one build), so each response is kept with its
  // request's start, and counted when it started before the page's `map:drawn` mark (both pages set it when
  // they mark themselves ready), by the browser's clock.
  const responses: { start: number; kind: 'js' | 'css' | 'data' | 'other'; gz: Promise<number> }[] = [];
  page.on('response', (r) => {
    const u = new URL(r.url()).pathname;
    const kind = /\.m?js$/.test(u) ? 'js' : u.endsWith('.css') ? 'css' : u.includes('/data/') ? 'data' : 'other';
    const gz = r
      .body()
      .then((b) => gzipSync(b, { level: 9 }).length)
      .catch(() => 0);
    responses.push({ start: r.request().timing().startTime, kind, gz });
  });
  await page.goto(url);
  // Time since navigation start, taken in the page when it is ready (polled every 16 ms), and the epoch time
  // of its `map:drawn` mark.
  const [loadMs, readyAt, drawnMs] = await page.evaluate(async (k) => {
    const ready = () =>
      k === 'app'
        ? document.querySelector('.map')?.getAttribute('data-ready') === 'true' && !!window.__mapTest?.isIdle()
        : document.body.dataset.ready === 'true' && !!window.__bench?.ready();
    const t0 = performance.now();
    while (!ready() && performance.now() - t0 < 180_000) await new Promise((r) => setTimeout(r, 16));
    const drawn = performance.getEntriesByName('map:drawn')[0]?.startTime ?? performance.now();
    // When the map had drawn the districts and the points: with large data the app draws them from the tiles
    // before the projects file has loaded (`map:points-drawn`); the bare page draws everything at once.
    const points = performance.getEntriesByName('map:points-drawn')[0]?.startTime;
    return [performance.now(), performance.timeOrigin + drawn, points ?? performance.now()];
  }, kind);
  /** gzip bytes by kind of what was requested before the page was ready (wait for the last bodies first). */
  const bytes = async () => {
    const out = { js: 0, css: 0, data: 0, other: 0 };
    for (const x of responses) if (x.start <= readyAt) out[x.kind] += await x.gz;
    return out;
  };
  return { context, page, cdp, workers, loadMs, drawnMs, bytes };
}

async function waitReady(page: Page, kind: Kind) {
  await page.waitForFunction(kind === 'app' ? appReady : baseReady, undefined, { polling: 16, timeout: 120_000 });
}

/**
 * Each filter is timed FILTER_REPEATS times on its page, undone (untimed) in between; every time goes into
 * the median. One filter per page made the short floors swing: the like-for-like ratio at 1k was 2.2–4.6×
 * in four CI runs of the same code (bare setData 122–271 ms).
 */
const FILTER_REPEATS = 3;

/** `measure` FILTER_REPEATS times, with `undo` (untimed) between two. */
async function repeated(measure: () => Promise<number>, undo: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let k = 0; k < FILTER_REPEATS; k++) {
    if (k > 0) await undo();
    times.push(await measure());
  }
  return times;
}

/** App: tick a sector in the UI, until the URL says so and the map is idle again; undone by unticking it. */
const filterApp = (page: Page) =>
  repeated(
    () => tickSector(page),
    () =>
      page.evaluate(async () => {
        document.querySelector<HTMLInputElement>('[data-testid="sector-education"]')!.click();
        const done = () => !new URL(location.href).searchParams.has('sector') && !!window.__mapTest?.isIdle();
        do await new Promise((r) => requestAnimationFrame(r));
        while (!done());
      }),
  );
/**
 * Baseline, like for like: the filter undone (untimed), the points kept in memory (untimed, as the app has its
 * data), then the matching points sent again to the clustered source until the map is drawn.
 */
async function filterBaseData(page: Page): Promise<number[]> {
  await page.evaluate(async () => {
    await window.__bench!.clearSector();
    await window.__bench!.loadFeatures();
  });
  return repeated(
    () =>
      page.evaluate(async () => {
        const t0 = performance.now();
        await window.__bench!.setSectorData('education');
        return performance.now() - t0;
      }),
    () => page.evaluate(() => window.__bench!.restoreData()),
  );
}
/** Baseline: one `setFilter` until the map is drawn with it (checked per frame, as the app's); undone by clearing it. */
const filterBase = (page: Page) =>
  repeated(
    () =>
      page.evaluate(async () => {
        const t0 = performance.now();
        await window.__bench!.setSector('education');
        return performance.now() - t0;
      }),
    () => page.evaluate(() => window.__bench!.clearSector()),
  );

/**
 * One keystroke in the search box: from its input event to the result count (and list) changing. `key` is
 * typed after what the box holds: "h" into an empty box, then "o" ("ho", a query no page answers ahead).
 */
async function keystroke(page: Page, kind: Kind, key: 'h' | 'o'): Promise<number> {
  const input = kind === 'app' ? '[data-testid="search"]' : '#q';
  const count = kind === 'app' ? '[data-testid="result-count"]' : '#count';
  if (kind === 'base' && key === 'h') await page.evaluate(() => window.__bench!.loadNames());
  await page.focus(input);
  await page.evaluate(
    ({ input, count }) => {
      const w = window as unknown as { __ks: { t0?: number; t1?: number } };
      w.__ks = {};
      document.querySelector(input)!.addEventListener('input', () => (w.__ks.t0 ??= performance.now()), {
        capture: true,
        once: true,
      });
      const target = document.querySelector(count)!;
      new MutationObserver(() => {
        if (w.__ks.t0 !== undefined) w.__ks.t1 ??= performance.now();
      }).observe(target, { childList: true, subtree: true, characterData: true });
    },
    { input, count },
  );
  await page.keyboard.press(key);
  await page.waitForFunction(() => (window as unknown as { __ks: { t1?: number } }).__ks.t1 !== undefined, undefined, {
    timeout: 120_000,
  });
  return page.evaluate(() => {
    const k = (window as unknown as { __ks: { t0: number; t1: number } }).__ks;
    return k.t1 - k.t0;
  });
}

interface Row {
  label: string;
  unit: string;
  app: number;
  base: number;
}
const rows: Row[] = [];
const fmt = (x: number, unit: string) => (unit === 'kB' ? (x / 1000).toFixed(1) : x.toFixed(unit === 'MB' ? 1 : 0));

// --- build both pages
run('npx', ['tsx', 'geo/build-data.ts']);
await build({ root: ROOT, logLevel: 'warn' });
await buildBaseline();
mkdirSync(BASE_DIST, { recursive: true });

const { server, url } = await serve();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const started = Date.now();
try {
  // --- first view, real data, default view (no camera in the URL)
  {
    const load: Record<Kind, number[]> = { app: [], base: [] };
    const bytes: Record<Kind, { js: number; css: number; data: number }> = {
      app: { js: 0, css: 0, data: 0 },
      base: { js: 0, css: 0, data: 0 },
    };
    // One untimed load of each page first: the browser's first navigation also starts its GPU process and
    // fills V8's code cache, which fell on whichever page went first (CI once: app 3715 ms first, 2646 later).
    for (const kind of ['base', 'app'] as Kind[]) {
      const o = await open(browser, `${url}/${kind}/${kind === 'app' ? '?lang=en' : ''}`, kind);
      log(`first view ${kind} ${o.loadMs.toFixed(0)} ms (warm-up, not counted)`);
      await o.context.close();
    }
    for (let i = 0; i < FIRST_VIEW_ROUNDS; i++)
      for (const kind of (i % 2 ? ['base', 'app'] : ['app', 'base']) as Kind[]) {
        const o = await open(browser, `${url}/${kind}/${kind === 'app' ? '?lang=en' : ''}`, kind);
        load[kind].push(o.loadMs);
        log(`first view ${kind} ${o.loadMs.toFixed(0)} ms`);
        await o.page.waitForTimeout(300); // bodies of the last responses
        bytes[kind] = await o.bytes();
        await o.context.close();
      }
    rows.push({ label: 'first view, navigation to idle', unit: 'ms', app: median(load.app), base: median(load.base) });
    for (const k of ['js', 'css', 'data'] as const)
      rows.push({ label: `first-view ${k.toUpperCase()} (gzip)`, unit: 'kB', app: bytes.app[k], base: bytes.base[k] });
  }

  // --- at scale, synthetic data
  for (const n of SIZES) {
    data(n);
    // The bare page clusters as the app does at this size (dense data up to zoom 11: src/data/tiles.ts).
    const manifest = JSON.parse(readFileSync(join(ROOT, 'public', 'data', 'manifest.json'), 'utf8')) as {
      projects: number;
    };
    const clustering = (kind: Kind) => (kind === 'base' ? `&clusterMaxZoom=${clusterMaxZoom(manifest.projects)}` : '');
    const m: Record<string, Record<Kind, number[]>> = {};
    const add = (k: string, kind: Kind, v: number) => {
      (m[k] ??= { app: [], base: [] })[kind].push(v);
      log(`${n} ${kind} ${k} ${v.toFixed(k === 'heap' ? 1 : 0)}`);
    };
    for (let i = 0; i < ROUNDS; i++)
      for (const kind of (i % 2 ? ['base', 'app'] : ['app', 'base']) as Kind[]) {
        const o = await open(browser, `${url}/${kind}/?lang=en&view=${VIEW}${clustering(kind)}`, kind);
        await waitReady(o.page, kind);
        add('load', kind, o.loadMs);
        add('drawn', kind, o.drawnMs);
        add('heap', kind, await heapMB(o.cdp, o.workers));
        for (const t of kind === 'app' ? await filterApp(o.page) : await filterBase(o.page)) add('filter', kind, t);
        if (kind === 'base') for (const t of await filterBaseData(o.page)) add('filterData', kind, t);
        // Search on a fresh page, so the filter's work does not overlap it; the short form (CI) saves the
        // page load and searches on the same page, within the filtered sector, once the map is idle again.
        let s = o;
        if (!CI) {
          await o.context.close();
          s = await open(browser, `${url}/${kind}/?lang=en&view=${VIEW}${clustering(kind)}`, kind);
          await waitReady(s.page, kind);
        }
        // A user types a moment after the map shows, not within its first frame: the app builds its search
        // index in that moment (an idle callback at most 1 s after load; its cost at each size is in
        // BENCHMARKS.md from tests/perf/main-thread.ts). Both pages get the same pause.
        await s.page.waitForTimeout(2000);
        add('search', kind, await keystroke(s.page, kind, 'h'));
        // The second key a moment later (a typist's 300 ms), while the map may still follow the first.
        await s.page.waitForTimeout(300);
        add('search2', kind, await keystroke(s.page, kind, 'o'));
        await s.context.close();
      }
    const k = n >= 1000 ? `${n / 1000}k` : String(n);
    const total = n + 159;
    rows.push({
      label: `${k}: load to idle (${total} projects)`,
      unit: 'ms',
      app: median(m.load!.app),
      base: median(m.load!.base),
    });
    rows.push({
      label: `${k}: map drawn (districts and points; the list may still be loading)`,
      unit: 'ms',
      app: median(m.drawn!.app),
      base: median(m.drawn!.base),
    });
    rows.push({
      label: `${k}: ${FILTER_SET_FILTER}`,
      unit: 'ms',
      app: median(m.filter!.app),
      base: median(m.filter!.base),
    });
    rows.push({
      label: `${k}: ${FILTER_SET_DATA}`,
      unit: 'ms',
      app: median(m.filter!.app),
      base: median(m.filterData!.base),
    });
    rows.push({
      label: `${k}: search keystroke to list`,
      unit: 'ms',
      app: median(m.search!.app),
      base: median(m.search!.base),
    });
    rows.push({
      label: `${k}: search, second key ("ho"), to list`,
      unit: 'ms',
      app: median(m.search2!.app),
      base: median(m.search2!.base),
    });
    rows.push({
      label: `${k}: heap after load (page + workers)`,
      unit: 'MB',
      app: median(m.heap!.app),
      base: median(m.heap!.base),
    });
  }
} finally {
  await browser.close();
  server.close();
  restoreRealData();
}

const table = [
  `| measure | unit | app | bare MapLibre | ratio |`,
  `|---|---|---:|---:|---:|`,
  ...rows.map(
    (r) =>
      `| ${r.label} | ${r.unit === 'kB' ? 'kB gz' : r.unit} | ${fmt(r.app, r.unit)} | ${fmt(r.base, r.unit)} | ${(r.app / r.base).toFixed(2)}× |`,
  ),
].join('\n');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 1e9).toFixed(0)} GB, ${CHROMIUM}, ${ROUNDS} rounds, ${new Date().toISOString()}, ${((Date.now() - started) / 1000).toFixed(0)} s`;
console.log(`\n${table}\n\n${machine}`);
mkdirSync(join(ROOT, 'dist-bench'), { recursive: true });
writeFileSync(join(ROOT, 'dist-bench', 'results.md'), `${table}\n\n${machine}\n`);

if (CI) {
  const bad = rows.filter(
    (r) =>
      !CI_REPORT_ONLY.some((k) => r.label.includes(k)) &&
      (r.label.includes('search')
        ? r.app > boundOf(r.label, CI_MAX_SEARCH_MS)
        : r.app / r.base > boundOf(r.label, CI_MAX_RATIO)),
  );
  for (const r of bad) console.error(`bench bound broken: ${r.label}`);
  const size = spawnSync('npx', ['tsx', 'tests/perf/size-budget.ts'], { cwd: ROOT, stdio: 'inherit' });
  if (bad.length || size.status !== 0) {
    console.error('bench (CI) failed');
    process.exit(1);
  }
}
