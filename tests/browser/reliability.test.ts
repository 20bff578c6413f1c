/**
 * Reliability (issue 9, app half): no WebGL, a lost context, a hanging or failing data file, a deep path,
 * the CSP and hostile text in the data. Every page is also checked by the shared guard (helpers.ts): no
 * console error, no CSP violation, no off-machine request.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { AFTER_FIRST_VIEW_MAX_MS } from '../../src/ui/afterFirstView';
import {
  assertClean,
  newPage,
  openApp,
  openProjectFromList,
  listedCount,
  search,
  sharedBrowser,
  waitForMapIdle,
  type Guarded,
} from './helpers';

const PARK = 'zgc-wenquan-science-park-phase-2';
const url = (q: string) => new URL(q, inject('baseUrl')).href;

/** Forgets the console errors a chunk served with 503 causes (the response, the import, React's report of it), and only those. */
const dropChunkFailures = (g: Guarded) => {
  const rest = g.errors.filter(
    (e) =>
      !/status of 503|dynamically imported module|ChunkLoadError|Unable to preload CSS|The above error occurred/.test(
        e,
      ),
  );
  g.errors.splice(0, g.errors.length, ...rest);
};

/**
 * Answers a built file of the app (its path under /assets/ matched by `file`) with 503 until `stop()`: a chunk or
 * stylesheet that does not arrive. `asked()` counts the requests for it.
 */
async function failAsset(page: Page, file: RegExp) {
  let failing = true;
  let asked = 0;
  await page.route(
    (u) => u.pathname.startsWith('/assets/') && file.test(u.pathname.slice('/assets/'.length)),
    (route) => {
      asked++;
      return failing ? route.fulfill({ status: 503, body: 'x' }) : route.fallback();
    },
  );
  return { stop: () => void (failing = false), asked: () => asked };
}

/** Waits for the list to show rows (the data loaded, with or without a map). */
const waitForList = (page: Page) => page.locator('[data-testid="results"] li[data-id]').first().waitFor();

/** The list, search, a project panel and an area profile work: what "works as a list" means here. */
async function listWorks(g: Guarded, lang: 'zh' | 'en') {
  await waitForList(g.page);
  expect(await listedCount(g.page)).toBeGreaterThan(100);
  await openProjectFromList(g.page, PARK, lang === 'en' ? 'Wenquan' : '温泉');
  await expect
    .poll(() => g.page.getByTestId('project-panel').getByRole('heading', { level: 2 }).textContent())
    .toBe(lang === 'en' ? 'Zhongguancun Wenquan Science Park Phase II' : '中关村温泉科技园二期');
  await search(g.page, '');
  await g.page.getByTestId('open-beijing').click();
  await g.page.getByTestId('district-panel').waitFor();
}

describe('without WebGL (--disable-webgl --disable-3d-apis)', () => {
  const browser = sharedBrowser(['--disable-webgl', '--disable-3d-apis']);

  it('says so in English and works as a list: search, project panel, area profile', async () => {
    const g = await newPage(browser(), undefined, 'en-US');
    await g.page.goto(url('?lang=en'));
    const note = g.page.getByTestId('map-unavailable');
    await note.waitFor();
    expect(await note.textContent()).toContain('does not support WebGL');
    expect(await g.page.locator('.maplibregl-canvas').count()).toBe(0);
    await listWorks(g, 'en');
    assertClean(g);
  });

  it('says so in Chinese; filters and the comparison work', async () => {
    const g = await newPage(browser());
    await g.page.goto(url('?compare=110108,110114'));
    const note = g.page.getByTestId('map-unavailable');
    await note.waitFor();
    expect(await note.textContent()).toContain('无法显示地图');
    expect(await note.textContent()).not.toMatch(/the map|GPUInitialization/i);
    await g.page.getByTestId('compare-table').waitFor();
    await waitForList(g.page);
    const all = await listedCount(g.page);
    await g.page.getByTestId('sector-education').check();
    await expect.poll(() => listedCount(g.page)).toBeLessThan(all);
    await g.page.getByTestId('sector-education').uncheck();
    await listWorks(g, 'zh');
    assertClean(g);
  });
});

