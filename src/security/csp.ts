/**
 * The production build's Content-Security-Policy, from the one list of tile hosts the basemaps use
 * (src/map/layers/basemap.ts), so the policy cannot drift from what a user can enable. vite.config.ts puts
 * it in the built index.html as a meta tag (any static host serves that) and in dist/_headers (Netlify /
 * Cloudflare Pages style, for hosts that take headers). Not used by the dev server, which needs inline
 * scripts for hot reload.
 */
import { OSM_TILE_HOST, TIANDITU_HOSTS } from '../map/layers/basemap';

/** The hosts the online basemaps on offer load tiles from: OSM always, 天地图 only when a key is set. */
export const tileHosts = (tiandituKey: string | undefined): string[] => [
  OSM_TILE_HOST,
  ...(tiandituKey?.trim() ? TIANDITU_HOSTS : []),
];

export function contentSecurityPolicy(hosts: readonly string[]): string {
  const tiles = hosts.map((h) => `https://${h}`);
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // Only the built modules; no inline script, no eval (the browser's validator, valibot, never compiles code).
    ['script-src', "'self'"],
    // MapLibre's worker is a file of the build; blob: is for browsers where MapLibre wraps it in a blob.
    ['worker-src', "'self'", 'blob:'],
    // Data files, and basemap tiles, which MapLibre fetches (then decodes as bitmaps).
    ['connect-src', "'self'", ...tiles],
    // data: for the favicon and MapLibre's control icons (SVG in its CSS), blob: for decoded tiles.
    ['img-src', "'self'", 'data:', 'blob:', ...tiles],
    // Stylesheets of the build only: React's style props and MapLibre's sizing set styles through the
    // CSSOM (element.style), which a policy does not govern. The chart library (Chartist, loaded with the
    // charts) sizes its SVG with a style attribute, so style *attributes* are allowed: no <style> element,
    // no stylesheet from elsewhere, and nothing that runs script.
    ['style-src', "'self'"],
    ['style-src-attr', "'unsafe-inline'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** The `_headers` file: the same policy as a header, and two headers a meta tag cannot set. */
export const headersFile = (policy: string): string =>
  [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '',
  ].join('\n');
