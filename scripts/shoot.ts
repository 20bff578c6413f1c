/** Ad-hoc screenshot for development: tsx scripts/shoot.ts <url> <out.png> [phone] */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/browser/chromium';

const [url, out, phone] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 800 } });
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
page.on('pageerror', (e) => console.log('page error:', e));
await page.goto(url!);
await page
  .waitForFunction(() => document.querySelector('.map')?.getAttribute('data-ready') === 'true', undefined, {
    timeout: 20000,
  })
  .catch(() => console.log('not ready'));
await page.waitForTimeout(800);
await page.screenshot({ path: out! });
await browser.close();
