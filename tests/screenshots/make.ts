/**
 * `npm run screenshots` (after `npm run build`): renders the README's pictures from the built app in
 * Debian's Chromium, so they show what the current data and code draw. Output: tests/screenshots/*.png.
 */
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/chromium';

const SHOTS: { file: string; query: string; viewport: { width: number; height: number } }[] = [
  { file: 'city.png', query: '?lang=zh', viewport: { width: 1280, height: 800 } },
  { file: 'haidian.png', query: '?lang=zh&district=110108', viewport: { width: 1280, height: 800 } },
  { file: 'changping.png', query: '?lang=zh&district=110114', viewport: { width: 1280, height: 800 } },
  {
    file: 'park-en.png',
    query: '?lang=en&project=zgc-wenquan-science-park-phase-2&view=116.19,40.05,12.5',
    viewport: { width: 1280, height: 800 },
  },
  { file: 'phone.png', query: '?lang=zh&district=110108', viewport: { width: 390, height: 844 } },
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
      { timeout: 30_000 },
    );
    await page.waitForTimeout(500);
    await page.screenshot({ path: new URL(s.file, import.meta.url).pathname });
    console.log(`tests/screenshots/${s.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
