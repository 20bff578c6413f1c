/** Places, proximity and the choropleth (issue 11, part A), checked against the data files themselves. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  newPage,
  openApp,
  projectsData,
  listedCount,
  resultIds,
  search,
  sharedBrowser,
  sharedPage,
  urlParams,
  waitForMapIdle,
} from './helpers';

const browser = sharedBrowser();

/** Great-circle distance in metres (haversine on the mean Earth radius turf uses). */
function haversine(a: readonly number[], b: readonly number[]): number {
  const R = 6371008.8;
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b[1]! - a[1]!);
  const dLng = rad(b[0]! - a[0]!);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1]!)) * Math.cos(rad(b[1]!)) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

/** Distance to a point, or to a line densified every ~20 m (close enough away from the circle's edge). */
function distanceTo(from: readonly number[], g: { type: string; coordinates: unknown }): number {
  if (g.type === 'Point') return haversine(from, g.coordinates as number[]);
  const cs = g.coordinates as number[][];
  let best = Infinity;
  for (let i = 1; i < cs.length; i++) {
    const [a, b] = [cs[i - 1]!, cs[i]!];
    const n = Math.max(1, Math.ceil(haversine(a, b) / 20));
    for (let k = 0; k <= n; k++)
      best = Math.min(best, haversine(from, [a[0]! + ((b[0]! - a[0]!) * k) / n, a[1]! + ((b[1]! - a[1]!) * k) / n]));
  }
  return best;
}

interface Station {
  geometry: { coordinates: [number, number] };
  properties: { name_zh: string };
}
const station = async (page: Page, name: string) => {
  const fc = (await page.evaluate(async () => (await fetch('data/metro-stations.geojson')).json())) as {
    features: Station[];
  };
  return fc.features.find((f) => f.properties.name_zh === name)!.geometry.coordinates;
};

/** 西二旗 station, to the 5 decimals a link the app writes has (checked against the data in the test). */
const XIERQI = [116.30018, 40.05172] as const;
const SLOW = { timeout: 20_000 };

describe('proximity', () => {
  it('a ?near= link lists exactly the projects within the radius, nearest first, with the circle drawn', async () => {
    const g = await newPage(browser());
    const centre = XIERQI;
    const radius = 3000;
    await openApp(g, `?lang=en&near=${centre[0]},${centre[1]},${radius}`);
    expect(haversine(await station(g.page, '西二旗'), centre)).toBeLessThan(5);
    const all = await projectsData(g.page);
    const d = new Map([...all].map(([id, f]) => [id, distanceTo(centre, f.geometry)]));
    // Nothing sits so close to the edge that the densified line distance could disagree with turf's.
    for (const [id, m] of d) expect(Math.abs(m - radius), id).toBeGreaterThan(30);
    const expected = [...d].filter(([, m]) => m <= radius).map(([id]) => id);
    expect(expected.length).toBeGreaterThan(3);
    await expect.poll(async () => (await resultIds(g.page)).sort(), SLOW).toEqual([...expected].sort());

    // Distances in rows, nearest first (the default order near a place), within 30 m of the haversine.
    const rows = await g.page
      .locator('[data-testid="results"] li')
      .evaluateAll((lis) =>
        lis.map((li) => [
          (li as HTMLElement).dataset.id!,
          Number(li.querySelector<HTMLElement>('[data-testid="result-distance"]')!.dataset.metres),
        ]),
      );
    for (const [id, m] of rows as [string, number][]) expect(Math.abs(m - d.get(id)!), id).toBeLessThan(30);
    const ms = (rows as [string, number][]).map(([, m]) => m);
    expect([...ms].sort((a, b) => a - b)).toEqual(ms);
    // Town- or district-level points are marked approximate.
    const approx = [...all].filter(
      ([id, f]) => expected.includes(id) && ['town', 'district'].includes(String(f.properties.precision)),
    );
    for (const [id] of approx)
      await expect
        .poll(() => g.page.locator(`[data-id="${id}"] [data-testid="result-distance"]`).textContent())
        .toContain('approximate');

    // The map draws only those projects, and the circle.
    await waitForMapIdle(g.page);
    const shapes = await g.page.evaluate(() => window.__mapTest!.proximityShapes());
    // Source features come per tile: the circle and its centre, possibly split over tiles.
    expect([...new Set(shapes.map((s) => s.type))].sort()).toEqual(['Point', 'Polygon']);
    const drawn = await g.page.evaluate(() => window.__mapTest!.renderedProjectIds());
    for (const id of drawn) expect(expected, id).toContain(id);

    // The chip names the station and removes the filter.
    const chip = g.page.getByRole('button', { name: /Within 3 km of Xi.erqi/ }).first();
    await chip.click();
    await expect.poll(() => urlParams(g.page).get('near')).toBeNull();
    await expect.poll(() => listedCount(g.page)).toBeGreaterThan(expected.length);
    expect(await g.page.getByTestId('proximity').count()).toBe(0);
  }, 150_000);

  it('the radius can be changed and drops malformed or out-of-range links', async () => {
    const g = await newPage(browser());
    await openApp(g, '?lang=en&near=116.30018,40.05172,3000');
    await g.page.getByTestId('near-radius').selectOption('1000');
    await expect.poll(() => urlParams(g.page).get('near')).toBe('116.30018,40.05172,1000');
    for (const bad of ['116.3,40.05,20000', '120,40,1000']) {
      await openApp(g, `?lang=en&near=${bad}`);
      await expect.poll(() => urlParams(g.page).get('near')).toBeNull();
      expect(await g.page.getByTestId('proximity').count(), bad).toBe(0);
    }
  }, 150_000);
});

