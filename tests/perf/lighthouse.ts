/**
 * `npm run lighthouse` (after `npm run build`): Lighthouse on the default view, driving Debian's Chromium
 * (headless, WebGL in SwiftShader), desktop and mobile presets, printing the four category scores and the
 * failed audits. Lighthouse is fetched by `npx` on first use (`lighthouse@13`, not a dependency of the app:
 * it is large and only this script needs it). The app is served by `vite preview` on localhost; Lighthouse
 * itself makes no request off the machine for the audits used here.
 *
 * `npm run lighthouse -- --baseline` runs it on the bare MapLibre page instead (`dist-bench/baseline`, built by
 * `npm run bench`, drawing the same `dist/data/` files): the floor this machine sets for any MapLibre page.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/chromium';
import { BASE_DIST, serveBaseline } from './baselineBuild';

interface Report {
  categories: Record<string, { title: string; score: number | null }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
}

/**
 * Runs a command and resolves with its exit code. Not spawnSync: the preview server runs in this process,
 * and a synchronous spawn would block its event loop, so Lighthouse's page would never load.
 */
const run = (cmd: string, args: string[]) =>
  new Promise<number | null>((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', resolve);
  });

const BASELINE = process.argv.includes('--baseline');
if (BASELINE && !existsSync(join(BASE_DIST, 'index.html')))
  throw new Error(`${BASE_DIST} is missing: run npm run bench first`);
const server = BASELINE
  ? await serveBaseline().then((s) => ({
      url: `${s.url}/`,
      close: () => new Promise<void>((ok) => s.server.close(() => ok())),
    }))
  : await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' }).then((s) => ({
      url: s.resolvedUrls!.local[0]!,
      close: () => s.close(),
    }));
const url = server.url;
const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
try {
  for (const preset of ['desktop', 'mobile'] as const) {
    const out = join(dir, `${preset}.json`);
    const status = await run('npx', [
      '--yes',
      'lighthouse@13',
      url,
      `--chrome-path=${CHROMIUM}`,
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
    ]);
    if (status !== 0) throw new Error(`lighthouse (${preset}) failed with ${status}`);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    const scores = Object.values(report.categories).map((c) => `${c.title} ${Math.round((c.score ?? 0) * 100)}`);
    console.log(`${BASELINE ? 'bare MapLibre page, ' : ''}${preset}: ${scores.join(' · ')}`);
    for (const a of Object.values(report.audits))
      if (a.score !== null && a.score < 0.9 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
        console.log(`  ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  }
} finally {
  await server.close();
}
