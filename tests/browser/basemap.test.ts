/**
 * Online basemaps, chosen by the user: nothing goes off the machine by default; after choosing
 * OpenStreetMap its tiles are requested from its own host (answered here with a fixture tile), the data is
 * still drawn over it, the selection survives the switch, and the attribution names it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OSM_TILE_HOST } from '../../src/map/layers/basemap';
import { assertClean, newPage, openApp, renderedProjectIds, sharedBrowser, waitForMapIdle } from './helpers';

const TILE = readFileSync(new URL('../fixtures/osm-tile.png', import.meta.url));
const PARK = 'zgc-wenquan-science-park-phase-2';
const browser = sharedBrowser();

describe('basemaps', () => {
  it('requests nothing off the machine by default, and draws OpenStreetMap tiles only once chosen', async () => {
    const g = await newPage(browser());
    const tiles: string[] = [];
    await g.page.route(`https://${OSM_TILE_HOST}/**`, (route) => {
      tiles.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'image/png', body: TILE });
    });
    await openApp(g, `?project=${PARK}&view=116.18,40.04,12&lang=en`);
    expect(tiles).toEqual([]);
    const before = await renderedProjectIds(g.page);
    expect(before).toContain(PARK);

    await g.page.getByTestId('basemap').selectOption('osm');
    await expect.poll(() => tiles.length).toBeGreaterThan(0);
    await waitForMapIdle(g.page);
    expect(tiles.every((u) => /^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/.test(u))).toBe(true);
    // The data, the selection and the camera are all still there.
    expect(await renderedProjectIds(g.page)).toEqual(before);
    expect(await g.page.evaluate((id) => window.__mapTest!.projectState(id), PARK)).toMatchObject({ selected: true });
    expect(await g.page.evaluate(() => window.__mapTest!.zoom())).toBeCloseTo(12, 1);
    expect(new URL(g.page.url()).searchParams.get('basemap')).toBe('osm');
    const attrib = g.page.locator('.maplibregl-ctrl-attrib');
    await expect.poll(() => attrib.textContent()).toContain('OpenStreetMap contributors');
    expect(await attrib.locator('a[href*="policies/tiles"]').count()).toBe(1);
    expect(await g.page.evaluate(() => window.__mapTest!.styleLayers())).toContain('basemap-basemap');

    // Back to the offline map: the tiles' layers leave, the data stays.
    const n = tiles.length;
    await g.page.getByTestId('basemap').selectOption('offline');
    await waitForMapIdle(g.page);
    expect(await g.page.evaluate(() => window.__mapTest!.styleLayers())).not.toContain('basemap-basemap');
    expect(await renderedProjectIds(g.page)).toEqual(before);
    expect(new URL(g.page.url()).searchParams.get('basemap')).toBeNull();
    await g.page.mouse.move(10, 10);
    await g.page.waitForTimeout(300);
    expect(tiles.length).toBe(n);
    assertClean(g);
  });

  it('a shared link with ?basemap=osm opens on OpenStreetMap, with the language switch keeping it', async () => {
    const g = await newPage(browser());
    const tiles: string[] = [];
    await g.page.route(`https://${OSM_TILE_HOST}/**`, (route) => {
      tiles.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'image/png', body: TILE });
    });
    await openApp(g, '?basemap=osm&view=116.3,39.99,13&lang=zh');
    expect(tiles.length).toBeGreaterThan(0);
    await expect.poll(() => g.page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('OpenStreetMap 贡献者');
    expect(await g.page.getByTestId('basemap').inputValue()).toBe('osm');
    await g.page.getByTestId('lang-switch').click();
    await expect
      .poll(() => g.page.locator('.maplibregl-ctrl-attrib').textContent())
      .toContain('OpenStreetMap contributors');
    expect(new URL(g.page.url()).searchParams.get('basemap')).toBe('osm');
    expect((await renderedProjectIds(g.page)).length).toBeGreaterThan(0);
    assertClean(g);
  });
});
