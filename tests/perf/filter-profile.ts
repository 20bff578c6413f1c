/**
 * `npx tsx tests/perf/filter-profile.ts [dist]` (after `SYNTHETIC_PROJECTS=100000 npm run build`, or any build;
 * an unminified one, `npx vite build --minify false --outDir dist-bench/prof`, gives readable names): where a
 * filter change's time goes on the main thread. Serves the build from localhost, opens the bench's view,
 * waits until the map is idle, then ticks a sector as the bench does and prints the time to idle again and
 * the functions with the most self time in that span (a CPU profile of the page).
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/chromium';
import { openAtBenchView, tickSector } from './appPage';
import { serveFiles } from './staticServer';

const root = resolve(process.argv[2] ?? 'dist');
const { server, url } = await serveFiles((path) => ({ root, rel: path.slice(1) }));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await context.newPage();
  await openAtBenchView(page, url);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const ms = await tickSector(page);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const byFile = new Map<string, number>();
  profile.samples!.forEach((id, j) => {
    const f = byId.get(id)!.callFrame;
    const dt = (profile.timeDeltas![j] ?? 0) / 1000;
    const file = f.url
      ? f.url
          .split('/')
          .pop()!
          .replace(/-[\w-]{8}\.js$/, '.js')
      : f.functionName;
    byFile.set(file, (byFile.get(file) ?? 0) + dt);
    const k = `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}`;
    self.set(k, (self.get(k) ?? 0) + dt);
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(0).padStart(7)}  ${k}`)
      .join('\n');
  console.log(`filter (tick "education") to idle: ${ms.toFixed(0)} ms; main thread by script (ms):\n${top(byFile, 8)}`);
  console.log(`busiest functions (self ms):\n${top(self, 25)}`);
} finally {
  await browser.close();
  server.close();
}
