/**
 * Large data on vector tiles (issue 12, docs/SCALING.md): above PROJECT_TILES_MIN projects the projects file
 * names its PMTiles archive and the map draws the points from it. Here the real data is served naming its
 * archive (the build writes one at every size), so what a user does is checked on the tile path: the first
 * view counts every project, a sector or status filter is answered by the tiles (clusters sum their baked
 * counts), a search goes to the GeoJSON source and back, a point opens its panel and is marked selected, and a
 * broken archive falls back to the GeoJSON source with every point still drawn.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_LABEL_MIN_ZOOM, PROJECT_TILES_MIN } from '../../src/data/tiles';
import {
  assertClean,
  type Guarded,
  clickProjectOnMap,
  newPage,
  openApp,
  resultCount,
  search,
  sharedBrowser,
  switchLanguage,
  urlParams,
  waitForMapIdle,
  withProjectTiles,
} from './helpers';

const browser = sharedBrowser();

/** A project's position, from the data the tests serve. */
function pointOf(id: string): [number, number] {
  const fc = JSON.parse(readFileSync('dist/data/projects.geojson', 'utf8')) as {
    features: { id: string; geometry: { type: string; coordinates: [number, number] } }[];
  };
  const f = fc.features.find((x) => x.id === id);
  if (f?.geometry.type !== 'Point') throw new Error(`${id}: no point in the data`);
  return f.geometry.coordinates;
}

/** What the map draws now: from which source, and how many projects (cluster counts plus single features). */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const t = window.__mapTest!;
    return {
      from: t.pointsFrom(),
      count: t.renderedClusterCircles().reduce((n, c) => n + c.count, 0) + t.renderedProjectIds().length,
    };
  });

const total = (page: Page) =>
  page.evaluate(
    async () => ((await (await fetch('data/projects.geojson')).json()) as { features: unknown[] }).features.length,
  );

/**
 * Serves 10,000 projects: the real ones and copies of their points spread around them, without tiles, so the
 * GeoJSON source (its clustering changed in place once the data is known to be dense) draws them. The copies
 * are placed to their site: copies of the projects placed only to a district or town would each draw its wide
 * precision ring, and hundreds of them overlapping at street zoom took SwiftShader seconds of frames (the
 * rings' cost is the bench's, not these tests'). The app looks a project's details up in one of as many files
 * as 10,000 projects need: every one of them answers with the real details, so a real project's panel is whole.
 */
async function withDenseData(g: Guarded): Promise<void> {
  await g.page.route('**/data/project-details-*.json', (route) =>
    route.fulfill({ path: 'dist/data/project-details-0.json', contentType: 'application/json' }),
  );
  await g.page.route('**/data/projects.geojson', async (route) => {
    const res = await route.fetch();
    const fc = (await res.json()) as {
      features: { id: string; geometry: { type: string; coordinates: number[] } }[];
    };
    const points = fc.features.filter((f) => f.geometry.type === 'Point');
    const copies = Array.from({ length: PROJECT_TILES_MIN - fc.features.length }, (_, k) => {
      const f = points[k % points.length]!;
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const id = `${f.id}-copy-${k}`;
      // A deterministic spread of a few kilometres.
      const a = k * 2.399963;
      const r = 0.002 * Math.sqrt(k);
      const geometry = { type: 'Point', coordinates: [lng + r * Math.cos(a) * 0.05, lat + r * Math.sin(a) * 0.05] };
      const properties = { ...(f as unknown as { properties: object }).properties, id, precision: 'site' };
      return { ...f, id, geometry, properties };
    });
    await route.fulfill({ response: res, json: { ...fc, tiles: undefined, features: [...fc.features, ...copies] } });
  });
}

