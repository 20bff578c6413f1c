/**
 * Domain-level steps for browser tests ("open the app", "click a project"), so tests read like what a
 * user does. Every page is guarded: a console error or a request to another host fails the test.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

const require = createRequire(import.meta.url);

export const launch = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });

/** One Chromium for a test file, launched before its tests and closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export interface Guarded {
  page: Page;
  errors: string[];
  offHost: string[];
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export async function newPage(browser: Browser, viewport = DESKTOP, locale = 'zh-CN'): Promise<Guarded> {
  const base = new URL(inject('baseUrl'));
  const context = await browser.newContext({
    viewport,
    locale,
    hasTouch: viewport === PHONE,
    isMobile: viewport === PHONE,
  });
  const page = await context.newPage();
  const g: Guarded = { page, errors: [], offHost: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') g.errors.push(m.text());
  });
  page.on('pageerror', (e) => g.errors.push(String(e)));
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.host === base.host) return route.continue();
    g.offHost.push(u.href);
    return route.abort();
  });
  return g;
}

/** Opens the app with a query string and waits until the map has drawn the data and is idle. */
export async function openApp(g: Guarded, query = ''): Promise<void> {
  await g.page.goto(new URL(query, inject('baseUrl')).href);
  await waitForMapIdle(g.page);
}

export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('.map')?.getAttribute('data-ready') === 'true' && window.__mapTest?.isIdle(),
    undefined,
    { timeout: 30_000, polling: 100 },
  );
}

interface FeatureLite {
  id: string;
  geometry: { type: string; coordinates: unknown };
  properties: Record<string, unknown>;
}

/** The project as the app's own data file has it. */
export async function projectData(page: Page, id: string): Promise<FeatureLite> {
  const fc = (await page.evaluate(async () => (await fetch('data/projects.geojson')).json())) as {
    features: FeatureLite[];
  };
  const f = fc.features.find((x) => x.id === id);
  if (!f) throw new Error(`no project ${id} in data`);
  return f;
}

/** Where a point is on screen now. */
export async function screenPoint(page: Page, lngLat: [number, number]): Promise<[number, number]> {
  return page.evaluate((ll) => window.__mapTest!.project(ll), lngLat);
}

/** Clicks a project's point on the map, as a user would. */
export async function clickProjectOnMap(page: Page, id: string): Promise<void> {
  const f = await projectData(page, id);
  if (f.geometry.type !== 'Point') throw new Error(`${id} is not a point`);
  const [x, y] = await screenPoint(page, f.geometry.coordinates as [number, number]);
  await page.mouse.click(x, y);
}

export async function renderedProjectIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__mapTest!.renderedProjectIds());
}

export function assertClean(g: Guarded): void {
  const problems = [
    ...g.errors.map((e) => `console error: ${e}`),
    ...g.offHost.map((u) => `request to another host: ${u}`),
  ];
  if (problems.length) throw new Error(problems.join('\n'));
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the page; returns violations as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }),
  )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** Types into the search box as a user would. */
export async function search(page: Page, text: string): Promise<void> {
  await page.getByTestId('search').fill(text);
}

export async function resultIds(page: Page): Promise<string[]> {
  return page.locator('[data-testid="results"] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
