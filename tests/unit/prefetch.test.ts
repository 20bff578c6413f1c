/**
 * When the first view reads the projects file (issue 12, session 16; the request goes out at once in any case):
 * at once, unless the manifest names tiles the map draws first; then after the first view, except for a view
 * that needs the records from its first moment, or when the manifest is slow or fails.
 */
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MANIFEST_WAIT_MS, prefetchAppData, viewNeedsRecords } from '../../src/data/queries';
import { useStore } from '../../src/state/store';
import { EMPTY_URL_STATE, parseUrl } from '../../src/state/url';

(globalThis as { document?: unknown }).document ??= { baseURI: 'http://localhost/' };

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
/** Stubs fetch: the manifest as given (or never answered), every other file an empty answer; records the files asked. */
function serve(manifest: object | 'hang' | 404): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    const file = String(url).split('/').pop()!;
    asked.push(file);
    if (file === 'manifest.json') {
      if (manifest === 'hang') return new Promise(() => {});
      if (manifest === 404) return Promise.resolve(new Response('no', { status: 404 }));
      return Promise.resolve(json(manifest));
    }
    return Promise.resolve(json(file === 'areas.json' ? [] : { type: 'FeatureCollection', features: [] }));
  });
  return asked;
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the projects file in the first view', () => {
  beforeEach(() => useStore.getState().actions.setView(EMPTY_URL_STATE));
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
  const read = (client: QueryClient) => client.getQueryData(['data', 'projects.geojson']) !== undefined;

  it('is asked with the first files, and read at once when the manifest names no tiles, or fails', async () => {
    for (const manifest of [{ projects: 159 }, 404] as const) {
      const asked = serve(manifest);
      const client = new QueryClient();
      prefetchAppData(client);
      // Sent at once: the request does not wait for the manifest's answer.
      expect(asked.slice(0, 2).sort()).toEqual(['manifest.json', 'projects.geojson']);
      await vi.waitFor(() => expect(read(client)).toBe(true));
    }
  });

  it('is read after the first view when the manifest names tiles, unless the view needs the records', async () => {
    serve({ projects: 100_159, tiles: 'projects.pmtiles' });
    let client = new QueryClient();
    prefetchAppData(client);
    await vi.waitFor(() => expect(client.getQueryData(['data', 'areas.json'])).toBeDefined());
    await settle();
    expect(read(client)).toBe(false);
    // A shared search: the list is what the link is for.
    useStore.getState().actions.setView(parseUrl('?q=hospital'));
    serve({ projects: 100_159, tiles: 'projects.pmtiles' });
    client = new QueryClient();
    prefetchAppData(client);
    await vi.waitFor(() => expect(read(client)).toBe(true));
  });

  it('is read anyway when the manifest has not answered in a moment', async () => {
    vi.useFakeTimers();
    serve('hang');
    const client = new QueryClient();
    prefetchAppData(client);
    await vi.advanceTimersByTimeAsync(MANIFEST_WAIT_MS - 100);
    expect(read(client)).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    await vi.waitFor(() => expect(read(client)).toBe(true));
  });

  it('says which views need the records: not a sector or a status alone, which the tiles answer', () => {
    const needs = (q: string) => viewNeedsRecords(parseUrl(q));
    expect(needs('')).toBe(false);
    expect(needs('?sector=education&lang=en&view=116.4,39.9,9')).toBe(false);
    expect(needs('?status=planned')).toBe(false);
    for (const q of [
      '?q=h',
      '?area=110108',
      '?sector=education&status=planned',
      '?project=x',
      '?district=110108',
      '?panel=parks',
      '?near=116.4,39.9,1000',
    ])
      expect(needs(q), q).toBe(true);
  });
});
