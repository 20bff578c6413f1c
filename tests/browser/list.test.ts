/** The list, links and keyboard paths a new user tripped on (issue 8). */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  focused,
  newPage,
  openApp,
  projectsData,
  resultCount,
  resultIds,
  sharedBrowser,
  sharedPage,
  switchLanguage,
  urlParams,
} from './helpers';

const browser = sharedBrowser();
/** Tests of what an English view lists share a page (see sharedPage); tests of a link's first load do not. */
const english = sharedPage(browser);

describe('the list follows the open area', () => {
  it('?district= lists that area only, with its count', async () => {
    const g = await english('?district=110114&lang=en');
    await expect.poll(() => g.page.locator('.results-title').textContent()).toContain('Projects in Changping');
    const ids = await resultIds(g.page);
    expect(ids.length).toBeGreaterThan(5);
    const all = await projectsData(g.page);
    expect(ids.length).toBeLessThan(all.size);
    for (const id of ids) {
      const p = all.get(id)!.properties as { district: string; also_districts?: string[] };
      expect([p.district, ...(p.also_districts ?? [])], id).toContain('110114');
    }
    expect(await resultCount(g.page)).toBe(`${ids.length} projects`);
  });

  it('closing the district panel restores the whole list', async () => {
    const g = await english('?district=110114&lang=en');
    await expect.poll(() => g.page.locator('.results-title').textContent()).toContain('Projects in Changping');
    const all = await projectsData(g.page);
    await g.page.getByTestId('district-panel').getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => resultCount(g.page)).toBe(`${all.size} projects`);
    expect((await resultIds(g.page)).length).toBe(all.size);
  });
});

describe('links', () => {
  it('the sort is in the URL and a shared link keeps it', async () => {
    const g = await english('?lang=en');
    await g.page.getByTestId('sort').selectOption('floor_area');
    await expect.poll(() => urlParams(g.page).get('sort')).toBe('floor_area');
    const h = await newPage(browser());
    await h.page.goto(g.page.url());
    await h.page.getByTestId('results').waitFor();
    expect(await h.page.getByTestId('sort').inputValue()).toBe('floor_area');
    // Floor areas only, largest first.
    const labels = await h.page.locator('[data-testid="results"] li .figure-label').allTextContents();
    expect(labels.slice(0, 5)).toEqual(Array(5).fill('Total floor area'));
    const ids = (await resultIds(h.page)).slice(0, 5);
    const byId = await projectsData(h.page);
    const areas = ids.map((id) => byId.get(id)!.properties.floor_area_total_m2 as number);
    expect([...areas].sort((a, b) => b - a)).toEqual(areas);
  });

  for (const [lang, text] of [
    ['en', 'not found'],
    ['zh', '未找到'],
  ] as const)
    it(`?project=<unknown> says "${text}" and drops it from the URL (${lang})`, async () => {
      const g = await newPage(browser());
      await openApp(g, `?project=no-such-project&lang=${lang}`);
      const notice = g.page.getByTestId('not-found');
      await expect.poll(() => notice.textContent()).toContain(text);
      expect(await notice.textContent()).toContain('no-such-project');
      expect(urlParams(g.page).get('project')).toBeNull();
      expect(urlParams(g.page).get('lang')).toBe(lang);
    });

  it('language is not a history entry: Back moves through selections and keeps the language', async () => {
    const g = await newPage(browser(), undefined, 'zh-CN');
    await openApp(g, '?district=110108');
    await g.page.getByTestId('district-panel').locator('.project-links button').first().click();
    await g.page.getByTestId('project-panel').waitFor();
    await switchLanguage(g.page);
    await expect.poll(() => g.page.locator('h1').textContent()).toBe('Beijing district plans 2025');
    await g.page.goBack();
    await expect.poll(() => g.page.getByTestId('district-panel').isVisible()).toBe(true);
    expect(await g.page.locator('h1').textContent()).toBe('Beijing district plans 2025');
    expect(await g.page.getByTestId('district-panel').getByRole('heading', { level: 2 }).textContent()).toBe('Haidian');
    expect(urlParams(g.page).get('lang')).toBe('en');
  });
});

describe('keyboard', () => {
  it('skip links go to the results and to the map canvas', async () => {
    const g = await newPage(browser());
    await openApp(g, '?lang=en');
    await g.page.keyboard.press('Tab');
    expect((await focused(g.page)).testid).toBe('skip-results');
    await g.page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(g.page)).inList).toBe(true);
    await g.page.getByTestId('skip-map').focus();
    await g.page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(g.page)).cls).toContain('maplibregl-canvas');
  });

  it('the list is one tab stop; arrow keys move between rows', async () => {
    const g = await english('?lang=en');
    const rows = g.page.locator('[data-testid="results"] li button');
    expect(await g.page.locator('[data-testid="results"] button[tabindex="0"]').count()).toBe(1);
    await rows.first().focus();
    const index = () => g.page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-index'));
    await g.page.keyboard.press('ArrowDown');
    await g.page.keyboard.press('ArrowDown');
    expect(await index()).toBe('2');
    await g.page.keyboard.press('ArrowUp');
    expect(await index()).toBe('1');
    await g.page.keyboard.press('End');
    const total = (await projectsData(g.page)).size;
    await expect.poll(index).toBe(String(total - 1));
    // Tab leaves the list at once, and Shift+Tab comes back to the row it left.
    await g.page.keyboard.press('Tab');
    expect((await focused(g.page)).inList).toBe(false);
    await g.page.keyboard.press('Shift+Tab');
    expect(await index()).toBe(String(total - 1));
  });
});

describe('search at scale', () => {
  // Above 5,000 projects typos are matched in workers (issue 12); the real data is smaller, so the built
  // worker client is driven directly here: it must start the built worker under the app's CSP, and its answer
  // must be the page's own.
  it("typo matching's workers start in the built app and answer as the page does", async () => {
    const g = await english('?lang=en');
    const chunk = readdirSync('dist/assets').find((f) => /^fuzzyRemote-.*\.js$/.test(f));
    expect(chunk).toBeDefined();
    // A script of its own, not a function: Vitest would rewrite a dynamic import() inside the test's code.
    const answer = await g.page.evaluate<number[]>(`(async () => {
      const { remoteFuzzy } = await import('/assets/${chunk}');
      const values = ['sujiatuo central hospital', 'wenquan science park', 'haidian hospital'];
      const join = (vs) => {
        const starts = new Uint32Array(vs.length + 1);
        vs.forEach((v, i) => (starts[i + 1] = starts[i] + v.length + 1));
        return { text: vs.join('\\n'), starts };
      };
      const empty = values.map(() => '');
      const fields = { name_en: join(values), name_py: join(empty), place_py: join(empty) };
      return new Promise((resolve, reject) => {
        const remote = remoteFuzzy(fields, () => {
          if (remote.failed) reject(new Error('the typo worker failed'));
          const hits = remote.hits('hospitl');
          if (hits) resolve(Array.from(hits.at).sort());
        }, undefined, 2);
        remote.hits('hospitl');
      });
    })()`);
    expect(answer).toEqual([0, 2]);
  });
});
