/**
 * `npx tsx tests/perf/typing.ts [--dist=dist,<other build>] [--size=100000] [--word=qwertyui] [--rounds=2]`:
 * what typing a whole word costs the main thread at n synthetic projects (issue 12). Per build and round, a
 * fresh page at the bench's view: once the map is idle (and 2.5 s more, as the bench waits for the search
 * index), the word is typed into the search box one key every 250 ms, and every long task (over 50 ms) until
 * 4 s after the last key is listed, with how long the typing took (a key waits for a long task before it).
 * The default word is in no record, so each key from the fifth on asks for typo matching.
 * Builds are used as they are (`npm run build` first); the data is made here and the real data restored after.
 */
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/chromium';
import { serveFiles } from './staticServer';
import { putData } from './syntheticData';

const argv = process.argv.slice(2);
const opt = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const ROOT = resolve(import.meta.dirname, '../..');
const DISTS = (opt('dist') ?? 'dist').split(',').map((d) => resolve(ROOT, d));
const SIZE = Number(opt('size') ?? 100_000);
const WORD = opt('word') ?? 'qwertyui';
const ROUNDS = Number(opt('rounds') ?? 2);
const KEY_GAP_MS = 250;

const data = (n: number) => putData(n, DISTS);

data(SIZE);
const servers = await Promise.all(DISTS.map((root) => serveFiles((path) => ({ root, rel: path.slice(1) }))));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  for (let r = 0; r < ROUNDS; r++)
    for (let k = 0; k < DISTS.length; k++) {
      const i = r % 2 ? DISTS.length - 1 - k : k; // ABBA
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
      const page = await context.newPage();
      await page.goto(`${servers[i]!.url}/?lang=en&view=116.35,39.95,9`);
      await page.waitForFunction(
        () => document.querySelector('.map')?.getAttribute('data-ready') === 'true' && !!window.__mapTest?.isIdle(),
        undefined,
        { polling: 100, timeout: 180_000 },
      );
      await page.waitForTimeout(2500);
      await page.evaluate(() => {
        const w = window as unknown as { __long: number[] };
        w.__long = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__long.push(e.duration);
        }).observe({ type: 'longtask' });
      });
      await page.focus('[data-testid="search"]');
      const t0 = Date.now();
      for (const key of WORD) {
        await page.keyboard.press(key);
        await page.waitForTimeout(KEY_GAP_MS);
      }
      const typing = Date.now() - t0;
      await page.waitForTimeout(4000);
      const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
      const count = await page.getByTestId('result-count').textContent();
      console.log(
        `${DISTS[i]}: "${WORD}" typed in ${typing} ms (${WORD.length} keys ${KEY_GAP_MS} ms apart: ` +
          `${WORD.length * KEY_GAP_MS} ms unhindered); long tasks ${long.map(Math.round).join(', ') || 'none'} ms` +
          ` (max ${Math.round(Math.max(0, ...long))}); ${count}`,
      );
      await context.close();
    }
} finally {
  await browser.close();
  for (const { server } of servers) server.close();
  data(0);
}
console.log(`${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${CHROMIUM}, ${SIZE} synthetic projects + the real ones`);
