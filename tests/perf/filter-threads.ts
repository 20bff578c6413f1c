/**
 * `npx tsx tests/perf/filter-threads.ts [app-dist] [baseline-dist] [--rounds=N]`: which thread a filter
 * change waits on, from a Chromium trace. After `npm run bench` (or `SYNTHETIC_PROJECTS=100000 npm run build`
 * and the bench's baseline build in dist-bench/baseline); the baseline is given the app's data/ files.
 *
 * Per round and page: open the bench's view, wait until the map is idle and 2 s more, trace one filter
 * change (app: tick the education sector in the UI until the URL has it and the map is idle; bare page: one
 * `setFilter` until `idle`), and print its time and each thread's busy time in it (the sum of its top-level
 * tasks): the page's main thread, MapLibre's worker, and the GPU process's main thread, where SwiftShader
 * draws the WebGL frames on the CPU (its time shows in compositor frame swaps, `SwapBuffers`).
 */
import { cpSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/chromium';
import { BENCH_VIEW, openAtBenchView, tickSector } from './appPage';
import { serveFiles } from './staticServer';

const argv = process.argv.slice(2);
const [appDist = 'dist', baseDist = 'dist-bench/baseline'] = argv.filter((a) => !a.startsWith('--'));
const ROUNDS = Number(argv.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 2);
rmSync(join(baseDist, 'data'), { recursive: true, force: true });
cpSync(join(appDist, 'data'), join(baseDist, 'data'), { recursive: true });

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}
type Kind = 'app' | 'base';

async function traced(browser: Browser, root: string, kind: Kind) {
  const { server, url } = await serveFiles((path) => ({ root: resolve(root), rel: path.slice(1) }));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    // tsx names arrow functions with a helper the page does not have.
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const page = await context.newPage();
    if (kind === 'app') await openAtBenchView(page, url);
    else {
      await page.goto(`${url}/${BENCH_VIEW}`);
      await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 180_000 });
      await page.waitForTimeout(2000);
    }
    await browser.startTracing(page, {
      categories: ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'blink.user_timing', 'gpu', 'viz'],
    });
    const ms =
      kind === 'app'
        ? await tickSector(page)
        : await page.evaluate(async () => {
            performance.mark('filter:start');
            const t0 = performance.now();
            await window.__bench!.setSector('education');
            performance.mark('filter:end');
            return performance.now() - t0;
          });
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    const names = new Map<string, string>();
    for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args!.name!);
    const from = events.find((e) => e.name === 'filter:start')!.ts;
    const to = events.find((e) => e.name === 'filter:end')!.ts;
    const busy = new Map<string, number>();
    let swaps = 0;
    for (const e of events) {
      if (e.ph !== 'X' || e.ts < from || e.ts > to) continue;
      const thread = names.get(`${e.pid}:${e.tid}`) ?? '?';
      if (e.name === 'RunTask') busy.set(thread, (busy.get(thread) ?? 0) + (e.dur ?? 0) / 1000);
      if (e.name === 'SkiaOutputSurfaceImplOnGpu::SwapBuffers') swaps++;
    }
    const get = (t: string) => busy.get(t) ?? 0;
    return { ms, main: get('CrRendererMain'), worker: get('DedicatedWorker thread'), gpu: get('CrGpuMain'), swaps };
  } finally {
    await context.close();
    server.close();
  }
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  console.log(
    '| page | filter to idle (ms) | page main thread busy | MapLibre worker busy | GPU process busy | frame swaps |',
  );
  console.log('|---|---:|---:|---:|---:|---:|');
  for (let r = 0; r < ROUNDS; r++)
    for (const [kind, root] of [
      ['app', appDist],
      ['base', baseDist],
    ] as const) {
      const t = await traced(browser, root, kind);
      const f = (x: number) => x.toFixed(0);
      console.log(
        `| ${kind === 'app' ? 'app (tick a sector)' : 'bare page (setFilter)'} | ${f(t.ms)} | ${f(t.main)} | ${f(t.worker)} | ${f(t.gpu)} | ${t.swaps} |`,
      );
    }
} finally {
  await browser.close();
}
