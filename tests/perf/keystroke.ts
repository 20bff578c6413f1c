/**
 * `npx tsx tests/perf/keystroke.ts [--sizes=0,1000,100000] [--rounds=3] [--no-build] [--dist=dist,dist-before] [--profile] [--cpu]`: issue 12's
 * number — one search keystroke, from its input event to the result count changed — at the real data (size
 * 0: the 159 real projects) and at n synthetic projects added to them (SYNTHETIC_PROJECTS, see
 * geo/build/synthetic.ts), against a production build served from localhost, in Debian's Chromium.
 *
 * Per size and round, a fresh page: wait until the map is idle and 2 s more (as `npm run bench` does: the
 * search index is built at an idle moment after load), then type "h" and then "o" ("ho"), each timed from
 * its input event to the change of `[data-testid="result-count"]`, and "ho" also until the map is idle with
 * the new filter drawn; then scroll the result list for a second
 * and report the 95th-percentile frame time while it scrolls. Medians of the rounds, as a table. `--profile` also prints
 * the functions with the most self time during the first keystroke (a CPU profile; build with
 * `npx vite build --minify false --outDir dist-prof` for readable names and pass `--no-build --dist=dist-prof`).
 * Restores the real data in public/data/ and dist/data/ at the end.
 */
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/chromium';
import { openAtBenchView } from './appPage';
import { serveFiles } from './staticServer';
import { putData } from './syntheticData';

const argv = process.argv.slice(2);
const opt = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const ROUNDS = Number(opt('rounds') ?? 3);
const SIZES = (opt('sizes') ?? '0,1000,100000').split(',').map(Number);
/** `--profile`: a CPU profile of the first key ("h"); `--profile=ho`: of the second ("o"); `--profile=again`: of "h" typed again. */
const PROFILE = argv.includes('--profile') ? 'h' : opt('profile');
/**
 * `--cpu`: a CPU profile of "h" in every round, and a column with the main thread's time in the app's own
 * scripts and libraries between the keystroke's marks (less noisy than the wall time, which also holds
 * MapLibre drawing, layout and the wait for a frame).
 */
const CPU = argv.includes('--cpu');
const RENDERS = argv.includes('--renders');
/**
 * `--renders`: which components render during the first keystroke (and 500 ms after), counted from React's
 * commits through the DevTools hook (the rule React DevTools uses: a component rendered when it is new or
 * has the PerformedWork flag; a subtree whose children are the same objects as before was skipped). Names
 * need an unminified build.
 */
