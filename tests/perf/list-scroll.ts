/**
 * `npx tsx tests/perf/list-scroll.ts` (after a build; for the 100k case, after
 * `SYNTHETIC_PROJECTS=100000 npm run build`, then `npm run build` to restore the real data): does the result
 * list still scroll smoothly? Serves dist/ with `vite preview`, opens the app, waits for the map, then turns the
 * mouse wheel over the list (the pointer stays on it, so rows pass under it and hover their points on the map,
 * as a user's would) for a few seconds, and records every animation frame meanwhile.
 *
 * Prints the number of rows, how far the list got, frames per second, the median and 95th-percentile frame
 * interval, and frames over 50 ms (a long frame a user notices). Smooth here means the 95th percentile under
 * 50 ms on this machine (SwiftShader draws the map on the CPU, so 60 fps is not the bar), and rows actually
 * rendered at the end (a virtual list that falls behind shows blank space).
 */
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/chromium';

const SECONDS = Number(process.env.SCROLL_SECONDS ?? 4);
const STEP_PX = 240;
/** SCROLL_HOVER=0: scroll the list from script with the pointer away from it (no row hovers its point). */
const HOVER = process.env.SCROLL_HOVER !== '0';

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls!.local[0]!;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(new URL('?lang=en', base).href);
  await page.waitForFunction(
    () => document.querySelector('.map')?.getAttribute('data-ready') === 'true' && !!window.__mapTest?.isIdle(),
    undefined,
    { polling: 100, timeout: 300_000 },
  );
  const rows = Number(await page.getByTestId('results').getAttribute('data-count'));
  // The list sits below the filters in the sidebar: bring it into view first.
  await page.getByTestId('results-scroll').scrollIntoViewIfNeeded();
  const box = (await page.getByTestId('results-scroll').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // A string, not a function: tsx would wrap a named inner function in a helper the page does not have.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    const tick = (t) => {
      window.__frames.push(t);
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const end = Date.now() + SECONDS * 1000;
  if (!HOVER) await page.mouse.move(box.x + box.width + 50, 5);
  while (Date.now() < end) {
    if (HOVER) await page.mouse.wheel(0, STEP_PX);
    else await page.getByTestId('results-scroll').evaluate((el, px) => el.scrollBy(0, px), STEP_PX);
    await page.waitForTimeout(16);
  }
  const r = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    const scroller = document.querySelector('[data-testid="results-scroll"]')!;
    const top = scroller.scrollTop;
    const shown = [...scroller.querySelectorAll('li[data-index]')].filter((li) => {
      const b = li.getBoundingClientRect();
      const s = scroller.getBoundingClientRect();
      return b.bottom > s.top && b.top < s.bottom;
    }).length;
    return { frames: w.__frames, top, shown };
  });
  const gaps = r.frames.slice(1).map((t, i) => t - r.frames[i]!);
  const sorted = [...gaps].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  const span = (r.frames.at(-1)! - r.frames[0]!) / 1000;
  console.log(
    `list scroll, ${rows} rows, ${SECONDS} s of ${HOVER ? 'wheel steps over the list' : 'scrollBy steps, pointer away'} (${STEP_PX} px):`,
  );
  console.log(`  scrolled to            ${Math.round(r.top)} px (list box ${Math.round(box.height)} px high)`);
  console.log(`  rows visible at the end ${r.shown}`);
  console.log(`  frames per second      ${(gaps.length / span).toFixed(1)}`);
  console.log(`  frame interval median  ${q(0.5).toFixed(1)} ms`);
  console.log(`  frame interval p95     ${q(0.95).toFixed(1)} ms`);
  console.log(`  frames over 50 ms      ${gaps.filter((g) => g > 50).length} of ${gaps.length}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
