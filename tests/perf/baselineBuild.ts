/** The bare MapLibre page's build (tests/perf/baseline/), shared by bench.ts and tiles.ts. */
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
/** Where the bare page is built; its `data/` is served from the app's build. */
export const BASE_DIST = join(ROOT, 'dist-bench', 'baseline');

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
