/** Steps the perf scripts share on the app's page. */
import type { Page } from 'playwright-core';

/**
 * The camera the 100k rows are measured at: zoom 9 over the city, English (points unclustered below 10,000
 * projects, clustered until zoom 11 from there: clusterMaxZoom in src/data/tiles.ts).
 */
export const BENCH_VIEW = '?lang=en&view=116.35,39.95,9';

/** Opens the app at the bench's view, waits until the map is idle with its data drawn, then `settleMs` more. */
export async function openAtBenchView(page: Page, baseUrl: string, settleMs = 2000): Promise<void> {
  await page.goto(`${baseUrl}/${BENCH_VIEW}`);
  await page.waitForFunction(
    () => document.querySelector('.map')?.getAttribute('data-ready') === 'true' && !!window.__mapTest?.isIdle(),
    undefined,
    { polling: 50, timeout: 180_000 },
  );
  await page.waitForTimeout(settleMs);
}

/**
 * Ticks the education sector in the UI: ms until the URL has it and the map is idle with it drawn (between
 * the User Timing marks `filter:start` and `filter:end`, for traces).
 */
export const tickSector = (page: Page): Promise<number> =>
  page.evaluate(async () => {
    performance.mark('filter:start');
    const t0 = performance.now();
    document.querySelector<HTMLInputElement>('[data-testid="sector-education"]')!.click();
    const done = () =>
      new URL(location.href).searchParams.has('sector') &&
      document.querySelector('.map')?.getAttribute('data-ready') === 'true' &&
      !!window.__mapTest?.isIdle();
    do await new Promise((r) => requestAnimationFrame(r));
    while (!done());
    performance.mark('filter:end');
    return performance.now() - t0;
  });
