import { describe, expect, it } from 'vitest';
import {
  assertClean,
  clickProjectOnMap,
  newPage,
  openApp,
  sharedBrowser,
  sharedPage,
  PHONE,
  renderedProjectIds,
} from './helpers';

const PARK = 'zgc-wenquan-science-park-phase-2';

const browser = sharedBrowser();
/** The two English district panels share a page: the first is restored from the URL, the second in-app. */
const english = sharedPage(browser);

describe('the map', () => {
  it('renders all Beijing with points and clusters, no console errors and no off-machine request', async () => {
    const g = await newPage(browser());
    await openApp(g);
    // All Beijing: districts and labels, points and clusters of overlapping points.
    expect((await renderedProjectIds(g.page)).length).toBeGreaterThan(0);
    expect(await g.page.evaluate(() => window.__mapTest!.renderedClusters())).toBeGreaterThan(0);
    assertClean(g);
  });

  it("draws Haidian's science parks one by one at district zoom", async () => {
    const g = await newPage(browser());
    await openApp(g, '?view=116.2,40.05,12');
    const ids = await renderedProjectIds(g.page);
    expect(ids).toContain(PARK);
    expect(ids.length).toBeGreaterThanOrEqual(18);
    const canvas = await g.page.locator('.maplibregl-canvas').boundingBox();
    expect(canvas!.width).toBeGreaterThan(600);
    assertClean(g);
  });

  it('opens a park panel with its floor areas and quote when its point is clicked', async () => {
    const g = await newPage(browser());
    await openApp(g, '?view=116.18,40.04,12');
    await clickProjectOnMap(g.page, PARK);
    const panel = g.page.getByTestId('project-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('中关村温泉科技园二期');
    expect(await panel.getByTestId('floor_area_total').textContent()).toContain('30.4万平方米');
    expect(await panel.getByTestId('floor_area_total').textContent()).toContain('304,000 m²');
    expect(await panel.getByTestId('floor_area_above_ground').textContent()).toContain('17.9万平方米');
    // The quotes come from the project's details file, loaded ahead once the page is idle or when the panel opens.
    await expect
      .poll(() => panel.locator('blockquote').allTextContents())
      .toContain('空间位置:海淀区温泉镇古莲路66号院');
    expect(new URL(g.page.url()).searchParams.get('project')).toBe(PARK);
    assertClean(g);
  });

  // Two loads, so two tests: each gets the full time limit on a busy machine.
  it('restores a project panel from the URL; Escape closes it and drops it from the URL', async () => {
    const g = await newPage(browser());
    await openApp(g, `?project=${PARK}`);
    await expect.poll(() => g.page.getByTestId('project-panel').isVisible()).toBe(true);
    await g.page.keyboard.press('Escape');
    await expect.poll(() => g.page.getByTestId('project-panel').count()).toBe(0);
    expect(new URL(g.page.url()).searchParams.get('project')).toBeNull();
    assertClean(g);
  });

  it('restores a district panel from the URL; its Close button closes it', async () => {
    const g = await english('?district=110108&lang=en');
    const panel = g.page.getByTestId('district-panel');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Haidian');
    expect(await panel.getByTestId('district-area').textContent()).toMatch(/43\d\.\d km²/);
    expect(await panel.textContent()).toContain('CNY 1,290.71 billion');
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => panel.count()).toBe(0);
    assertClean(g);
  });

  it('says plainly when the sources hold nothing about a district', async () => {
    const g = await english('?district=110119&lang=en');
    await expect.poll(() => g.page.getByTestId('no-data').textContent()).toContain('say nothing about Yanqing');
    assertClean(g);
  });

  it('ignores malformed and hostile parameters', async () => {
    const g = await newPage(browser());
    await openApp(g, '?project=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&district=999999&lang=fr&view=abc');
    expect(await g.page.getByTestId('project-panel').count()).toBe(0);
    expect(await g.page.getByTestId('district-panel').count()).toBe(0);
    expect(await g.page.locator('img[src="x"]').count()).toBe(0);
    assertClean(g);
  });

  it('clicking a district opens its panel; the phone layout keeps the map usable', async () => {
    const g = await newPage(browser(), PHONE);
    await openApp(g, '?view=116.62,40.45,9');
    // Huairou, away from any project point.
    const [x, y] = await g.page.evaluate(() => window.__mapTest!.project([116.62, 40.62]));
    await g.page.mouse.click(x, y);
    const panel = g.page.getByTestId('district-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const box = await panel.boundingBox();
    expect(box!.y).toBeGreaterThan(PHONE.height * 0.3); // a bottom sheet, map still visible above
    assertClean(g);
  });
});
