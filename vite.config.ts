import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { contentSecurityPolicy, headersFile, tileHosts } from './src/security/csp';

/**
 * The packages the first view needs, by name: they form the eager `vendor` chunk. Anything else from
 * node_modules is left to Rollup's own splitting, so a library loaded with `import()` stays in its own
 * lazy chunk (a catch-all /node_modules/ group would pull it into the first load). `npm run size` fails on
 * any chunk without a budget, so a new package shows up there.
 */
export const EAGER_PACKAGES = [
  'react',
  'react-dom',
  'scheduler',
  'use-sync-external-store',
  'zustand',
  '@tanstack/react-query',
  '@tanstack/query-core',
  'i18next',
  'react-i18next',
  // valibot (tree-shakable): the small data files, the metro and the URL (src/data/fileSchemas.ts,
  // src/state/url.ts); the projects file by the structural check in src/data/shape.ts. zod is build-time only.
  'valibot',
  '@turf/bbox',
  '@turf/meta',
  '@turf/helpers',
  // Proximity and nearest stations, and the choropleth's class breaks.
  '@turf/circle',
  '@turf/destination',
  '@turf/distance',
  '@turf/rhumb-distance',
  '@turf/invariant',
  '@turf/nearest-point-on-line',
  '@turf/point-to-line-distance',
  '@turf/projection',
  '@turf/rhumb-bearing',
  '@turf/bearing',
  '@turf/clone',
  'simple-statistics',
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const packageTest = (names: readonly string[]) =>
  new RegExp(`node_modules[\\\\/](${names.map(escape).join('|')})[\\\\/]`);

/** The CSP as a meta tag in the built index.html and as dist/_headers, from the basemaps' tile hosts. */
function csp(tiandituKey: string | undefined): Plugin {
  const policy = contentSecurityPolicy(tileHosts(tiandituKey));
  return {
    name: 'csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(policy) });
    },
  };
}

/**
 * Where the app is served from, absolute, so a host that answers every path with index.html (`/a/b/`) still
 * loads the scripts and data from the app's root. `BASE_PATH=/some/folder/` builds for a sub-folder.
 */
export const basePath = (raw: string | undefined): string => {
  const p = (raw ?? '').trim();
  if (!p) return '/';
  return `${p.startsWith('/') ? '' : '/'}${p}${p.endsWith('/') ? '' : '/'}`;
};

export default defineConfig(({ mode }) => ({
  plugins: [react(), csp(loadEnv(mode, process.cwd(), 'VITE_').VITE_TIANDITU_KEY)],
  base: basePath(process.env.BASE_PATH),
  build: {
    target: 'es2022',
    sourcemap: true,
    // MapLibre is most of the code and changes least often: its own chunk caches across releases.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: packageTest(['maplibre-gl']) },
            { name: 'vendor', test: packageTest(EAGER_PACKAGES) },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 5173 },
}));
