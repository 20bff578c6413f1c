/**
 * `npm run bench` (after `npm run build`): speed of the built app in Debian's Chromium, as ratios measured
 * in one run, because the machine is shared and absolute times are noisy.
 *
 *  - start: navigation until the map has drawn the data and is idle (reported, not budgeted);
 *  - filter: ticking a second sector until the map is idle again (a layer filter expression; the first
 *    filter also switches clustering off), against a one-pixel pan until idle (a full redraw, the baseline): it should cost a
 *    few repaints, not a data re-upload;
 *  - search: one query over all projects, against building the index once.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { projectCollectionSchema } from '../../src/data/model';
import { buildSearchIndex } from '../../src/filters/search';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/chromium';

const ROUNDS = 5;
const BUDGET = { filterOverRepaint: 12 };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const idle = (page: Page) =>
  page.waitForFunction(
    () => document.querySelector('.map')?.getAttribute('data-ready') === 'true' && window.__mapTest?.isIdle(),
    undefined,
    {
      polling: 16,
      timeout: 30_000,
    },
  );

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls!.local[0]!;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const start: number[] = [];
const filter: number[] = [];
const filterMore: number[] = [];
const repaint: number[] = [];
try {
  for (let i = 0; i < ROUNDS; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let t = performance.now();
    await page.goto(`${base}?lang=en&view=116.3,40.0,11`);
    await idle(page);
    start.push(performance.now() - t);

    t = performance.now();
    await page.evaluate(() => window.__mapTest!.repaint());
    await page.waitForTimeout(0);
    await idle(page);
    repaint.push(performance.now() - t);

    t = performance.now();
    await page.getByTestId('sector-education').check();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('sector'));
    await idle(page);
    filter.push(performance.now() - t);

    // A second sector: clustering is already off, so this is the filter expression alone.
    t = performance.now();
    await page.getByTestId('sector-healthcare').check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sector')?.includes(','));
    await idle(page);
    filterMore.push(performance.now() - t);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const projects = projectCollectionSchema.parse(JSON.parse(readFileSync('dist/data/projects.geojson', 'utf8'))).features;
let t = performance.now();
const index = buildSearchIndex(projects.map((f) => f.properties));
const buildMs = performance.now() - t;
const queries = ['zgc', 'zhongguancun', '医院', 'hospital', 'kexuecheng', '养老', 'park', 'sujiatou'];
t = performance.now();
for (let i = 0; i < 20; i++) for (const q of queries) index.search(q);
const queryMs = (performance.now() - t) / (20 * queries.length);

const ratio = median(filterMore) / median(repaint);
console.log(`start to idle map        ${median(start).toFixed(0)} ms (median of ${ROUNDS})`);
console.log(`1 px pan to idle (base)  ${median(repaint).toFixed(0)} ms`);
console.log(
  `first filter to idle     ${median(filter).toFixed(0)} ms  (includes switching clusters off in the worker)`,
);
console.log(
  `next filter to idle      ${median(filterMore).toFixed(0)} ms  → ${ratio.toFixed(2)}× the repaint (budget ${BUDGET.filterOverRepaint}×)`,
);
console.log(
  `search: index build ${buildMs.toFixed(1)} ms, one query ${queryMs.toFixed(2)} ms over ${projects.length} projects (${(queryMs / buildMs).toFixed(2)}× the build)`,
);
if (ratio > BUDGET.filterOverRepaint) {
  console.error('bench budget exceeded');
  process.exit(1);
}
