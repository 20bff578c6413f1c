/**
 * Reading the map (issue: context, honest precision, stacks, camera, tooltips): what a user sees at street
 * zoom, where the camera goes when something is opened, and how stacked points are reached.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  assertClean,
  newPage,
  openApp,
  PHONE,
  projectData,
  renderedProjectIds,
  screenPoint,
  sharedBrowser,
  waitForMapIdle,
} from './helpers';
import { clusterRadius } from '../../src/map/layers/projects';

const PARK = 'zgc-wenquan-science-park-phase-2';
const browser = sharedBrowser();

type Box = { x: number; y: number; width: number; height: number };
const inside = ([x, y]: [number, number], b: Box) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;

/** Waits for the camera to settle after a fly (the map is idle and stays idle). */
async function settle(page: Page): Promise<void> {
  await waitForMapIdle(page);
  await page.waitForTimeout(300);
  await waitForMapIdle(page);
}

/** The part of the map no panel covers. */
async function uncovered(page: Page): Promise<Box> {
  const map = (await page.locator('.map').boundingBox())!;
  const panel = await page.locator('.panel').boundingBox();
  if (!panel) return map;
  if (panel.width >= map.width * 0.9) return { ...map, height: panel.y - map.y };
  return { ...map, width: panel.x - map.x };
}

describe('camera', () => {
  it('a bare project link flies to the project at the zoom its precision supports, beside the panel', async () => {
    const g = await newPage(browser());
    await openApp(g, `?project=${PARK}`);
    await settle(g.page);
    const f = await projectData(g.page, PARK);
    const zoom = await g.page.evaluate(() => window.__mapTest!.zoom());
    const expected = { site: 15, street: 15, town: 12 }[f.properties.precision as string];
    expect(expected).toBeDefined();
    expect(zoom).toBeCloseTo(expected!, 0);
    // Drawn as itself, not inside a cluster, and not under the panel.
    expect(await renderedProjectIds(g.page)).toContain(PARK);
    const at = await screenPoint(g.page, f.geometry.coordinates as [number, number]);
    expect(inside(at, await uncovered(g.page))).toBe(true);
    expect(await g.page.evaluate(() => window.__mapTest!.renderedClusters())).toBe(0);
    assertClean(g);
  });

  it('a link that carries a camera keeps it', async () => {
    const g = await newPage(browser());
    await openApp(g, `?project=${PARK}&view=116.4,39.9,9`);
    await settle(g.page);
    expect(await g.page.evaluate(() => window.__mapTest!.zoom())).toBeCloseTo(9, 1);
    const [lng, lat] = await g.page.evaluate(() => window.__mapTest!.center());
    expect(lng).toBeCloseTo(116.4, 3);
    expect(lat).toBeCloseTo(39.9, 3);
    assertClean(g);
  });

  it('on a phone the project shows above the bottom sheet', async () => {
    const g = await newPage(browser(), PHONE);
    await openApp(g, `?project=${PARK}`);
    await settle(g.page);
    const f = await projectData(g.page, PARK);
    const at = await screenPoint(g.page, f.geometry.coordinates as [number, number]);
    const free = await uncovered(g.page);
    expect(free.height).toBeGreaterThan(150);
    expect(inside(at, free)).toBe(true);
    expect(await renderedProjectIds(g.page)).toContain(PARK);
    assertClean(g);
  });

  /** Screen positions of every vertex of a district's outline. */
  async function outlineOnScreen(page: Page, code: string): Promise<[number, number][]> {
    const districts = (await page.evaluate(async () => (await fetch('data/districts.geojson')).json())) as {
      features: { properties: { code: string }; geometry: { type: string; coordinates: unknown } }[];
    };
    const d = districts.features.find((x) => x.properties.code === code)!;
    const polys = (d.geometry.type === 'Polygon' ? [d.geometry.coordinates] : d.geometry.coordinates) as [
      number,
      number,
    ][][][];
    const vertices = polys.flat(2);
    return page.evaluate((vs) => vs.map((v) => window.__mapTest!.project(v)), vertices);
  }

  it('opening 延庆 shows all of it beside the panel', async () => {
    const g = await newPage(browser());
    await openApp(g, '?district=110119');
    await settle(g.page);
    const free = await uncovered(g.page);
    expect((await outlineOnScreen(g.page, '110119')).filter((p) => !inside(p, free))).toEqual([]);
    expect(await g.page.evaluate(() => window.__mapTest!.zoom())).toBeGreaterThan(8.5);
    assertClean(g);
  });

  it('a project placed only to its district shows the whole district, not a street', async () => {
    const g = await newPage(browser());
    // The data file, fetched from the test (the same server the page reads): no page load just to read it.
    const fc = (await (await fetch(new URL('data/projects.geojson', inject('baseUrl')))).json()) as {
      features: { id: string; properties: { precision: string; district: string } }[];
    };
    const f = fc.features.find((x) => x.properties.precision === 'district' && /^\d+$/.test(x.properties.district))!;
    await openApp(g, `?project=${f.id}&lang=en`);
    await settle(g.page);
    const free = await uncovered(g.page);
    expect((await outlineOnScreen(g.page, f.properties.district)).filter((p) => !inside(p, free))).toEqual([]);
    expect(await g.page.evaluate(() => window.__mapTest!.zoom())).toBeLessThan(12.5);
    assertClean(g);
  });
});