const RENDER_HOOK = `(() => {
  const counts = new Map();
  const name = (t) => (t && (t.displayName || t.name || (t.type && (t.type.displayName || t.type.name)) || (t.render && t.render.name))) || null;
  const walk = (next, prev) => {
    const t = next.type;
    if (typeof t === 'function' || (t && typeof t === 'object' && (t.$$typeof || t.type || t.render))) {
      const n = name(t);
      if (n && (!prev || next.flags & 1)) counts.set(n, (counts.get(n) || 0) + 1);
    }
    if (prev && next.child === prev.child) return;
    for (let c = next.child; c; c = c.sibling) walk(c, c.alternate);
  };
  window.__renders = { on: false, counts };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, isDisabled: false, renderers: new Map(),
    inject() { return 1; }, checkDCE() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {}, onScheduleFiberRoot() {},
    onCommitFiberRoot(_id, root) { if (window.__renders.on) walk(root.current, root.current.alternate); },
  };
})();`;
const ROOT = resolve(import.meta.dirname, '../..');
/** The builds to measure (`--dist=dist,dist-before`: alternating, so a shared machine's load falls on both alike). */
const DISTS = (opt('dist') ?? 'dist').split(',');
const log = (m: string) => process.stderr.write(`  keystroke: ${m}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const data = (n: number) => putData(n, DISTS);

/** Serves one build at the root (its paths are absolute: /assets, /data). */
const serve = (dist: string) => serveFiles((path) => ({ root: dist, rel: path.slice(1) }));

/** Types one key into the focused search box: ms from its input event to the result count changing. */
async function key(page: Page, k: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __ks: { t0?: number; t1?: number } };
    w.__ks = {};
    // 1 ms in a function of its own at both ends, so `--profile` can find the keystroke in the samples.
    const mark = function ksMark(t: number) {
      while (performance.now() < t + 1);
    };
    document.querySelector('[data-testid="search"]')!.addEventListener(
      'input',
      () => {
        w.__ks.t0 ??= performance.now();
        mark(w.__ks.t0);
      },
      { capture: true, once: true },
    );
    const o = new MutationObserver(() => {
      if (w.__ks.t0 !== undefined && w.__ks.t1 === undefined) {
        w.__ks.t1 = performance.now();
        mark(w.__ks.t1);
        o.disconnect();
      }
    });
    o.observe(document.querySelector('[data-testid="result-count"]')!, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
  await page.keyboard.press(k);
  await page.waitForFunction(() => (window as unknown as { __ks: { t1?: number } }).__ks.t1 !== undefined, undefined, {
    timeout: 120_000,
  });
  return page.evaluate(() => {
    const k = (window as unknown as { __ks: { t0: number; t1: number } }).__ks;
    return k.t1 - k.t0;
  });
}

/** After a key: ms from its input event until the map has drawn the new filter and is idle. */
async function untilMapIdle(page: Page): Promise<number> {
  await page.waitForFunction(() => !!window.__mapTest?.isIdle(), undefined, { polling: 20, timeout: 120_000 });
  return page.evaluate(() => performance.now() - (window as unknown as { __ks: { t0: number } }).__ks.t0);
}

/** Scrolls the result list for about a second (wheel events): the 95th percentile of the frame-to-frame gaps, in ms. */
async function scroll(page: Page): Promise<number> {
  const box = await page.locator('.result-scroll').boundingBox();
  if (!box) return NaN;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __on: boolean };
    w.__frames = [];
    w.__on = true;
    const f = (t: number) => {
      w.__frames.push(t);
      if (w.__on) requestAnimationFrame(f);
    };
    requestAnimationFrame(f);
  });
  for (let i = 0; i < 30; i++) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(30);
  }
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __on: boolean };
    w.__on = false;
    const gaps = w.__frames
      .slice(1)
      .map((t, i) => t - w.__frames[i]!)
      .sort((a, b) => a - b);
    return gaps[Math.floor(gaps.length * 0.95)] ?? NaN;
  });
}

/** Starts a CPU profile of the page's main thread (100 µs samples). */
async function startProfile(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return cdp;
}

/** Where the main thread's time between the keystroke's marks went, ms. */
interface CpuSplit {
  /** The app's own chunks and its libraries (React, i18next…): what the keystroke runs. */
  app: number;
  /** MapLibre's main-thread work (drawing, which may overlap the keystroke). */
  maplibre: number;
  /** Outside JavaScript (style, layout, paint, the browser) and garbage collection. */
  other: number;
  idle: number;
}

/** Prints the functions with the most self time between the keystroke's two marks (`quiet`: only the split). */
async function printProfile(cdp: CDPSession, label: string, quiet = false, wallMs = 0): Promise<CpuSplit | null> {
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const parent = new Map<number, number>();
  for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  const inMark = (id: number | undefined): boolean =>
    id !== undefined && (byId.get(id)!.callFrame.functionName === 'ksMark' || inMark(parent.get(id)));
  // Only the samples from the input event's mark to the result count's mark.
  const marks = profile.samples!.flatMap((id, j) => (inMark(id) ? [j] : []));
  const from = marks[0] ?? 0;
  const end = marks.findLast((j) => j > from + 12);
  const to = end ?? profile.samples!.length;
  const self = new Map<string, number>();
  let idle = 0;
  const split: CpuSplit = { app: 0, maplibre: 0, other: 0, idle: 0 };
  profile.samples!.forEach((id, j) => {
    if (j < from || j > to) return;
    const f = byId.get(id)!.callFrame;
    const dt = (profile.timeDeltas![j] ?? 0) / 1000;
    if (f.functionName === '(idle)') {
      idle += dt;
      return;
    }
    const file = f.url.split('/').pop() ?? '';
    if (/^maplibre-/.test(file)) split.maplibre += dt;
    else if (/^[\w.$-]+-[\w-]+\.js$/.test(file)) split.app += dt;
    else split.other += dt;
    const k = `${f.functionName || '(anon)'} ${file}:${f.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + dt);
  });
  split.idle = idle;
  // A window is measured when both marks were sampled and it spans at least half the keystroke's wall time.
  const valid = end !== undefined && split.app + split.maplibre + split.other + idle >= wallMs / 2;
  const line = `app ${split.app.toFixed(0)}, MapLibre ${split.maplibre.toFixed(0)}, other ${split.other.toFixed(0)}, idle ${idle.toFixed(0)} ms`;
  if (quiet) {
    log(`${label}: main thread ${valid ? line : `not measured (${line}: a mark was not sampled)`}`);
    return valid ? split : null;
  }
  console.log(`\nprofile of ${label}, self ms (the main thread was idle for ${idle.toFixed(0)} ms of it):`);
  console.log(
    [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30)
      .map(([k, v]) => `${v.toFixed(1).padStart(8)} ${k}`)
      .join('\n'),
  );
  console.log(`(${line})`);
  return valid ? split : null;
}

