import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findChromium, playwrightCacheCandidates } from '../../tests/browser/chromium';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const fakeCache = () => {
  const root = mkdtempSync(join(tmpdir(), 'pw-'));
  dirs.push(root);
  for (const v of ['1100', '1187']) {
    mkdirSync(join(root, `chromium-${v}`, 'chrome-linux'), { recursive: true });
    writeFileSync(join(root, `chromium-${v}`, 'chrome-linux', 'chrome'), '');
  }
  return root;
};

describe('finding a Chromium', () => {
  it('uses CHROMIUM_PATH when set, and only if it exists', () => {
    const root = fakeCache();
    const exe = join(root, 'chromium-1100', 'chrome-linux', 'chrome');
    expect(findChromium({ CHROMIUM_PATH: exe })).toBe(exe);
    expect(findChromium({ CHROMIUM_PATH: join(root, 'missing') })).toBeNull();
  });

  it("lists Playwright's cached Chromiums, newest first", () => {
    const root = fakeCache();
    const c = playwrightCacheCandidates({ PLAYWRIGHT_BROWSERS_PATH: root });
    expect(c[0]).toBe(join(root, 'chromium-1187', 'chrome-linux', 'chrome'));
    expect(playwrightCacheCandidates({ PLAYWRIGHT_BROWSERS_PATH: join(root, 'none') })).toEqual([]);
  });
});