describe('projects on vector tiles', () => {
  it('draws every project from the tiles, follows a sector and a status filter there, and a search in GeoJSON', async () => {
    const g = await newPage(browser(), undefined, 'en-US');
    await withProjectTiles(g);
    // All of Beijing in view, clustered: every project is counted once.
    await openApp(g, '?lang=en');
    const all = await total(g.page);
    expect(await g.page.evaluate(() => window.__mapTest!.styleLayers())).toContain('project-point-tiles');
    expect(await drawn(g.page)).toEqual({ from: 'tiles', count: all });

    // A sector ticked in the filters: the tiles draw exactly its projects (the list says how many).
    await g.page.getByRole('checkbox', { name: /^Healthcare/ }).check();
    await waitForMapIdle(g.page);
    const healthcare = Number((await resultCount(g.page)).match(/\d+/)![0]);
    expect(healthcare).toBeGreaterThan(0);
    expect(await drawn(g.page)).toEqual({ from: 'tiles', count: healthcare });
    await g.page.getByRole('checkbox', { name: /^Healthcare/ }).uncheck();

    // A status instead: the clusters sum their counts of it.
    await g.page.getByRole('checkbox', { name: /^Under construction/ }).check();
    await waitForMapIdle(g.page);
    const building = Number((await resultCount(g.page)).match(/\d+/)![0]);
    expect(await drawn(g.page)).toEqual({ from: 'tiles', count: building });
    await g.page.getByRole('checkbox', { name: /^Under construction/ }).uncheck();
    await waitForMapIdle(g.page);

    // A search is ids, which the tiles cannot count: its matches go to the GeoJSON source, then back.
    await search(g.page, 'hospital');
    await waitForMapIdle(g.page);
    const found = Number((await resultCount(g.page)).match(/\d+/)![0]);
    expect(found).toBeGreaterThan(0);
    expect(await drawn(g.page)).toEqual({ from: 'geojson', count: found });
    await search(g.page, '');
    await waitForMapIdle(g.page);
    expect(await drawn(g.page)).toEqual({ from: 'tiles', count: all });
    assertClean(g);
  });

  it('keeps a filter on the tiles through a language switch, and a cluster clicked there zooms to where it breaks apart', async () => {
    const g = await newPage(browser(), undefined, 'en-US');
    await withProjectTiles(g);
    // A shared link with a sector: restored on the tiles.
    await openApp(g, '?lang=en&sector=education');
    const education = Number((await resultCount(g.page)).match(/\d+/)![0]);
    expect(await drawn(g.page)).toEqual({ from: 'tiles', count: education });
    // The style is rebuilt for the language: the tiles keep their filter and their counts.
    await switchLanguage(g.page);
    await expect.poll(() => urlParams(g.page).get('lang')).toBe('zh');
    await waitForMapIdle(g.page);
    expect(await drawn(g.page)).toEqual({ from: 'tiles', count: education });
    // A click on the largest cluster zooms in, centred on it, until it has broken apart.
    const before = await g.page.evaluate(() => window.__mapTest!.zoom());
    const circles = await g.page.evaluate(() => window.__mapTest!.renderedClusterCircles());
    const big = circles.sort((a, b) => b.count - a.count)[0]!;
    const canvas = (await g.page.locator('.map').boundingBox())!;
    await g.page.mouse.click(canvas.x + big.x, canvas.y + big.y);
    await expect.poll(() => g.page.evaluate(() => window.__mapTest!.zoom())).toBeGreaterThan(before + 0.5);
    await waitForMapIdle(g.page);
    const after = await g.page.evaluate(() => window.__mapTest!.renderedClusterCircles());
    expect(after.every((c) => c.count < big.count)).toBe(true);
    assertClean(g);
  });

  it('opens a project clicked on the tiles and marks it selected there', async () => {
    const g = await newPage(browser(), undefined, 'en-US');
    await withProjectTiles(g);
    const park = 'zgc-wenquan-science-park-phase-2';
    const [lng, lat] = pointOf(park);
    await openApp(g, `?view=${lng},${lat},15&lang=en`);
    expect(await g.page.evaluate(() => window.__mapTest!.pointsFrom())).toBe('tiles');
    await clickProjectOnMap(g.page, park);
    await expect.poll(() => new URL(g.page.url()).searchParams.get('project')).toBe(park);
    await expect.poll(() => g.page.getByTestId('project-panel').isVisible()).toBe(true);
    await waitForMapIdle(g.page);
    await expect.poll(() => g.page.evaluate((id) => window.__mapTest!.projectTileState(id).selected, park)).toBe(true);
    assertClean(g);
  });

  it('draws the points from the tiles the manifest names before the projects file has loaded', async () => {
    const g = await newPage(browser(), undefined, 'en-US');
    await withProjectTiles(g);
    await g.page.route('**/data/manifest.json', async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, json: { ...(await res.json()), tiles: 'projects.pmtiles' } });
    });
    // The projects file is held until the map has drawn: the list and the search wait for it, the map does not.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await g.page.route('**/data/projects.geojson', async (route) => {
      await held;
      await route.fallback();
    });
    await g.page.goto(new URL('?lang=en&sector=education', inject('baseUrl')).href);
    await g.page.waitForFunction(() => document.querySelector('.map')?.getAttribute('data-drawn') === 'true');
    expect(await g.page.locator('.load-state[role="status"]').isVisible()).toBe(true);
    expect(await g.page.evaluate(() => window.__mapTest!.tilesShown())).toBe(true);
    // Every education project, from the tiles alone (the link's sector is a filter the tiles can answer).
    const fc = JSON.parse(readFileSync('dist/data/projects.geojson', 'utf8')) as {
      features: { geometry: { type: string }; properties: { sector: string } }[];
    };
    const education = fc.features.filter((f) => f.properties.sector === 'education' && f.geometry.type === 'Point');
    await expect
      .poll(() =>
        g.page.evaluate(() => {
          const t = window.__mapTest!;
          return t.renderedClusterCircles().reduce((n, c) => n + c.count, 0) + t.renderedProjectIds().length;
        }),
      )
      .toBe(education.length);
    // Then the records: the list counts the same projects, and the tiles still draw them.
    release();
    await waitForMapIdle(g.page);
    const listed = fc.features.filter((f) => f.properties.sector === 'education').length;
    expect(Number((await resultCount(g.page)).match(/\d+/)![0])).toBe(listed);
    expect(await g.page.evaluate(() => window.__mapTest!.pointsFrom())).toBe('tiles');
    assertClean(g);
  });

  it('clusters dense data until the zoom where points are named', async () => {
    const g = await newPage(browser(), undefined, 'en-US');
    await withDenseData(g);
    await openApp(g, '?view=116.40,39.92,10&lang=en');
    expect(await resultCount(g.page)).toMatch(new RegExp(String(PROJECT_TILES_MIN)));
    const at10 = await drawn(g.page);
    expect(at10.from).toBe('geojson');
    expect(await g.page.evaluate(() => window.__mapTest!.renderedClusterCircles().length)).toBeGreaterThan(0);
    // Zoomed in to where the map names points: every cluster has broken apart.
    for (let z = 10; z < PROJECT_LABEL_MIN_ZOOM; z++)
      await g.page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect
      .poll(() => g.page.evaluate(() => window.__mapTest!.zoom()))
      .toBeGreaterThanOrEqual(PROJECT_LABEL_MIN_ZOOM);
    await waitForMapIdle(g.page);
    expect(await g.page.evaluate(() => window.__mapTest!.renderedClusterCircles().length)).toBe(0);
    expect(await g.page.evaluate(() => window.__mapTest!.renderedProjectIds().length)).toBeGreaterThan(0);
    assertClean(g);
  });

  it('opens a project of dense data placed only to its district where it is drawn alone', async () => {
    const g = await newPage(browser(), undefined, 'en-US');
    await withDenseData(g);
    // A project placed only to its district, opened from a link: its district's view would hold it in a
    // cluster, so the camera goes in to where it is drawn alone.
    const fc = JSON.parse(readFileSync('dist/data/projects.geojson', 'utf8')) as {
      features: { id: string; properties: { precision: string; district: string } }[];
    };
    const approx = fc.features.find(
      (x) => x.properties.precision === 'district' && /^\d+$/.test(x.properties.district),
    )!;
    await openApp(g, `?project=${approx.id}&lang=en`);
    await expect
      .poll(() => g.page.evaluate(() => window.__mapTest!.zoom()))
      .toBeGreaterThanOrEqual(PROJECT_LABEL_MIN_ZOOM);
    await waitForMapIdle(g.page);
    expect(await g.page.evaluate(() => window.__mapTest!.renderedProjectIds())).toContain(approx.id);
    assertClean(g);
  });

  it('draws every point from the GeoJSON file when the archive the manifest names cannot be read', async () => {
    const g = await newPage(browser(), undefined, 'en-US');
    await withProjectTiles(g);
    await g.page.route('**/data/projects.pmtiles', (route) => route.fulfill({ status: 404, body: 'not here' }));
    // The manifest names the archive too: the map would draw from it first, and loads the projects file once
    // the archive has failed.
    await g.page.route('**/data/manifest.json', async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, json: { ...(await res.json()), tiles: 'projects.pmtiles' } });
    });
    await openApp(g, '?lang=en');
    expect(await drawn(g.page)).toEqual({ from: 'geojson', count: await total(g.page) });
    expect(await g.page.evaluate(() => window.__mapTest!.styleLayers())).not.toContain('project-point-tiles');
    // The browser logs the 404 itself; nothing else may be said.
    const rest = g.errors.filter((e) => !e.includes('status of 404'));
    g.errors.length = 0;
    g.errors.push(...rest);
    assertClean(g);
  });
});
