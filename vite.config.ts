import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

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
  '@tanstack/react-virtual',
  '@tanstack/virtual-core',
  'i18next',
  'react-i18next',
  'fuse.js',
  '@turf/bbox',
  '@turf/meta',
  '@turf/helpers',
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const packageTest = (names: readonly string[]) =>
  new RegExp(`node_modules[\\\\/](${names.map(escape).join('|')})[\\\\/]`);

export default defineConfig({
  plugins: [react()],
  base: './',
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
});
