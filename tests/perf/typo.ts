/**
 * `npx tsx tests/perf/typo.ts [--sizes=100000] [--rounds=3] [--no-build] [--dist=dist,dist-before]`: what a
 * word with a typo costs the page at n synthetic projects (SYNTHETIC_PROJECTS, see geo/build/synthetic.ts)
 * beside the real ones, in Debian's Chromium, against a production build served from localhost.
 *
 * Per size and round, a fresh page: wait until the map is idle and 2 s more (the search index is built at an
 * idle moment after load), then type "huilongguna" (Huilongguan misspelt: no exact match, so typo matching
 * runs once typing pauses) at 120 ms a key, and report
 * - the longest task on the main thread from the first key until the list shows the typo's matches (a
 *   PerformanceObserver of long tasks: while one runs, the page answers no key, click or scroll), and
 * - the time from the last key's input event to that list.
 * Medians of the rounds, as a table. Restores the real data in public/data/ and dist/data/ at the end.
 */
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/chromium';
import { openAtBenchView } from './appPage';
import { serveFiles } from './staticServer';
import { putData } from './syntheticData';

const argv = process.argv.slice(2);
const opt = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const ROUNDS = Number(opt('rounds') ?? 3);
const SIZES = (opt('sizes') ?? '100000').split(',').map(Number);
const DISTS = (opt('dist') ?? 'dist').split(',');
const ROOT = resolve(import.meta.dirname, '../..');
const WORD = 'huilongguna';
const KEY_GAP_MS = 120;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (!argv.includes('--no-build')) {
  putData(0, DISTS);
  await build({ root: ROOT, logLevel: 'warn' });
}
const servers = await Promise.all(
  DISTS.map((d) => serveFiles((path) => ({ root: resolve(ROOT, d), rel: path.slice(1) }))),
);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const rows: string[] = [];
try {
  for (const n of SIZES) {
    putData(n, DISTS);
    const m = DISTS.map(() => ({ longest: [] as number[], toList: [] as number[] }));
    for (let r = 0; r < ROUNDS * DISTS.length; r++) {
      const i = Math.floor(r / DISTS.length);
      const which = i % 2 ? DISTS.length - 1 - (r % DISTS.length) : r % DISTS.length;
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await openAtBenchView(page, servers[which]!.url);
      await page.focus('[data-testid="search"]');
      await page.evaluate(() => {
        const w = window as unknown as { __typo: { tasks: [number, number][]; lastKey: number } };
        w.__typo = { tasks: [], lastKey: 0 };
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__typo.tasks.push([e.startTime, e.duration]);
        }).observe({ type: 'longtask' });
        document
          .querySelector('[data-testid="search"]')!
          .addEventListener('input', () => (w.__typo.lastKey = performance.now()), { capture: true });
      });
      const t0 = await page.evaluate(() => performance.now());
      for (const k of WORD) {
        await page.keyboard.press(k);
        await page.waitForTimeout(KEY_GAP_MS);
      }
      // The typo's matches: names with "Huilongguan" in them (the exact tiers find nothing for the word).
      await page.waitForFunction(
        () => Number(document.querySelector('[data-testid="results"]')?.getAttribute('data-count') ?? 0) > 0,
        undefined,
        { polling: 'raf', timeout: 120_000 },
      );
      const got = await page.evaluate((from) => {
        const w = window as unknown as { __typo: { tasks: [number, number][]; lastKey: number } };
        const now = performance.now();
        const longest = Math.max(0, ...w.__typo.tasks.filter(([s]) => s >= from).map(([, d]) => d));
        return { longest, toList: now - w.__typo.lastKey };
      }, t0);
      m[which]!.longest.push(got.longest);
      m[which]!.toList.push(got.toList);
      console.log(
        `${DISTS[which]} ${n}: longest task ${got.longest.toFixed(0)} ms, last key → list ${got.toList.toFixed(0)} ms`,
      );
      await context.close();
    }
    DISTS.forEach((d, j) =>
      rows.push(`| ${n + 159} | ${d} | ${median(m[j]!.longest).toFixed(0)} | ${median(m[j]!.toList).toFixed(0)} |`),
    );
  }
} finally {
  await browser.close();
  for (const { server } of servers) server.close();
  if (SIZES.some((n) => n > 0)) putData(0, DISTS);
}
console.log(
  [
    '',
    `| projects | build | "${WORD}": longest main-thread task (ms) | last key → list (ms) |`,
    '|---:|---|---:|---:|',
    ...rows,
    '',
    `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${CHROMIUM}, medians of ${ROUNDS} rounds, ${new Date().toISOString()}`,
  ].join('\n'),
);