describe('with WebGL', () => {
  const browser = sharedBrowser();

  // Draws the map three times (drawn, lost, restored): the slowest here, so it has a longer limit.
  it('a lost WebGL context shows a message; the map redraws when it is restored', { timeout: 90_000 }, async () => {
    const g = await newPage(browser());
    await openApp(g, '?view=116.2,40.05,12');
    const canvas = g.page.locator('.maplibregl-canvas');
    const drawn = (await canvas.screenshot()).length;
    await g.page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
      const ext = (c.getContext('webgl2') ?? c.getContext('webgl'))!.getExtension('WEBGL_lose_context')!;
      (window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
      ext.loseContext();
    });
    const note = g.page.getByTestId('map-context-lost');
    await note.waitFor();
    expect(await note.textContent()).toContain('WebGL');
    // A lost context draws nothing: the canvas is blank (a far smaller PNG than the drawn map).
    expect((await canvas.screenshot()).length).toBeLessThan(drawn * 0.3);
    await g.page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
    await expect.poll(() => note.count()).toBe(0);
    await waitForMapIdle(g.page);
    await expect.poll(async () => (await canvas.screenshot()).length).toBeGreaterThan(drawn * 0.7);
    expect(await g.page.evaluate(() => window.__mapTest!.renderedProjectIds())).toContain(PARK);
    assertClean(g);
  });

  it('the metro stations are asked for once the first view is done; when they fail, the map, search and places work without them', async () => {
    const g = await newPage(browser(), undefined, 'en-US');
    // When the page asked for the stations, by its own clock (the app fetches with window.fetch).
    await g.context.addInitScript(() => {
      const w = window as unknown as { __stationsAskedAt: number[] };
      w.__stationsAskedAt = [];
      const f = window.fetch.bind(window);
      window.fetch = (input, init) => {
        const u = input instanceof Request ? input.url : String(input);
        if (u.endsWith('/metro-stations.geojson')) w.__stationsAskedAt.push(performance.now());
        return f(input, init);
      };
    });
    await g.page.route('**/data/metro-stations.geojson', (route) => route.fulfill({ status: 503, body: 'x' }));
    await g.page.goto(url('?lang=en'));
    await waitForMapIdle(g.page);
    const t = await g.page.evaluate(() => ({
      asked: (window as unknown as { __stationsAskedAt: number[] }).__stationsAskedAt,
      drawn: performance.getEntriesByName('map:drawn')[0]!.startTime,
      start: performance.getEntriesByName('app:start')[0]!.startTime,
    }));
    expect(t.asked.length).toBeGreaterThan(0);
    // Not before the first view was drawn, unless the map took longer than the wait for it (src/ui/afterFirstView.ts).
    expect(Math.min(...t.asked)).toBeGreaterThanOrEqual(Math.min(t.drawn, t.start + AFTER_FIRST_VIEW_MAX_MS));
    // Without stations: the projects are drawn, a district is still found as a place, a station is not.
    expect(await g.page.evaluate(() => window.__mapTest!.renderedClusters())).toBeGreaterThan(0);
    await search(g.page, 'haidian');
    const haidian = g.page.locator('[data-place="110108"]');
    await expect.poll(() => haidian.count()).toBe(1);
    await search(g.page, 'xierqi');
    // The places have followed the new search (Haidian is gone) and list no station; the project is still found.
    await expect.poll(() => haidian.count()).toBe(0);
    expect(await g.page.locator('[data-place^="station:"]').count()).toBe(0);
    await expect.poll(() => listedCount(g.page)).toBeGreaterThan(0);
    // The browser logs the 503s (one retry); nothing else may be said.
    const rest = g.errors.filter((e) => !e.includes('status of 503'));
    g.errors.length = 0;
    g.errors.push(...rest);
    assertClean(g);
  });

  it('a data request that hangs ends in the message (timeout) and a retry that works clears it', async () => {
    const g = await newPage(browser(), undefined, 'en-US');
    // The shortened timeout applies to every file: long enough that the small files (areas, districts)
    // always arrive on a busy machine, so only the held one times out.
    await g.context.addInitScript(() => {
      window.__DATA_TIMEOUT_MS = 5000;
    });
    let hang = true;
    const held: Route[] = [];
    await g.page.route('**/data/projects.geojson', (route) => (hang ? void held.push(route) : route.fallback()));
    await g.page.goto(url('?lang=en'));
    const alert = g.page.getByTestId('load-error');
    // The app must start and then wait out the 5 s timeout: on a busy machine the start alone can take 10 s.
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain('projects.geojson: no answer within 5 s');
    expect(await alert.textContent()).not.toContain('areas.json');
    expect(held.length).toBe(1); // a timeout is not retried behind the user's back
    // The areas loaded, and their profiles load when one opens: they still open.
    await g.page.getByTestId('open-beijing').click();
    await g.page.getByTestId('district-panel').waitFor();
    hang = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await waitForList(g.page);
    await waitForMapIdle(g.page);
    expect(await g.page.getByTestId('load-error').count()).toBe(0);
    await Promise.all(held.map((r) => r.abort().catch(() => undefined)));
    assertClean(g);
  });

  it('areas.json and profiles.json failing leave the list, search, filters and project panels working; an area panel that fails says so and loads on Retry', async () => {
    const g = await newPage(browser(), undefined, 'en-US');
    let fail = true;
    for (const file of ['areas.json', 'profiles.json'])
      await g.page.route(`**/data/${file}`, (route) =>
        fail ? route.fulfill({ status: 503, body: 'x' }) : route.fallback(),
      );
    let profilesAsked = 0;
    g.page.on('request', (r) => void (r.url().endsWith('/data/profiles.json') && profilesAsked++));
    await g.page.goto(url('?lang=en'));
    const alert = g.page.getByTestId('load-error');
    await alert.waitFor();
    // The first view loads the areas' names, not their profiles: only areas.json is said to have failed.
    expect(await alert.textContent()).toContain('areas.json: the server answered HTTP 503');
    expect(await alert.textContent()).not.toContain('profiles.json');
    // What still works is said once the other files have loaded, which can be a moment after the alert shows.
    await expect.poll(() => alert.textContent()).toContain('projects, filters and area profiles still work');
    await waitForList(g.page);
    const all = await listedCount(g.page);
    expect(all).toBeGreaterThan(100);
    await g.page.getByTestId('sector-education').check();
    await expect.poll(() => listedCount(g.page)).toBeLessThan(all);
    await g.page.getByTestId('sector-education').uncheck();
    await openProjectFromList(g.page, PARK, 'Wenquan');
    // The first view, the list, the filters and a project panel never asked for the areas' profiles.
    expect(profilesAsked).toBe(0);
    // An area panel needs the profiles: it says they failed, with a retry.
    await g.page.getByTestId('open-beijing').click();
    const panelError = g.page.getByTestId('profiles-error');
    await panelError.waitFor();
    expect(await panelError.textContent()).toContain('profiles.json: the server answered HTTP 503');
    g.errors.length = 0; // the 503s are logged by the browser; what matters is what follows
    fail = false;
    await g.page.getByTestId('profiles-retry').click();
    await g.page.getByTestId('district-panel').waitFor();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => g.page.getByTestId('load-error').count()).toBe(0);
    assertClean(g);
  });

  it('a results list chunk that fails says so in its place and loads on Retry, focus moving into the list', async () => {
    const g = await newPage(browser(), undefined, 'en-US');
    // The results list is a chunk of its own, loaded after the first view (src/list/LazyResultsList.tsx).
    const list = await failAsset(g.page, /^ResultsList-[\w-]+\.js$/);
    await g.page.goto(url('?lang=en'));
    // Its place says so (the rest of the page is still there), and Retry loads it.
    const listFailed = g.page.getByTestId('results-failed');
    await listFailed.waitFor();
    expect(await listFailed.getByRole('alert').textContent()).toContain('The project list could not be loaded.');
    expect(await g.page.getByTestId('search').count()).toBe(1);
    list.stop();
    await g.page.getByTestId('results-retry').click();
    await waitForList(g.page);
    // Focus was on Retry: it moves into the list that replaced it, not to the page's body.
    await expect.poll(() => g.page.evaluate(() => !!document.activeElement?.closest('#results'))).toBe(true);
    expect(await listedCount(g.page)).toBeGreaterThan(100);
    dropChunkFailures(g); // the chunk's 503 and the failed import are logged by the browser
    assertClean(g);
  });

  it("the panels' chunk that fails says so in the page's language and opens the panel on Retry", async () => {
    const g = await newPage(browser());
    // The panels are a chunk of their own (src/panels/PanelHost.tsx); a link to a project needs it at once.
    // Browsers keep a failed import (Chromium 150 sends no second request): Retry must ask for it anew.
    const panels = await failAsset(g.page, /^panels-[\w-]+\.js$/);
    await g.page.goto(url(`?project=${PARK}`));
    const failed = g.page.getByRole('alert').filter({ hasText: '无法加载面板的程序' });
    await failed.waitFor();
    // Said in the interface's words, not the browser's.
    expect(await failed.textContent()).not.toContain('import');
    const before = panels.asked();
    panels.stop();
    await failed.getByRole('button', { name: '重试' }).click();
    await expect
      .poll(() => g.page.getByTestId('project-panel').getByRole('heading', { level: 2 }).textContent())
      .toBe('中关村温泉科技园二期');
    expect(panels.asked()).toBeGreaterThan(before);
    dropChunkFailures(g); // the chunk's 503 and the failed import are logged by the browser
    assertClean(g);
  });

  it('a download whose code does not arrive says so, and the next click downloads', async () => {
    const g = await newPage(browser(), undefined, 'en-US');
    const code = await failAsset(g.page, /^downloads-[\w-]+\.js$/);
    await openApp(g, '?lang=en&sector=education');
    await g.page.getByTestId('download-csv').click();
    await expect
      .poll(() => g.page.getByTestId('export-menu').getByRole('status').textContent())
      .toBe('Could not download: the code for it could not be loaded; check the connection and try again');
    code.stop();
    const [file] = await Promise.all([g.page.waitForEvent('download'), g.page.getByTestId('download-csv').click()]);
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    dropChunkFailures(g); // the chunk's 503 and the failed import are logged by the browser
    assertClean(g);
  });

  it("a chart whose stylesheet does not arrive says so, and Retry draws it with Chartist's styles", async () => {
    const g = await newPage(browser(), undefined, 'en-US');
    const css = await failAsset(g.page, /^renderBar-[\w-]+\.css$/);
    await openApp(g, '?district=110108&lang=en');
    await g.page.getByTestId('show-charts').locator('summary').click();
    const chart = g.page.getByTestId('chart-result-target').first();
    await expect
      .poll(() => chart.getByRole('alert').textContent())
      .toContain('The chart could not load: the code for it could not be loaded');
    // Every chart of the panel failed with it (they share the code), each with a Retry.
    const retries = g.page.getByTestId('chart-retry');
    expect(await retries.count()).toBeGreaterThan(1);
    css.stop();
    await chart.getByTestId('chart-retry').click();
    await expect.poll(() => chart.locator('svg .ct-bar').count()).toBeGreaterThan(1);
    // Focus stayed in the chart (its button went), and one Retry drew every chart that had failed.
    expect(await g.page.evaluate(() => !!document.activeElement?.closest('figure'))).toBe(true);
    await expect.poll(() => retries.count()).toBe(0);
    for (const figure of await g.page.locator('figure.chart-block').all())
      await expect.poll(() => figure.locator('svg .ct-bar').count()).toBeGreaterThan(0);
    // The stylesheet was asked for again and applies (Vite's preload had left the failed link in the page).
    expect(
      await g.page.evaluate(() =>
        [...document.styleSheets].some((s) => /\/renderBar-[\w-]+\.css$/.test(s.href ?? '') && s.cssRules.length > 0),
      ),
    ).toBe(true);
    dropChunkFailures(g); // the stylesheet's 503 is logged by the browser
    assertClean(g);
  });

  it("bad content is explained in Chinese without the validator's text; the area profiles still open", async () => {
    const g = await newPage(browser());
    await g.page.route('**/data/projects.geojson', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ type: 'Nope', features: [] }) }),
    );
    await g.page.goto(url(''));
    const alert = g.page.getByTestId('load-error');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('projects.geojson');
    expect(text).toContain('文件内容与预期不符（位置：type）');
    expect(text).not.toMatch(/Invalid|expected|input/);
    await g.page.getByTestId('open-beijing').click();
    await g.page.getByTestId('district-panel').waitFor();
    await g.page.getByTestId('open-bda').click();
    await expect
      .poll(() => g.page.getByTestId('district-panel').getByRole('heading', { level: 2 }).textContent())
      .toContain('开发区');
    assertClean(g);
  });

  it('a deep path on a host that serves index.html everywhere (/a/b/) loads the app and its data', async () => {
    const g = await newPage(browser());
    await g.page.goto(url('/a/b/?lang=en'));
    await waitForMapIdle(g.page);
    await waitForList(g.page);
    assertClean(g);
  });

  it('the build carries a strict CSP, and the guard fails a page on any violation', async () => {
    const g = await newPage(browser());
    await openApp(g);
    const policy = await g.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self';");
    // Scripts: no eval, no inline code. The only relaxation is style attributes (the charts' SVG sizing).
    expect(policy).toContain("script-src 'self';");
    expect(policy!.replace("style-src-attr 'unsafe-inline'", '')).not.toMatch(/unsafe-eval|unsafe-inline/);
    // The check can fail: an inline script put into the page is refused, and the guard hears of it.
    await g.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = 1';
      document.body.append(s);
    });
    await expect.poll(() => g.errors.some((e) => e.startsWith('CSP violation: script-src'))).toBe(true);
    expect(await g.page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
    g.errors.length = 0;
    assertClean(g);
  });

  it('script and HTML payloads in names, summaries and quotes show as text and run nothing', async () => {
    const g = await newPage(browser(), undefined, 'en-US');
    const dialogs: string[] = [];
    g.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const NAME_EN = '<img src=x onerror="window.__pwned=1;alert(1)">Park';
    const NAME_ZH = '<script>window.__pwned=2;alert(2)</script>园区';
    const SUMMARY = '<svg onload="window.__pwned=3;alert(3)"></svg>{{constructor}}';
    const QUOTE = '"><iframe src="javascript:alert(4)"></iframe>温泉';
    await g.page.route('**/data/projects.geojson', async (route) => {
      const res = await route.fetch();
      const fc = (await res.json()) as { features: { id: string; properties: Record<string, unknown> }[] };
      for (const f of fc.features.filter((x) => x.id === PARK))
        Object.assign(f.properties, { name_en: NAME_EN, name_zh: NAME_ZH, summary_en: SUMMARY });
      await route.fulfill({ response: res, body: JSON.stringify(fc) });
    });
    // The quotes are in the project's details file (src/data/details.ts).
    await g.page.route('**/data/project-details-*.json', async (route) => {
      const res = await route.fetch();
      const chunk = (await res.json()) as Record<string, { sources: { quote: string }[] }>;
      if (chunk[PARK]) chunk[PARK].sources[0]!.quote = QUOTE;
      await route.fulfill({ response: res, body: JSON.stringify(chunk) });
    });
    await g.page.goto(url(`?lang=en&project=${PARK}`));
    const panel = g.page.getByTestId('project-panel');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe(NAME_EN);
    expect(await panel.textContent()).toContain(SUMMARY);
    await expect.poll(() => panel.locator('blockquote').allTextContents()).toContain(QUOTE);
    await search(g.page, 'Park');
    await expect.poll(() => g.page.locator(`[data-id="${PARK}"]`).textContent()).toContain(NAME_EN);
    await g.page.getByTestId('lang-switch').click();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe(NAME_ZH);
    expect(await g.page.locator('main img, main svg[onload], main iframe, main script').count()).toBe(0);
    expect(await g.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    assertClean(g);
  });
});