if (!argv.includes('--no-build')) {
  data(0);
  await build({ root: ROOT, logLevel: 'warn' });
}
const servers = await Promise.all(DISTS.map((d) => serve(resolve(ROOT, d))));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const rows: string[] = [];
try {
  for (const n of SIZES) {
    data(n);
    const m = DISTS.map(() => ({
      h: [] as number[],
      ho: [] as number[],
      idle: [] as number[],
      frame: [] as number[],
      again: [] as number[],
      cpu: [] as number[],
    }));
    for (let r = 0; r < ROUNDS * DISTS.length; r++) {
      const i = Math.floor(r / DISTS.length);
      // Alternating order per round: ABBA…
      const which = i % 2 ? DISTS.length - 1 - (r % DISTS.length) : r % DISTS.length;
      const { url } = servers[which]!;
      const { h, ho, idle, frame, again, cpu } = m[which]!;
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
      if (RENDERS && i === 0) await context.addInitScript({ content: RENDER_HOOK });
      const page = await context.newPage();
      await openAtBenchView(page, url);
      await page.focus('[data-testid="search"]');
      const cdp = (PROFILE === 'h' && i === 0) || CPU ? await startProfile(page) : null;
      if (RENDERS && i === 0)
        await page.evaluate(() => ((window as unknown as { __renders: { on: boolean } }).__renders.on = true));
      h.push(await key(page, 'h'));
      const label = `"h", ${DISTS[which]}, at ${n} (+159)`;
      const split = cdp ? await printProfile(cdp, label, !(PROFILE === 'h' && i === 0), h.at(-1)) : null;
      if (split) cpu.push(split.app);
      if (RENDERS && i === 0) {
        await page.waitForTimeout(500);
        const counts = await page.evaluate(() => {
          const r = (window as unknown as { __renders: { on: boolean; counts: Map<string, number> } }).__renders;
          r.on = false;
          return [...r.counts].sort((a, b) => b[1] - a[1]);
        });
        console.log(`\ncomponents rendered by "h", ${DISTS[which]}, at ${n} (+159):`);
        console.log(counts.map(([k, v]) => `${String(v).padStart(5)} ${k}`).join('\n'));
      }
      await page.waitForTimeout(300);
      const cdpHo = PROFILE === 'ho' && i === 0 ? await startProfile(page) : null;
      ho.push(await key(page, 'o'));
      if (cdpHo) await printProfile(cdpHo, `"ho", ${DISTS[which]}, at ${n} (+159)`);
      idle.push(await untilMapIdle(page));
      await page.waitForTimeout(300);
      frame.push(await scroll(page));
      // The same first key again, on code the page has run before: how much of "h" is code run for the first time.
      await page.fill('[data-testid="search"]', '');
      await untilMapIdle(page);
      await page.waitForTimeout(300);
      await page.focus('[data-testid="search"]');
      const cdpAgain = PROFILE === 'again' && i === 0 ? await startProfile(page) : null;
      again.push(await key(page, 'h'));
      if (cdpAgain) await printProfile(cdpAgain, `"h" again, ${DISTS[which]}, at ${n} (+159)`);
      log(
        `${DISTS[which]} ${n}: h ${h.at(-1)!.toFixed(0)} ms, ho ${ho.at(-1)!.toFixed(0)} ms (map idle ${idle.at(-1)!.toFixed(0)} ms), h again ${again.at(-1)!.toFixed(0)} ms, p95 scroll frame ${frame.at(-1)!.toFixed(0)} ms`,
      );
      await context.close();
    }
    DISTS.forEach((d, j) =>
      rows.push(
        `| ${n + 159} | ${d} | ${median(m[j]!.h).toFixed(0)} | ${median(m[j]!.ho).toFixed(0)} | ${median(m[j]!.idle).toFixed(0)} | ${median(m[j]!.frame).toFixed(0)} | ${median(m[j]!.again).toFixed(0)} |${CPU ? ` ${m[j]!.cpu.length ? median(m[j]!.cpu).toFixed(0) : '—'} |` : ''}`,
      ),
    );
  }
} finally {
  await browser.close();
  for (const { server } of servers) server.close();
  if (SIZES.some((n) => n > 0)) data(0);
}
console.log(
  [
    '',
    `| projects | build | "h": input → count (ms) | "ho" (ms) | "ho": input → map idle (ms) | frame while scrolling the list, p95 (ms) | "h" again, after clearing (ms) |${CPU ? ' "h": app scripts\' CPU (ms) |' : ''}`,
    `|---:|---|---:|---:|---:|---:|---:|${CPU ? '---:|' : ''}`,
    ...rows,
    '',
    `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${CHROMIUM}, medians of ${ROUNDS} rounds, ${new Date().toISOString()}`,
  ].join('\n'),
);
