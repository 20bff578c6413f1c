/** The phone layout and the keyboard: drawer, bottom sheet, focus, tab order, axe per view, a failed load. */
import { describe, expect, inject, it } from 'vitest';
import {
  assertClean,
  axeViolations,
  focused,
  newPage,
  openApp,
  sharedBrowser,
  sharedPage,
  PHONE,
  waitForMapIdle,
} from './helpers';

const browser = sharedBrowser();

describe('phone and keyboard', () => {
  it('on a phone: map full screen, filters in a drawer, the panel as a draggable bottom sheet', async () => {
    const g = await newPage(browser(), PHONE);
    await openApp(g, '?lang=en');
    const canvas = await g.page.locator('.maplibregl-canvas').boundingBox();
    expect(canvas!.width).toBe(PHONE.width);
    // The legend and the basemap switch share the map's top row without overlapping, down to 320 px.
    for (const width of [PHONE.width, 360, 320]) {
      await g.page.setViewportSize({ width, height: PHONE.height });
      const legend = (await g.page.locator('.legend').boundingBox())!;
      const basemap = (await g.page.locator('.basemap-control').boundingBox())!;
      expect(legend.x + legend.width, `at ${width} px`).toBeLessThan(basemap.x);
      expect(basemap.x + basemap.width, `at ${width} px`).toBeLessThanOrEqual(width);
    }
    await g.page.setViewportSize(PHONE);
    expect(await g.page.locator('#sidebar').isVisible()).toBe(false);
    await g.page.getByTestId('drawer-toggle').click();
    expect(await g.page.locator('#sidebar').isVisible()).toBe(true);
    await g.page.locator('[data-testid="results"] li button').first().click();
    expect(await g.page.locator('#sidebar').isVisible()).toBe(false);
    const sheet = g.page.getByTestId('project-panel');
    await expect.poll(() => sheet.isVisible()).toBe(true);
    const before = (await sheet.boundingBox())!.height;
    const handle = (await g.page.getByTestId('sheet-handle').boundingBox())!;
    await g.page.mouse.move(handle.x + handle.width / 2, handle.y + 5);
    await g.page.mouse.down();
    await g.page.mouse.move(handle.x + handle.width / 2, handle.y - 200, { steps: 5 });
    await g.page.mouse.up();
    await expect.poll(async () => (await sheet.boundingBox())!.height).toBeGreaterThan(before + 100);
    assertClean(g);
  });

  it('keyboard: find and open a project from the list, focus moves into the panel and back on close', async () => {
    const g = await newPage(browser());
    await openApp(g, '?lang=en');
    await g.page.keyboard.press('Tab');
    expect(await g.page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await g.page.getByTestId('search').focus();
    await g.page.keyboard.type('Sujiatuo');
    const row = g.page.locator('[data-testid="results"] li button').first();
    // The list follows the search a render later: wait for it, as a user reading it would.
    await expect.poll(() => row.textContent()).toContain('Sujiatuo');
    await row.focus();
    await g.page.keyboard.press('Enter');
    await expect.poll(() => g.page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    await g.page.keyboard.press('Escape');
    await expect.poll(() => g.page.evaluate(() => document.activeElement?.classList.contains('result'))).toBe(true);
    assertClean(g);
  });

  it('tab reaches every kind of control in order, each with a name', async () => {
    const g = await newPage(browser());
    await openApp(g, '?lang=en');
    const seen: { tag: string; type: string; name: string; testid: string }[] = [];
    for (let i = 0; i < 45; i++) {
      await g.page.keyboard.press('Tab');
      seen.push(
        await g.page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
          return {
            tag: el.tagName.toLowerCase(),
            type: (el as HTMLInputElement).type ?? '',
            name: (el.getAttribute('aria-label') ?? labelled ?? '').trim() || (el.textContent ?? '').trim(),
            testid: el.getAttribute('data-testid') ?? el.className,
          };
        }),
      );
    }
    const ids = seen.map((s) => s.testid);
    for (const want of [
      'skip-results',
      'skip-map',
      'compare-open',
      'lang-switch',
      'open-bda',
      'search',
      'sector-industrial_park',
      'area-select',
    ])
      expect(ids, want).toContain(want);
    expect(ids.indexOf('search')).toBeLessThan(ids.indexOf('sector-industrial_park'));
    expect(seen.filter((s) => !s.name).map((s) => s.testid)).toEqual([]);
    assertClean(g);
  });

  // Its own load, so its own time limit.
  it('the first Tab reaches a skip link that jumps straight to the results list', async () => {
    const g = await newPage(browser());
    await openApp(g, '?lang=en');
    await g.page.keyboard.press('Tab');
    await g.page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(g.page)).inList).toBe(true);
    assertClean(g);
  });

  // One test per view, each with the full time limit (60 s), so a slow machine cannot push the last view over;
  // views of one language and viewport share a page (see sharedPage).
  const desktopZh = sharedPage(browser);
  const desktopEn = sharedPage(browser);
  const phoneZh = sharedPage(browser, PHONE);
  for (const [name, q, view] of [
    ['city, Chinese', '?lang=zh', desktopZh],
    ['district, English', '?lang=en&district=110108', desktopEn],
    ['project, English', '?lang=en&project=zgc-wenquan-science-park-phase-2', desktopEn],
    ['compare', '?compare=110108,110114&lang=zh', desktopZh],
    ['phone, district', '?lang=zh&district=110114', phoneZh],
  ] as const)
    it(`axe-core finds no violations: ${name}`, async () => {
      const g = await view(q);
      expect(await axeViolations(g.page), q).toEqual([]);
    });

  it('a failed data load shows a message with a retry that works', async () => {
    const g = await newPage(browser());
    let fail = true;
    await g.page.route('**/data/projects.geojson', (route) =>
      fail ? route.fulfill({ status: 500, body: 'x' }) : route.fallback(),
    );
    await g.page.goto(new URL('?lang=en', inject('baseUrl')).href);
    const alert = g.page.getByTestId('load-error');
    await expect.poll(() => alert.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await alert.textContent()).toContain('projects.geojson');
    fail = false;
    g.errors.length = 0; // the 500 is logged by the browser; what matters is what follows
    await alert.getByRole('button', { name: 'Retry' }).click();
    await waitForMapIdle(g.page);
    expect(await g.page.getByTestId('load-error').count()).toBe(0);
    assertClean(g);
  });
});
