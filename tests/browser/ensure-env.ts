/**
 * Runs before `npm test` (pretest): the browser tests need a Chromium and a CJK font (for the Chinese
 * interface and map labels). When either is missing it installs them with apt-get if it runs as root on
 * Debian, else stops at once with the one command to run — rather than failing minutes later in a test.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { findChromium } from './chromium';

const PACKAGES = { chromium: 'chromium', font: 'fonts-noto-cjk' };

function hasCjkFont(): boolean {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim().length > 0;
}

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

function missing(): string[] {
  const out: string[] = [];
  if (!findChromium()) out.push(PACKAGES.chromium);
  if (!hasCjkFont()) out.push(PACKAGES.font);
  return out;
}

const need = missing();
if (need.length) {
  const command = `apt-get install -y ${need.join(' ')}`;
  if (process.env.CHROMIUM_PATH && need.includes(PACKAGES.chromium)) {
    console.error(
      `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist: point it at a Chromium, or unset it and run: sudo ${command}`,
    );
    process.exit(1);
  }
  const root = process.getuid?.() === 0;
  if (root && has('apt-get')) {
    console.log(`--- installing what the browser tests need: ${need.join(', ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...need], { stdio: 'inherit', env });
    const still = missing();
    if (still.length) {
      console.error(`still missing after apt-get: ${still.join(', ')}`);
      process.exit(1);
    }
  } else {
    console.error(`The browser tests need ${need.join(' and ')}. Run:\n\n  sudo ${command}\n`);
    console.error('(or set CHROMIUM_PATH to a Chromium or Chrome you already have)');
    process.exit(1);
  }
}
console.log(`browser tests: Chromium ${findChromium()}, CJK font found`);
