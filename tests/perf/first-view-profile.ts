/**
 * `npx tsx tests/perf/first-view-profile.ts [query]` (after `npm run build`): where the first view's time
 * goes in headless Chromium with WebGL in SwiftShader — the evidence behind BENCHMARKS.md's first-view
 * note. Serves dist/ with `vite preview`, opens the app (default `?lang=zh`) five times in fresh contexts and
 * prints, as medians: navigation to idle; creating the WebGL context; compiling and linking shader
 * programs (count and time, measured by wrapping the WebGL calls, which in SwiftShader are synchronous CPU
 * work); and the main thread's busiest scripts from a CPU profile of the last run.
 */
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/chromium';

const query = process.argv[2] ?? '?lang=zh';
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Installed before the app runs: times getContext and every shader compile and program link. */
function instrument() {
  const w = window as unknown as { __gl: { context: number; programs: number; shaderMs: number } };
  w.__gl = { context: 0, programs: 0, shaderMs: 0 };
  const original = (o: object, name: string) =>
    Object.getOwnPropertyDescriptor(o, name)!.value as (...a: unknown[]) => unknown;
  const getContext = original(HTMLCanvasElement.prototype, 'getContext');
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
    const t = performance.now();
    const r = getContext.apply(this, args);
    if (args[0] === 'webgl2' || args[0] === 'webgl') w.__gl.context += performance.now() - t;
    return r;
  } as typeof HTMLCanvasElement.prototype.getContext;
  const proto = WebGL2RenderingContext.prototype;
  for (const name of ['compileShader', 'linkProgram', 'getProgramParameter', 'getShaderParameter'] as const) {
    const f = original(proto, name);
    (proto as unknown as Record<string, unknown>)[name] = function (this: WebGL2RenderingContext, ...a: unknown[]) {
      const t = performance.now();
      const r = f.apply(this, a);
      w.__gl.shaderMs += performance.now() - t;
      if (name === 'linkProgram') w.__gl.programs++;
      return r;
    };
  }
}

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls!.local[0]!;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const rows: { idle: number; context: number; programs: number; shaderMs: number }[] = [];
let top: [string, number][] = [];
let topFns: [string, number][] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // tsx compiles with keepNames: a function passed to the page may call its __name helper.
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await context.addInitScript(instrument);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const last = i === RUNS - 1;
    if (last) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    await page.goto(new URL(query, base).href);
    await page.waitForFunction(
      () => document.querySelector('.map')?.getAttribute('data-ready') === 'true' && !!window.__mapTest?.isIdle(),
      undefined,
      { polling: 16, timeout: 120_000 },
    );
    const idle = await page.evaluate(() => performance.now());
    const gl = await page.evaluate(
      () => (window as unknown as { __gl: { context: number; programs: number; shaderMs: number } }).__gl,
    );
    rows.push({ idle, ...gl });
    if (last) {
      const { profile } = await cdp.send('Profiler.stop');
      const byFile = new Map<string, number>();
      const byFn = new Map<string, number>();
      const node = new Map(profile.nodes.map((n) => [n.id, n]));
      profile.samples!.forEach((id, k) => {
        const f = node.get(id)!.callFrame;
        const key = f.url
          ? f.url
              .split('/')
              .pop()!
              .replace(/-[\w-]{8}\.js$/, '.js')
          : f.functionName;
        const dt = (profile.timeDeltas![k] ?? 0) / 1000;
        byFile.set(key, (byFile.get(key) ?? 0) + dt);
        const fn = `${f.functionName || '(anonymous)'} ${key}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
        if (f.url) byFn.set(fn, (byFn.get(fn) ?? 0) + dt);
      });
      topFns = [...byFn.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
      top = [...byFile.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const m = (k: keyof (typeof rows)[number]) => median(rows.map((r) => r[k])).toFixed(0);
console.log(`first view of ${query}, median of ${RUNS} (ms):`);
console.log(`  navigation to idle              ${m('idle')}`);
console.log(`  WebGL context creation          ${m('context')}`);
console.log(`  shader compile + link           ${m('shaderMs')} (${m('programs')} programs)`);
console.log('main thread of the last run by script (ms, CPU profile):');
for (const [k, v] of top) console.log(`  ${k.padEnd(30)} ${v.toFixed(0)}`);
console.log('busiest functions of the last run (self time, ms; minified names, see the source maps):');
for (const [k, v] of topFns) console.log(`  ${k.padEnd(50)} ${v.toFixed(0)}`);
