import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  assertClean,
  clickProjectOnMap,
  newPage,
  openApp,
  sharedBrowser,
  sharedPage,
  projectsData,
  renderedProjectIds,
  listedCount,
  resultIds,
  screenPoint,
  search,
  waitForMapIdle,
} from './helpers';

const browser = sharedBrowser();
/** Tests of what a view shows share a page per language (see sharedPage). */
const english = sharedPage(browser);
const chinese = sharedPage(browser);

describe('filter and search', () => {
  it('a sector filter draws fewer points, only of that sector, and updates list and counts', async () => {
    const g = await newPage(browser());
    await openApp(g, '?view=116.3,40.0,10&lang=en');
    const before = await renderedProjectIds(g.page);
    const listBefore = await listedCount(g.page);
    await g.page.getByTestId('sector-healthcare').check();
    await waitForMapIdle(g.page);
    await expect.poll(async () => (await renderedProjectIds(g.page)).length).toBeLessThan(before.length);
    const after = await renderedProjectIds(g.page);
    expect(after.length).toBeGreaterThan(0);
    // The data file once, not once per drawn point.
    const byId = await projectsData(g.page);
    for (const id of after) expect(byId.get(id)?.properties.sector).toBe('healthcare');
    expect(await listedCount(g.page)).toBeLessThan(listBefore);
    expect(new URL(g.page.url()).searchParams.get('sector')).toBe('healthcare');
    // The chip removes the filter; "clear all" is there too.
    await g.page.getByRole('button', { name: 'Remove filter: Healthcare' }).click();
    await expect.poll(() => listedCount(g.page)).toBe(listBefore);
    assertClean(g);
  });

  it('finds 中关村 projects by "zgc" as you type, and draws only matches', async () => {
    const g = await newPage(browser());
    await openApp(g, '?lang=zh');
    await search(g.page, 'zgc');
    await expect.poll(() => listedCount(g.page)).toBeGreaterThan(3);
    const names = await g.page.locator('[data-testid="results"] .result-name').allTextContents();
    expect(names.slice(0, 3).every((n) => n.includes('中关村'))).toBe(true);
    await waitForMapIdle(g.page);
    const drawn = await renderedProjectIds(g.page);
    const listed = new Set(await resultIds(g.page));
    expect(drawn.every((id) => listed.has(id))).toBe(true);
    assertClean(g);
  });

  it('clusters overlapping points at city zoom; a cluster click zooms in', async () => {
    const g = await newPage(browser());
    await openApp(g);
    expect(await g.page.evaluate(() => window.__mapTest!.renderedClusters())).toBeGreaterThan(0);
    const zoom = await g.page.evaluate(() => window.__mapTest!.zoom());
    // Haidian's district-level projects share one point, which sits in a cluster at city zoom.
    const f = (await g.page.evaluate(async () => (await fetch('data/projects.geojson')).json())) as {
      features: { properties: { district: string; precision: string }; geometry: { coordinates: [number, number] } }[];
    };
    const approx = f.features.find((x) => x.properties.district === '110108' && x.properties.precision === 'district')!;
    const [x, y] = await screenPoint(g.page, approx.geometry.coordinates);
    await g.page.mouse.click(x, y);
    await expect.poll(() => g.page.evaluate(() => window.__mapTest!.zoom())).toBeGreaterThan(zoom + 0.5);
    assertClean(g);
  });
});

describe('list and map as one', () => {
  it('hovering a row highlights its point; clicking flies to it and opens its panel; a map click marks the row', async () => {
    const g = await newPage(browser());
    await openApp(g, '?lang=en');
    const id = 'zgc-wenquan-science-park-phase-2';
    await search(g.page, 'Wenquan Science Park');
    const row = g.page.locator(`[data-id="${id}"] button`);
    await row.hover();
    await expect.poll(() => g.page.evaluate((i) => window.__mapTest!.projectState(i).hover, id)).toBe(true);
    await row.click();
    await expect.poll(() => g.page.getByTestId('project-panel').isVisible()).toBe(true);
    await waitForMapIdle(g.page);
    // The park is placed to its town: the camera stops at town zoom (12), where its halo says so.
    expect(await g.page.evaluate(() => window.__mapTest!.zoom())).toBeGreaterThanOrEqual(11.9);
    expect(await renderedProjectIds(g.page)).toContain(id);

    // Now pick another park on the map: its row becomes current.
    await search(g.page, '');
    await g.page.getByTestId('project-panel').getByRole('button', { name: 'Close' }).click();
    await clickProjectOnMap(g.page, id);
    // A town centroid can hold several projects: the stack's chooser lists them, and this one is picked.
    if (await g.page.getByTestId('stack-chooser').isVisible())
      await g.page.getByTestId('stack-chooser').locator(`button[data-id="${id}"]`).click();
    await expect.poll(() => g.page.locator(`[data-id="${id}"] button`).getAttribute('aria-current')).toBe('true');
    assertClean(g);
  });

  it('lists projects located only to district, and says so', async () => {
    const g = await english('?lang=en&area=110101');
    const metas = await g.page.locator('[data-testid="results"] .result-meta').allTextContents();
    expect(metas.some((m) => m.includes('Located only to district'))).toBe(true);
    assertClean(g);
  });
});

