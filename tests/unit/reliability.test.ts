/** The app half of issue 9 that needs no browser: data loads that cannot hang, the CSP, external links. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { districtsFile as schema } from '../../src/data/fileSchemas';
import { DATA_TIMEOUT_MS, DataLoadError, fetchJson } from '../../src/data/queries';
import { OSM_TILE_HOST, TIANDITU_HOSTS } from '../../src/map/layers/basemap';
import { contentSecurityPolicy, headersFile, tileHosts } from '../../src/security/csp';
import { basePath } from '../../vite.config';

(globalThis as { document?: unknown }).document ??= { baseURI: 'http://localhost/' };

const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e as DataLoadError;
  }
  throw new Error('did not fail');
};

describe('fetchJson', () => {
  it('gives up on a request that hangs after the timeout, as a timeout', async () => {
    let aborted = false;
    const hang: typeof fetch = (_u, init) =>
      new Promise((_r, reject) =>
        init?.signal?.addEventListener('abort', () => {
          aborted = true;
          reject(new DOMException('aborted', 'AbortError'));
        }),
      );
    const t0 = Date.now();
    const e = await failure(fetchJson('projects.geojson', schema, hang, 50));
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(aborted).toBe(true);
    expect([e.file, e.kind]).toEqual(['projects.geojson', 'timeout']);
  });

  it('gives up on a body that hangs after the headers came', async () => {
    const slowBody: typeof fetch = (_u, init) =>
      Promise.resolve({
        ok: true,
        json: () =>
          new Promise((_r, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
      } as Response);
    expect((await failure(fetchJson('profiles.json', schema, slowBody, 50))).kind).toBe('timeout');
  });

  it('names the kind of failure and keeps only language-neutral detail', async () => {
    const answer = (status: number, body: string) => () => Promise.resolve(new Response(body, { status }));
    const http = await failure(fetchJson('a.json', schema, answer(404, '')));
    expect([http.kind, http.detail]).toEqual(['http', '404']);
    expect((await failure(fetchJson('a.json', schema, answer(200, '{')))).kind).toBe('json');
    const content = await failure(
      fetchJson(
        'a.json',
        schema,
        answer(
          200,
          JSON.stringify({
            type: 'FeatureCollection',
            features: [{ type: 'Feature', properties: { code: 3, name_zh: '', name_en: '' }, geometry: {} }],
          }),
        ),
      ),
    );
    expect([content.kind, content.detail]).toEqual(['content', 'features › 0 › properties › code']);
    expect(content.message).not.toMatch(/Invalid|expected/);
    const offline = await failure(fetchJson('a.json', schema, () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(offline.kind).toBe('network');
  });

  it('waits 15 s by default', () => expect(DATA_TIMEOUT_MS).toBe(15_000));
});

describe('the Content-Security-Policy', () => {
  const directive = (policy: string, name: string) =>
    policy
      .split('; ')
      .find((d) => d.startsWith(`${name} `))
      ?.split(' ')
      .slice(1);

  it('allows exactly the tile hosts of the basemaps on offer', () => {
    const offline = contentSecurityPolicy(tileHosts(undefined));
    expect(directive(offline, 'connect-src')).toEqual(["'self'", `https://${OSM_TILE_HOST}`]);
    expect(offline).not.toContain('tianditu');
    const withKey = contentSecurityPolicy(tileHosts('key'));
    const tiles = [OSM_TILE_HOST, ...TIANDITU_HOSTS].map((h) => `https://${h}`);
    expect(directive(withKey, 'connect-src')).toEqual(["'self'", ...tiles]);
    expect(directive(withKey, 'img-src')).toEqual(["'self'", 'data:', 'blob:', ...tiles]);
  });

  it('is strict: scripts from the app only, no eval, no inline code', () => {
    const p = contentSecurityPolicy(tileHosts('key'));
    expect(directive(p, 'default-src')).toEqual(["'self'"]);
    expect(directive(p, 'script-src')).toEqual(["'self'"]);
    expect(directive(p, 'worker-src')).toEqual(["'self'", 'blob:']);
    expect(directive(p, 'object-src')).toEqual(["'none'"]);
    // The one relaxation: style attributes (the chart library sizes its SVG with one); nothing else unsafe.
    expect(directive(p, 'style-src')).toEqual(["'self'"]);
    expect(directive(p, 'style-src-attr')).toEqual(["'unsafe-inline'"]);
    expect(p.replace("style-src-attr 'unsafe-inline'", '')).not.toMatch(/unsafe-|\*/);
    expect(headersFile(p)).toContain(`  Content-Security-Policy: ${p}\n`);
  });
});

describe('deep paths', () => {
  it('builds for an absolute base, so /a/b/ still finds /assets and /data', () => {
    expect(basePath(undefined)).toBe('/');
    expect(basePath('')).toBe('/');
    expect(basePath('map')).toBe('/map/');
    expect(basePath('/beijing/plans/')).toBe('/beijing/plans/');
  });
});

describe('external links', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
    });

  it('every target="_blank" link carries rel="noopener noreferrer"', () => {
    let links = 0;
    for (const f of files('src')) {
      const text = readFileSync(f, 'utf8');
      // A link's opening tag, across lines: each one with a new tab must also say noopener noreferrer.
      for (const tag of text.match(/<a\b[^>]*>/g) ?? []) {
        if (!/target=\\?["'{]?_blank/.test(tag)) continue;
        links++;
        expect(tag, f).toMatch(/rel=\\?["']noopener noreferrer\\?["']/);
      }
    }
    expect(links).toBeGreaterThan(0);
  });
});
