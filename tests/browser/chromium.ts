/**
 * Which Chromium the browser tests, screenshots and benchmark start, and how: headless, no network
 * chatter, WebGL in software. Found in this order: CHROMIUM_PATH, Debian's /usr/bin/chromium, then
 * Playwright's own cache (PLAYWRIGHT_BROWSERS_PATH or ~/.cache/ms-playwright). No Playwright import here.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
/** Executables inside a Playwright browser folder (full Chromium first, then the headless shell). */
const IN_CACHE = [
  ['chrome-linux', 'chrome'],
  ['chrome-linux64', 'chrome'],
  ['chrome-linux', 'headless_shell'],
  ['chrome-headless-shell-linux64', 'chrome-headless-shell'],
];

export function playwrightCacheCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const root = env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(root)) return [];
  const dirs = readdirSync(root)
    .filter((d) => /^chromium(_headless_shell)?-\d+$/.test(d))
    .sort((a, b) => Number(b.split('-').pop()) - Number(a.split('-').pop()) || a.localeCompare(b));
  return dirs.flatMap((d) => IN_CACHE.map((parts) => join(root, d, ...parts)));
}

/** The Chromium to use, or null when none is found (CHROMIUM_PATH, when set, must exist). */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return [...SYSTEM, ...playwrightCacheCandidates(env)].find((p) => existsSync(p)) ?? null;
}

export const CHROMIUM = findChromium() ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];
