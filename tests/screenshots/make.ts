/**
 * `npm run screenshots` (after `npm run build`): renders the README's pictures from the built app in
 * Debian's Chromium, so they show what the current data and code draw. Output: tests/screenshots/*.png.
 */
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/chromium';

/** Opens the chooser of the biggest stack drawn now, as a user clicking it would. */
async function openBiggestStack(page: Page): Promise<void> {
  const stacks = await page.evaluate(() => window.__mapTest!.renderedStacks());
  const big = stacks.sort((a, b) => b.count - a.count)[0];
  if (!big) throw new Error('no stack drawn');
  const box = (await page.locator('.map').boundingBox())!;
  await page.mouse.click(box.x + big.x, box.y + big.y);
  await page.getByTestId('stack-chooser').waitFor();
}

const SHOTS: {
  file: string;
  query: string;
  viewport: { width: number; height: number };
  act?: (page: Page) => Promise<void>;
}[] = [
  { file: 'city.png', query: '?lang=zh', viewport: { width: 1280, height: 800 } },
  { file: 'haidian.png', query: '?lang=zh&district=110108', viewport: { width: 1280, height: 800 } },
  { file: 'changping.png', query: '?lang=zh&district=110114', viewport: { width: 1280, height: 800 } },
  {
    file: 'park-en.png',
    query: '?lang=en&project=zgc-wenquan-science-park-phase-2&view=116.19,40.05,12.5',
    viewport: { width: 1280, height: 800 },
  },
  { file: 'phone.png', query: '?lang=zh&district=110108', viewport: { width: 390, height: 844 } },
  // Street zoom near 中关村: station and line names, sites, town halos.
  { file: 'street-zgc.png', query: '?lang=zh&view=116.318,39.983,14.5', viewport: { width: 1280, height: 800 } },
  { file: 'street-zgc-en.png', query: '?lang=en&view=116.318,39.983,14.5', viewport: { width: 1280, height: 800 } },
  {
    file: 'stack-chooser.png',
    query: '?lang=zh&view=116.234,40.027,13',
    viewport: { width: 1280, height: 800 },
    act: openBiggestStack,
  },
  {
    file: 'phone-project.png',
    query: '?lang=en&project=zgc-wenquan-science-park-phase-2',
    viewport: { width: 390, height: 844 },
  },
];

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls!.local[0]!;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  for (const s of SHOTS) {
    const page = await browser.newPage({ viewport: s.viewport, deviceScaleFactor: 1 });
    await page.goto(base + s.query);
    await page.waitForFunction(
      () => document.querySelector('.map')?.getAttribute('data-ready') === 'true' && window.__mapTest?.isIdle(),
      undefined,
      { timeout: 90_000 },
    );
    await page.waitForTimeout(500);
    if (s.act) await s.act(page);
    await page.screenshot({ path: new URL(s.file, import.meta.url).pathname });
    console.log(`tests/screenshots/${s.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