describe('links, languages and history', () => {
  // Two tests, one page each (one test of both took 25-30 s of its 60 s limit in CI): what the page writes into
  // its link, and what a link restores. That a written link reads back the same is tests/unit/url.test.ts's.
  it('filters, search, selection, camera and language are written into the link', async () => {
    const g = await newPage(browser());
    await openApp(g, '?lang=en&view=116.25,40.05,11.5');
    await g.page.getByTestId('sector-industrial_park').check();
    await g.page.getByTestId('area-select').selectOption('110108');
    await search(g.page, 'science');
    const id = await g.page.locator('[data-testid="results"] li[data-id]').first().getAttribute('data-id');
    await g.page.locator(`[data-testid="results"] li[data-id="${id}"] button`).first().click();
    await expect.poll(() => g.page.getByTestId('project-panel').isVisible()).toBe(true);
    await waitForMapIdle(g.page);
    // The link's camera is the one the map has come to rest at, wherever opening the project moved it.
    const camera = async () => {
      const view = new URL(g.page.url()).searchParams.get('view')?.split(',').map(Number) ?? [];
      const { center, zoom } = await g.page.evaluate(() => ({
        center: window.__mapTest!.center(),
        zoom: window.__mapTest!.zoom(),
      }));
      return (
        view.length === 3 &&
        Math.abs(view[0]! - center[0]) < 1e-4 &&
        Math.abs(view[1]! - center[1]) < 1e-4 &&
        Math.abs(view[2]! - zoom) < 0.02
      );
    };
    await expect.poll(camera).toBe(true);
    const params = new URL(g.page.url()).searchParams;
    expect(params.get('sector')).toBe('industrial_park');
    expect(params.get('area')).toBe('110108');
    expect(params.get('q')).toBe('science');
    expect(params.get('project')).toBe(id);
    expect(params.get('lang')).toBe('en');
    assertClean(g);
  });

  it('a shared link restores filters, search, selection, camera and language', async () => {
    const fc = JSON.parse(readFileSync('dist/data/projects.geojson', 'utf8')) as {
      features: { id: string; properties: { sector: string; district: string; name_en: string } }[];
    };
    const shared = fc.features.find(
      (f) =>
        f.properties.sector === 'industrial_park' &&
        f.properties.district === '110108' &&
        /science/i.test(f.properties.name_en),
    )!;
    const g = await newPage(browser());
    await openApp(
      g,
      `?lang=en&sector=industrial_park&area=110108&q=science&project=${shared.id}&view=116.3,40.02,12.75`,
    );
    const panel = g.page.getByTestId('project-panel');
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe(shared.properties.name_en);
    expect(await g.page.getByTestId('sector-industrial_park').isChecked()).toBe(true);
    expect(await g.page.getByTestId('area-select').inputValue()).toBe('110108');
    expect(await g.page.getByTestId('search').inputValue()).toBe('science');
    expect(Math.abs((await g.page.evaluate(() => window.__mapTest!.zoom())) - 12.75)).toBeLessThan(0.05);
    expect(await g.page.locator('h1').textContent()).toBe('Beijing district plans 2025');
    assertClean(g);
  });

  it('Back and Forward move through selections', async () => {
    const g = await chinese('?district=110108&lang=zh');
    await g.page.getByTestId('district-panel').locator('.project-links button').first().click();
    await expect.poll(() => g.page.getByTestId('project-panel').isVisible()).toBe(true);
    expect(await g.page.title()).not.toMatch(/^海淀区 ·/);
    await g.page.goBack();
    await expect.poll(() => g.page.getByTestId('district-panel').isVisible()).toBe(true);
    expect(await g.page.title()).toBe('海淀区 · 北京各区2025年规划地图');
    await g.page.goForward();
    await expect.poll(() => g.page.getByTestId('project-panel').isVisible()).toBe(true);
    assertClean(g);
  });

  it('switches language: interface, data and units', async () => {
    const g = await chinese('?district=110108&lang=zh');
    const panel = g.page.getByTestId('district-panel');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('海淀区');
    expect(await panel.textContent()).toContain('12,907.1亿元');
    await g.page.getByTestId('lang-switch').click();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Haidian');
    // Switching language keeps the keyboard user where they were.
    expect(await g.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('lang-switch');
    expect(await panel.textContent()).toContain('CNY 1,290.71 billion');
    expect(new URL(g.page.url()).searchParams.get('lang')).toBe('en');
    expect(await g.page.evaluate(() => document.documentElement.lang)).toBe('en');
    assertClean(g);
  });

  it('uses the browser language when the URL has none', async () => {
    const g = await newPage(browser(), undefined, 'en-US');
    await openApp(g);
    expect(await g.page.locator('h1').textContent()).toBe('Beijing district plans 2025');
    assertClean(g);
  });

  it('opens the BDA and the city-wide profiles, which have no district outline', async () => {
    const g = await english('?lang=en');
    await g.page.getByTestId('open-bda').click();
    const panel = g.page.getByTestId('district-panel');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toContain('Development Area');
    expect(await panel.locator('.project-links li').count()).toBeGreaterThan(3);
    await g.page.getByTestId('open-beijing').click();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Beijing (city-wide)');
    expect(await panel.locator('.plans li').count()).toBeGreaterThan(5);
    assertClean(g);
  });

  it('compares two districts side by side', async () => {
    const g = await english('?compare=110108,110114&lang=en');
    const table = g.page.getByTestId('compare-table');
    await expect.poll(() => table.isVisible()).toBe(true);
    const heads = await table.locator('thead th').allTextContents();
    expect(heads.slice(1)).toEqual(['Haidian', 'Changping']);
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(3);
    await g.page.getByTestId('compare-110101').check();
    await expect.poll(() => new URL(g.page.url()).searchParams.get('compare')).toBe('110108,110114,110101');
    assertClean(g);
  });
});
