/**
 * `npm run lighthouse` (after `npm run build`): Lighthouse on the default view, driving Debian's Chromium
 * (headless, WebGL in SwiftShader), desktop and mobile presets, printing the four category scores and the
 * failed audits. Lighthouse is fetched by `npx` on first use (`lighthouse@13`, not a dependency of the app:
 * it is large and only this script needs it). The app is served by `vite preview` on localhost; Lighthouse
 * itself makes no request off the machine for the audits used here.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/chromium';

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

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls!.local[0]!;
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
    console.log(`${preset}: ${scores.join(' · ')}`);
    for (const a of Object.values(report.audits))
      if (a.score !== null && a.score < 0.9 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
        console.log(`  ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  }
} finally {
  await server.close();
}
