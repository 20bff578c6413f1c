/**
 * `npx tsx tests/perf/ab.ts [--rounds=N] [--query=?lang=en] [--viewport=1280x800] <dist-a> <dist-b> [...]`: the first view of two
 * or more builds of the app, alternating in one run (the machine is shared, so only a comparison made in
 * one run means anything). Each directory is a `vite build` output (copy `dist/` aside before changing the
 * code); each is served on its own localhost port, since the app's paths are absolute. Prints per build the
 * median and spread of navigation to idle (districts and projects drawn, as the bench's first view), and
 * first paint and first contentful paint and the performance marks the page set, as medians (the app: `app:start` when its modules have run,
 * `map:creating` / `map:created` around `new Map`, `map:style-loaded`, `data:loaded` when the three files are
 * in, `map:data-sent`, `map:drawn`; the bare page: `map:creating`, `map:created`, `map:drawn`). The bare MapLibre page of the bench (`dist-bench/baseline`,
 * made by `npm run bench`) can be one of them: files it does not have (its data) come from `dist/`.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/chromium';
import { serveFiles } from './staticServer';

const argv = process.argv.slice(2);
const opt = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const ROUNDS = Number(opt('rounds') ?? 6);
const QUERY = opt('query') ?? '?lang=en';
const [W, H] = (opt('viewport') ?? '1280x800').split('x').map(Number) as [number, number];
const dirs = argv.filter((a) => !a.startsWith('--')).map((d) => resolve(d));
if (dirs.length < 2 || dirs.some((d) => !existsSync(resolve(d, 'index.html'))))
  throw new Error('usage: ab.ts [--rounds=N] [--query=?lang=en] <dist-a> <dist-b> [...] (each with an index.html)');

const DIST = resolve(import.meta.dirname, '../../dist');
const servers = await Promise.all(
  dirs.map((root) =>
    serveFiles((path) => {
      const rel = path.slice(1);
      return { root: rel && !existsSync(join(root, rel)) ? DIST : root, rel };
    }),
  ),
);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const idle: number[][] = dirs.map(() => []);
const marks: Map<string, number[]>[] = dirs.map(() => new Map());
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
try {
  for (let r = 0; r < ROUNDS; r++) {
    // Rotate who goes first, so no build always runs on a warmer (or busier) machine.
    const order = dirs.map((_, i) => (i + r) % dirs.length);
    for (const i of order) {
      const context = await browser.newContext({ viewport: { width: W, height: H } });
      const page = await context.newPage();
      await page.goto(`${servers[i]!.url}/${QUERY}`);
      await page.waitForFunction(
        () =>
          (document.querySelector('.map')?.getAttribute('data-ready') === 'true' && !!window.__mapTest?.isIdle()) ||
          (document.body.dataset.ready === 'true' && !!window.__bench?.ready()),
        undefined,
        { polling: 16, timeout: 120_000 },
      );
      const { now, list } = await page.evaluate(() => ({
        now: performance.now(),
        list: [...performance.getEntriesByType('paint'), ...performance.getEntriesByType('mark')].map(
          (m) => [m.name, m.startTime] as const,
        ),
      }));
      idle[i]!.push(now);
      for (const [name, t] of list) marks[i]!.set(name, [...(marks[i]!.get(name) ?? []), t]);
      await context.close();
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.server.close();
}
dirs.forEach((d, i) => {
  const xs = idle[i]!;
  const m = [...marks[i]!.entries()].map(([k, v]) => `${k} ${median(v).toFixed(0)}`).join(', ');
  console.log(
    `${d}: first view ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}, ${xs.length} runs)${m ? `; marks: ${m}` : ''}`,
  );
});
