// @vitest-environment jsdom
/**
 * Readers of the data (useAppData, useMetroStations: the map view, the panels, the proximity bar) do not
 * re-render when a search is typed once the files have loaded (issue 12: whether the view needs the records or
 * the stations at once turned on the first key, and re-rendered the whole app in that keystroke).
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppData, useMetroStations } from '../../src/data/queries';
import { useStore } from '../../src/state/store';
import { EMPTY_URL_STATE } from '../../src/state/url';
import { resetAfterFirstView } from '../../src/ui/afterFirstView';

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const asked: string[] = [];
beforeEach(() => {
  asked.length = 0;
  resetAfterFirstView();
  vi.stubGlobal('fetch', (url: string) => {
    const file = String(url).split('/').pop()!;
    asked.push(file);
    if (file === 'manifest.json') return Promise.resolve(json({ projects: 100_159, tiles: 'projects.pmtiles' }));
    if (file === 'areas.json') return Promise.resolve(json([]));
    return Promise.resolve(json({ type: 'FeatureCollection', features: [] }));
  });
  act(() => {
    useStore.getState().actions.setView(EMPTY_URL_STATE);
    useStore.getState().actions.setMapDrawn(false);
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

let renders = 0;
function Reader() {
  renders++;
  const data = useAppData().data;
  const stations = useMetroStations(true).data;
  return <p data-testid="reader">{data && stations ? 'loaded' : 'waiting'}</p>;
}

describe('readers of the data', () => {
  it('load the files a search needs on its first key, and once loaded are not re-rendered by typing', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { networkMode: 'always' } } });
    render(
      <QueryClientProvider client={client}>
        <Reader />
      </QueryClientProvider>,
    );
    // Large data drawn from tiles: the records and the stations wait for the first view…
    await waitFor(() => expect(asked).toContain('manifest.json'));
    expect(asked).not.toContain('projects.geojson');
    expect(asked).not.toContain('metro-stations.geojson');
    // …unless a search is typed first: the list and the search need them.
    act(() => useStore.getState().actions.setQuery('h'));
    await waitFor(() => expect(screen.getByTestId('reader').textContent).toBe('loaded'));
    expect(asked).toContain('projects.geojson');
    expect(asked).toContain('metro-stations.geojson');
    // Loaded: clearing the box and typing again re-render nothing that only reads the data.
    const before = renders;
    act(() => useStore.getState().actions.setQuery(''));
    act(() => useStore.getState().actions.setQuery('h'));
    act(() => useStore.getState().actions.setQuery('ho'));
    expect(renders).toBe(before);
  });
});
