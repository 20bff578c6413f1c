/** Charts, the parks view, downloads, citations, reports, print and image (issue 11, part B). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_META } from '../../src/data/docs';
import { citationEn } from '../../src/export/citation';
import { BOM, parseCsv } from '../../src/export/csv';
import { PROJECT_COLUMNS } from '../../src/export/dataset';
import { REPLACE_THROTTLE_MS } from '../../src/state/useUrlSync';
import {
  axeViolations,
  newPage,
  openApp,
  projectsData,
  sharedBrowser,
  sharedPage,
  sleep,
  urlParams,
  type Guarded,
} from './helpers';

const browser = sharedBrowser();
/** The English desktop views below share one page, moved from view to view (see sharedPage). */
const english = sharedPage(browser);
const chinese = sharedPage(browser);

interface Fc {
  type: string;
  features: { id: string; properties: { name_zh: string; sector: string; floor_area_total_m2?: number } }[];
}

/** Clicks a button that saves a file and returns the file's bytes. */
async function download(g: Guarded, testId: string): Promise<Buffer> {
  const [file] = await Promise.all([g.page.waitForEvent('download'), g.page.getByTestId(testId).click()]);
  const path = await file.path();
  return readFileSync(path);
}

describe('downloads hold exactly what is filtered', () => {
  it('CSV (BOM, neutralised formula) and GeoJSON of ?sector=education', async () => {
    const g = await newPage(browser());
    // Serve a copy of the data whose first education project's name starts with "=".
    const real = JSON.parse(readFileSync('dist/data/projects.geojson', 'utf8')) as Fc;
    const target = real.features.find((f) => f.properties.sector === 'education')!;
    target.properties.name_zh = `=HYPERLINK("http://x")${target.properties.name_zh}`;
    await g.page.route('**/data/projects.geojson', (route) =>
      route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(real) }),
    );
    await openApp(g, '?sector=education&lang=en');
    const expected = real.features.filter((f) => f.properties.sector === 'education').map((f) => f.id);
    expect(expected.length).toBeGreaterThan(5);

    const csv = (await download(g, 'download-csv')).toString('utf8');
    expect(csv.startsWith(BOM)).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...PROJECT_COLUMNS]);
    const ids = rows.slice(1).map((r) => r[0]);
    expect([...ids].sort()).toEqual([...expected].sort());
    const evil = rows.find((r) => r[0] === target.id)!;
    expect(evil[1]).toBe(`'${target.properties.name_zh}`);
    expect(evil[PROJECT_COLUMNS.indexOf('sources')]).toContain('.txt: ');

    const geo = JSON.parse((await download(g, 'download-geojson')).toString('utf8')) as Fc;
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f) => f.id).sort()).toEqual([...expected].sort());
  });

  it('the district profile downloads as CSV with its indicators and plans', async () => {
    const g = await english('?district=110114&lang=en');
    const rows = parseCsv((await download(g, 'download-profile')).toString('utf8'));
    const profiles = (await g.page.evaluate(async () => (await fetch('data/profiles.json')).json())) as {
      code: string;
      indicators: unknown[];
      plans: unknown[];
    }[];
    const cp = profiles.find((p) => p.code === '110114')!;
    expect(rows.length - 1).toBe(cp.indicators.length + cp.plans.length);
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(['110114']));
  });
});

describe('citations and reports', () => {
  // One load for both: the camera writes its place into the URL only after its first flight, and a view
  // restored in-app keeps the camera, so the report's URL would wait for a move that never comes.
  it('"Copy citation" puts the English citation with its quote on the clipboard; the problem report holds the record id, what the panel showed and the page URL', async () => {
    const g = await newPage(browser(), undefined, 'en-GB');
    await g.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(g, '?project=zgc-wenquan-science-park-phase-2&lang=en');
    const panel = g.page.getByTestId('project-panel');
    await panel.getByTestId('copy-citation').first().click();
    await expect.poll(() => panel.getByRole('status').first().textContent()).toBe('Citation copied');
    const copied = await g.page.evaluate(() => navigator.clipboard.readText());
    const all = await projectsData(g.page);
    const source = (
      all.get('zgc-wenquan-science-park-phase-2')!.properties.sources as { doc: string; quote: string }[]
    )[0]!;
    expect(copied).toBe(citationEn(source as never, DOC_META[source.doc as keyof typeof DOC_META]));
    expect(copied).toContain(source.quote);

    // The camera writes its place into the URL once it settles (throttled): the report takes the URL then.
    await expect.poll(() => urlParams(g.page).get('view')).not.toBeNull();
    await sleep(REPLACE_THROTTLE_MS + 200);
    await g.page.getByTestId('report-problem').locator('summary').click();
    const text = await g.page.getByTestId('report-text').inputValue();
    expect(text).toContain('Record id: zgc-wenquan-science-park-phase-2');
    expect(text).toContain(`Page: ${g.page.url()}`);
    expect(text).toContain('Total floor area: 304,000 m²');
    // No address configured at build time: no mailto link, only copying.
    expect(await g.page.getByTestId('report-mailto').count()).toBe(0);
    await expect.poll(() => g.page.getByTestId('report-copy').isVisible()).toBe(true);
  });
});

