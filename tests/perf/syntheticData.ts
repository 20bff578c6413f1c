/**
 * The perf scripts' data: builds public/data/ with n synthetic projects beside the real ones (0: the real
 * data alone, see geo/build/synthetic.ts) and copies it into each build's data/, where its pages read it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** `dists`: build folders, absolute or relative to the repository. */
export function putData(n: number, dists: readonly string[]): void {
  const r = spawnSync('npx', ['tsx', 'geo/build-data.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SYNTHETIC_PROJECTS: String(n) },
  });
  if (r.status !== 0) throw new Error(`data build (${n} synthetic projects) failed (${r.status})`);
  for (const d of dists) {
    rmSync(resolve(ROOT, d, 'data'), { recursive: true, force: true });
    cpSync(join(ROOT, 'public', 'data'), resolve(ROOT, d, 'data'), { recursive: true });
  }
}