describe('places in search', () => {
  // One page for the searches below (see sharedPage), which keeps the camera where the last test left it.
  const view = sharedPage(browser);
  const CITY = '?lang=en';
  for (const q of ['西二旗', 'xierqi', "Xi'erqi"])
    it(`"${q}" finds the station; choosing it moves the map there`, async () => {
      const g = await view(CITY);
      const at = await station(g.page, '西二旗');
      // First away from the station: choosing the district Haidian fits all of it, far wider than 西二旗.
      await search(g.page, 'haidian');
      await g.page.locator('[data-place="110108"]').getByTestId('place').click();
      await expect.poll(() => g.page.evaluate(() => window.__mapTest!.zoom()), SLOW).toBeLessThan(12);
      await waitForMapIdle(g.page);
      await search(g.page, q);
      const place = g.page.locator('[data-place="station:西二旗"]');
      await expect.poll(() => place.count(), SLOW).toBe(1);
      await expect.poll(() => place.textContent()).toContain('Station');
      await place.getByTestId('place').click();
      await expect
        .poll(async () => {
          const [lng, lat] = await g.page.evaluate(() => window.__mapTest!.center());
          const zoom = await g.page.evaluate(() => window.__mapTest!.zoom());
          return zoom > 14.5 && haversine([lng, lat], at) < 3000;
        }, SLOW)
        .toBe(true);
      // On screen: the station is inside the map, beside the sidebar.
      await waitForMapIdle(g.page);
      const [x, y] = await g.page.evaluate((ll) => window.__mapTest!.project(ll), at);
      const box = (await g.page.getByTestId('map').boundingBox())!;
      expect(x).toBeGreaterThan(box.x);
      expect(x).toBeLessThan(box.x + box.width);
      expect(y).toBeGreaterThan(box.y);
      expect(y).toBeLessThan(box.y + box.height);
    }, 150_000);

  it('"haidian" finds the district as a place and fits it; "projects near here" starts a proximity search', async () => {
    const g = await view(CITY);
    await search(g.page, 'haidian');
    const place = g.page.locator('[data-place="110108"]');
    await expect.poll(() => place.textContent()).toContain('District');
    await search(g.page, '西二旗');
    await g.page.locator('[data-place="station:西二旗"]').getByTestId('place-near').click();
    await expect.poll(() => urlParams(g.page).get('near')).toMatch(/^116\.3\d*,40\.05\d*,1000$/);
    await expect.poll(() => g.page.getByTestId('proximity').textContent()).toContain("Xi'erqi");
  }, 150_000);
});

describe('choropleth', () => {
  it('?choropleth=projects: legend classes hold every district’s count, districts are shaded by class, no data is not zero', async () => {
    const g = await newPage(browser());
    await openApp(g, '?lang=en&choropleth=projects');
    const all = await projectsData(g.page);
    const profiles = (await g.page.evaluate(async () => (await fetch('data/profiles.json')).json())) as {
      code: string;
    }[];
    const districts = profiles.map((p) => p.code).filter((c) => /^\d+$/.test(c));
    const count = new Map(districts.map((c) => [c, 0]));
    for (const f of all.values()) {
      const p = f.properties as { district: string; also_districts?: string[] };
      for (const c of new Set([p.district, ...(p.also_districts ?? [])]))
        if (count.has(c)) count.set(c, count.get(c)! + 1);
    }
    const classes = await g.page.getByTestId('choro-class').evaluateAll((lis) =>
      lis.map((li) => ({
        min: Number((li as HTMLElement).dataset.min),
        max: Number((li as HTMLElement).dataset.max),
        n: Number((li as HTMLElement).dataset.count),
      })),
    );
    expect(classes.length).toBeGreaterThanOrEqual(3);
    const withData = [...count].filter(([, n]) => n > 0);
    expect(classes.reduce((s, c) => s + c.n, 0)).toBe(withData.length);
    await waitForMapIdle(g.page);
    const colours = new Set<string>();
    for (const [code, n] of count) {
      const st = await g.page.evaluate((c) => window.__mapTest!.districtChoropleth(c), code);
      if (n === 0) {
        expect(st.cls, code).toBe(-1);
        continue;
      }
      const i = classes.findIndex((c) => n >= c.min && n <= c.max);
      expect(i, code).toBeGreaterThanOrEqual(0);
      expect(st.cls, code).toBe(i);
      colours.add(st.color!);
    }
    expect(colours.size).toBeGreaterThanOrEqual(3);
    const noData = [...count].filter(([, n]) => n === 0).length;
    if (noData) expect(await g.page.getByTestId('choro-nodata').getAttribute('data-count')).toBe(String(noData));
    await expect.poll(() => g.page.getByTestId('choropleth').textContent()).toContain('five source documents');

    // Another measure by keyboard; "none" removes the shading and the parameter.
    await g.page.getByTestId('choropleth-select').focus();
    await g.page.getByTestId('choropleth-select').selectOption('density');
    await expect.poll(() => urlParams(g.page).get('choropleth')).toBe('density');
    await g.page.getByTestId('choropleth-select').selectOption('');
    await expect.poll(() => urlParams(g.page).get('choropleth')).toBeNull();
    await expect.poll(() => g.page.evaluate(() => window.__mapTest!.districtChoropleth('110108').cls)).toBeNull();
  }, 150_000);
});
