/** The bare MapLibre page's build (tests/perf/baseline/) and a server for it, shared by the perf scripts. */
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { serveFiles } from './staticServer';

const ROOT = resolve(import.meta.dirname, '../..');
/** Where the bare page is built; its `data/` is served from the app's build. */
export const BASE_DIST = join(ROOT, 'dist-bench', 'baseline');
/** The app's build, whose `data/` the bare page reads. */
export const APP_DIST = join(ROOT, 'dist');

/** Serves the bare page at the root: its own files from its build, `data/` from the app's. */
export const serveBaseline = () =>
  serveFiles((path) => {
    const rel = path.slice(1);
    return { root: rel.startsWith('data/') ? APP_DIST : BASE_DIST, rel };
  });

export async function buildBaseline(): Promise<void> {
  await build({
    configFile: false,
    root: join(ROOT, 'tests', 'perf', 'baseline'),
    base: './',
    logLevel: 'warn',
    build: {
      outDir: BASE_DIST,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      // (Its one dynamic import, `pmtiles` for `?pmtiles` only, brings Vite's preload helper into the page's
      // script: ≈0.6 kB gz on the bench's floor. `modulePreload: false` would not take it out, only the
      // module-preload polyfill, which the app ships too.)
    },
  });
}