describe('stacked points', () => {
  it('shows how many projects share a spot, and lists every one of them to open', async () => {
    const g = await newPage(browser(), undefined, 'zh-CN');
    // Haidian's district-level projects all sit on one point.
    await openApp(g, '?view=116.234,40.027,13&lang=zh');
    const stacks = await g.page.evaluate(() => window.__mapTest!.renderedStacks());
    const big = stacks.sort((a, b) => b.count - a.count)[0]!;
    expect(big.count).toBeGreaterThanOrEqual(10);
    const canvas = (await g.page.locator('.map').boundingBox())!;
    await g.page.mouse.click(canvas.x + big.x, canvas.y + big.y);
    const chooser = g.page.getByTestId('stack-chooser');
    await expect.poll(() => chooser.isVisible()).toBe(true);
    const items = chooser.locator('button[data-id]');
    expect(await items.count()).toBe(big.count);
    expect(await chooser.getByRole('heading').textContent()).toContain(String(big.count));
    // Focus is in the chooser; the last item opens with the keyboard.
    expect(await g.page.evaluate(() => document.activeElement?.closest('[data-testid="stack-chooser"]') !== null)).toBe(
      true,
    );
    const last = items.nth(big.count - 1);
    const id = await last.getAttribute('data-id');
    await last.focus();
    await g.page.keyboard.press('Enter');
    await expect.poll(() => new URL(g.page.url()).searchParams.get('project')).toBe(id);
    await expect.poll(() => g.page.getByTestId('project-panel').isVisible()).toBe(true);
    expect(await chooser.count()).toBe(0);
    assertClean(g);
  });

  /** The counts on the stacks drawn now, smallest first. */
  const stackCounts = async (page: Page) =>
    (await page.evaluate(() => window.__mapTest!.renderedStacks())).map((x) => x.count).sort((a, b) => a - b);
  /** Zooms by the map's buttons, one level a click (they keep the centre), to zoom `to`. */
  async function zoomByButtons(page: Page, from: number, to: number): Promise<void> {
    for (let z = from; z !== to;) {
      z += to > z ? 1 : -1;
      await page.locator(to > from ? '.maplibregl-ctrl-zoom-in' : '.maplibregl-ctrl-zoom-out').click();
      await expect.poll(() => page.evaluate(() => Math.round(window.__mapTest!.zoom()))).toBe(z);
    }
    await settle(page);
  }
  /** The page's camera and filters opened again from its link: the stacks are made at once there. */
  async function countsFromLink(g: Awaited<ReturnType<typeof newPage>>): Promise<number[]> {
    await expect.poll(() => new URL(g.page.url()).searchParams.get('view')).toMatch(/,10(\.0+)?$/);
    await openApp(g, new URL(g.page.url()).search);
    return stackCounts(g.page);
  }

  it('stacks are there when the user zooms in from the city view (they are made only near their zoom)', async () => {
    const g = await newPage(browser(), undefined, 'zh-CN');
    // From zoom 7, where no stack shows and none is made, to 10.
    await openApp(g, '?view=116.234,40.027,7&lang=zh');
    await zoomByButtons(g.page, 7, 10);
    const zoomedIn = await stackCounts(g.page);
    expect(zoomedIn.at(-1)).toBeGreaterThanOrEqual(10);
    expect(await countsFromLink(g)).toEqual(zoomedIn);
    assertClean(g);
  });

  it('stacks follow a filter changed at the city view once the user zooms in again', async () => {
    const g = await newPage(browser(), undefined, 'zh-CN');
    await openApp(g, '?view=116.234,40.027,10&lang=zh');
    const all = await stackCounts(g.page);
    await zoomByButtons(g.page, 10, 7);
    await g.page.getByTestId('sector-research').check();
    await settle(g.page);
    await zoomByButtons(g.page, 7, 10);
    const research = await stackCounts(g.page);
    expect(research).not.toEqual(all);
    expect(await countsFromLink(g)).toEqual(research);
    expect(new URL(g.page.url()).searchParams.get('sector')).toBe('research');
    assertClean(g);
  });

  it('the keyboard reaches a stack on the map: arrow keys move between points, Enter opens the chooser', async () => {
    const g = await newPage(browser());
    await openApp(g, '?view=116.234,40.027,13&lang=en');
    const points = g.page.getByTestId('map-points').locator('button');
    await expect.poll(() => points.count()).toBeGreaterThan(1);
    // One tab stop: only one button is in the tab order.
    expect(await g.page.getByTestId('map-points').locator('button[tabindex="0"]').count()).toBe(1);
    await g.page.getByTestId('map-points').locator('button[tabindex="0"]').focus();
    let label = '';
    for (let i = 0; i < 40 && !/projects here/.test(label); i++) {
      label = (await g.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '';
      if (!/projects here/.test(label)) await g.page.keyboard.press('ArrowRight');
    }
    expect(label).toMatch(/^\d+ projects here$/);
    // The tooltip says what has focus.
    await expect.poll(() => g.page.getByRole('tooltip').textContent()).toContain('projects here');
    await g.page.keyboard.press('Enter');
    await expect.poll(() => g.page.getByTestId('stack-chooser').isVisible()).toBe(true);
    await g.page.keyboard.press('Escape');
    await expect.poll(() => g.page.getByTestId('stack-chooser').count()).toBe(0);
    assertClean(g);
  });
});

describe('reading the map', () => {
  it('hovering a point shows a tooltip with its name, sector and precision', async () => {
    const g = await newPage(browser());
    await openApp(g, '?view=116.2905,39.987,14&lang=en');
    const f = await projectData(g.page, 'haidian-park');
    const [x, y] = await screenPoint(g.page, f.geometry.coordinates as [number, number]);
    await g.page.mouse.move(x, y);
    const tip = g.page.getByRole('tooltip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = (await tip.textContent())!;
    expect(text).toContain(f.properties.name_en as string);
    expect(text).toMatch(/Parks & green space/);
    expect(text).toMatch(/Placed: Exact site/);
    await g.page.mouse.move(x + 200, y + 200);
    await expect.poll(() => tip.count()).toBe(0);
    assertClean(g);
  });

  it('names metro stations at street zoom, in the interface language, near their stations', async () => {
    const g = await newPage(browser());
    const xierqi: [number, number] = [116.306, 40.0529];
    const stations = (await (async () => {
      await openApp(g, `?view=${xierqi[0]},${xierqi[1]},14&lang=zh`);
      return g.page.evaluate(async () => (await fetch('data/metro-stations.geojson')).json());
    })()) as {
      features: { properties: { name_zh: string; name_en: string }; geometry: { coordinates: [number, number] } }[];
    };
    const st = stations.features.find((s) => s.properties.name_zh === '西二旗')!;
    const labels = await g.page.evaluate(() => window.__mapTest!.renderedLabelsAt());
    const near = (text: string, ls: typeof labels, at: [number, number]) =>
      ls.some((l) => l.text === text && Math.hypot(l.x - at[0], l.y - at[1]) < 60);
    const canvas = (await g.page.locator('.map').boundingBox())!;
    const sp = await screenPoint(g.page, st.geometry.coordinates);
    const local: [number, number] = [sp[0] - canvas.x, sp[1] - canvas.y];
    expect(near('西二旗', labels, local)).toBe(true);
    expect(labels.some((l) => l.layer === 'metro-line-label')).toBe(true);
    // The same place in English.
    await g.page.getByTestId('lang-switch').click();
    await waitForMapIdle(g.page);
    await expect
      .poll(async () => near("Xi'erqi", await g.page.evaluate(() => window.__mapTest!.renderedLabelsAt()), local))
      .toBe(true);
    // Stations are not drawn at city zoom, where they would only clutter.
    await openApp(g, '?view=116.4,40.1,9&lang=zh');
    const city = await g.page.evaluate(() => window.__mapTest!.renderedLabelsAt());
    expect(city.some((l) => l.layer === 'metro-station-label')).toBe(false);
    expect(city.filter((l) => l.layer === 'district-label').length).toBeGreaterThanOrEqual(10);
    // Zoom 9 is the first without clusters: points that share a spot carry their count from here on.
    expect(await g.page.evaluate(() => window.__mapTest!.renderedClusters())).toBe(0);
    expect((await g.page.evaluate(() => window.__mapTest!.renderedStacks())).length).toBeGreaterThan(0);
    assertClean(g);
  });

  it('the attribution follows the language', async () => {
    const g = await newPage(browser());
    await openApp(g, '?lang=zh');
    const attrib = g.page.locator('.maplibregl-ctrl-attrib');
    await expect.poll(() => attrib.textContent()).toContain('OpenStreetMap 贡献者');
    await g.page.getByTestId('lang-switch').click();
    await expect.poll(() => attrib.textContent()).toContain('OpenStreetMap contributors');
    expect(await attrib.textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    assertClean(g);
  });

  it('cluster numbers never overlap at city zoom, on a desktop and a phone', async () => {
    for (const [viewport, query] of [
      [undefined, '?view=116.35,40.1,8.5'],
      [PHONE, ''],
    ] as const) {
      const g = await newPage(browser(), viewport);
      await openApp(g, query);
      const circles = await g.page.evaluate(() => window.__mapTest!.renderedClusterCircles());
      expect(circles.length).toBeGreaterThan(0);
      const radius = clusterRadius;
      for (let i = 0; i < circles.length; i++)
        for (let j = i + 1; j < circles.length; j++) {
          const a = circles[i]!;
          const b = circles[j]!;
          expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.count} vs ${b.count}`).toBeGreaterThan(
            radius(a.count) + radius(b.count),
          );
        }
      assertClean(g);
      await g.page.context().close();
    }
  });
});