describe('science parks and the data page', () => {
  it('?panel=parks ranks the 18 parks by floor area; a name opens the park', async () => {
    const g = await english('?panel=parks&lang=en');
    const rows = g.page.getByTestId('park-row');
    await expect.poll(() => rows.count()).toBe(18);
    const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
    const all = await projectsData(g.page);
    const areas = ids.map((id) => all.get(id)!.properties.floor_area_total_m2 as number);
    expect(areas).toEqual([...areas].sort((a, b) => b - a));
    await rows.first().getByRole('button').click();
    await expect.poll(() => urlParams(g.page).get('project')).toBe(ids[0]);
    expect(urlParams(g.page).get('panel')).toBeNull();
    await expect.poll(() => g.page.getByTestId('project-panel').isVisible()).toBe(true);
    await g.page.goBack();
    await expect.poll(() => g.page.getByTestId('parks-panel').isVisible()).toBe(true);
  });

  it('the data page counts the loaded data per document and names the licences', async () => {
    const g = await english('?lang=en');
    await g.page.getByTestId('data-open').click();
    await expect.poll(() => urlParams(g.page).get('panel')).toBe('data');
    const all = await projectsData(g.page);
    const cites004 = [...all.values()].filter((f) =>
      (f.properties.sources as { doc: string }[]).some((s) => s.doc.startsWith('004')),
    ).length;
    const row = g.page.locator('[data-doc="004_ea38cd41d44e36dd.txt"] td').first();
    expect(await row.textContent()).toBe(String(cites004));
    const licences = await g.page.getByTestId('data-licences').textContent();
    expect(licences).toContain('ODbL');
    expect(licences).toContain('MIT');
    const rows = parseCsv((await download(g, 'data-download-csv')).toString('utf8'));
    expect(rows.length - 1).toBe(all.size);
  });
});

describe('charts', () => {
  it('opening charts fetches a chunk the first view did not, and each chart has its table', async () => {
    const g = await newPage(browser());
    const requested: string[] = [];
    g.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await openApp(g, '?district=110108&lang=en');
    const firstView = new Set(requested.filter((p) => p.endsWith('.js')));
    expect([...firstView].some((p) => /renderBar/.test(p))).toBe(false);
    await g.page.getByTestId('show-charts').locator('summary').click();
    const chart = g.page.getByTestId('chart-result-target').first();
    await expect.poll(() => chart.locator('svg .ct-bar').count()).toBeGreaterThan(1);
    const later = requested.filter((p) => p.endsWith('.js') && !firstView.has(p));
    expect(later.some((p) => /renderBar-.*\.js$/.test(p))).toBe(true);
    // The text alternative: a description, and the same numbers as a table.
    expect(await chart.locator('.visually-hidden').textContent()).toMatch(/2024|2025|%/);
    await chart.getByTestId('chart-as-table').click();
    const cells = await chart.locator('tbody tr').count();
    expect(cells).toBeGreaterThan(0);
  });

  it('compare charts fit a phone (390 px) and show both languages', async () => {
    const g = await newPage(browser(), { width: 390, height: 844 });
    await openApp(g, '?compare=110108,110114&lang=zh');
    await g.page.getByTestId('show-charts').locator('summary').click();
    const chart = g.page.getByTestId('chart-areas');
    await expect.poll(() => chart.locator('svg .ct-bar').count()).toBeGreaterThan(1);
    const box = (await chart.locator('svg').boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    expect(await chart.locator('figcaption').textContent()).toContain('各区域按类别的项目数');
  });
});

describe('print and image', () => {
  it('print media shows the map, legend and attribution, without controls', async () => {
    const g = await newPage(browser());
    await openApp(g, '?project=zgc-wenquan-science-park-phase-2&lang=en');
    await g.page.emulateMedia({ media: 'print' });
    const visible = (sel: string) => g.page.locator(sel).first().isVisible();
    expect(await visible('.maplibregl-canvas')).toBe(true);
    expect(await visible('[data-testid="print-legend"]')).toBe(true);
    expect(await visible('.maplibregl-ctrl-attrib')).toBe(true);
    expect(await visible('[data-testid="print-filters"]')).toBe(true);
    expect(await visible('[data-testid="project-panel"]')).toBe(true);
    expect(await visible('h1')).toBe(true);
    for (const control of ['.maplibregl-ctrl-group', '#sidebar', '.header-actions', '.basemap-control'])
      expect(await visible(control), control).toBe(false);
    // Before printing, the map is drawn into a picture (the canvas keeps preserveDrawingBuffer off).
    const src = await g.page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return document.querySelector<HTMLImageElement>('img.map-print-snapshot')?.src ?? '';
    });
    expect(src.startsWith('data:image/png;base64,')).toBe(true);
    expect(await visible('img.map-print-snapshot')).toBe(true);
    // The picture is not blank: it has many colours.
    const colours = await g.page.evaluate(async () => {
      const img = document.querySelector<HTMLImageElement>('img.map-print-snapshot')!;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < d.length; i += 4 * 97) seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
      return seen.size;
    });
    expect(colours).toBeGreaterThan(20);
    await g.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await g.page.locator('img.map-print-snapshot').count()).toBe(0);
  });

  it('"Download image" saves a PNG', async () => {
    const g = await english('?sector=education&lang=en');
    const png = await download(g, 'download-image');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(10_000);
  });
});

describe('accessibility of the new views', () => {
  for (const [name, q, charts] of [
    ['science parks', '?panel=parks&lang=en', false],
    ['data page', '?panel=data&lang=zh', false],
    ['district charts open', '?district=110108&lang=en', true],
  ] as const)
    it(`axe-core finds no violations: ${name}`, { timeout: 60_000 }, async () => {
      const g = q.endsWith('lang=en') ? await english(q) : await chinese(q);
      if (charts) {
        await g.page.getByTestId('show-charts').locator('summary').click();
        await expect.poll(() => g.page.locator('.ct-bar').count()).toBeGreaterThan(0);
      }
      expect(await axeViolations(g.page), q).toEqual([]);
    });
});
