/**
 * The benchmark's floor: a bare page that loads only maplibre-gl and draws the app's own data files with
 * plain layers (districts fill and line, projects as a clustered circle source that MapLibre fetches and
 * parses in its worker). No React, no validation, no search index: what MapLibre itself costs for the data.
 * Driven by tests/perf/bench.ts through `window.__bench`.
 *
 * Two filter floors: `setSector` (one `setFilter` on the points layer: cheap, but the clusters still count
 * every point) and `setSectorData` (the matching points sent again to the clustered source, with the
 * properties the app sends, so cluster counts are right: the same work the app does, minus the app).
 */
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

// As the app does: the worker as its own file, through Vite.
maplibregl.setWorkerUrl(workerUrl);

const data = (f: string) => new URL(`data/${f}`, document.baseURI).href;
const params = new URL(location.href).searchParams;
const view = params.get('view')?.split(',').map(Number);
/**
 * `?tiles`: the projects as vector tiles made by tests/perf/tiles.ts (clustered at build time by MapLibre's own
 * tiler, `data/tiles/{z}/{x}/{y}.pbf`) instead of the GeoJSON file; `?pmtiles`: the same tiles in one PMTiles
 * archive (`data/projects.pmtiles`) read through the `pmtiles` protocol with range requests. What the path in
 * docs/SCALING.md costs.
 */
const pmtiles = params.has('pmtiles');
/** `?clusterMaxZoom=11`: the zoom up to which points cluster, as the app clusters data of that size (default 8). */
const clusterZoom = Number(params.get('clusterMaxZoom') ?? 'none');
const clusterMaxZoom = Number.isInteger(clusterZoom) && clusterZoom >= 0 && clusterZoom <= 20 ? clusterZoom : 8;
const tiles = params.has('tiles') || pmtiles;
// Loaded only for `?pmtiles`: the bare page's own first view stays MapLibre alone (its bytes are the bench's floor).
if (pmtiles) maplibregl.addProtocol('pmtiles', new (await import('pmtiles')).Protocol().tile);
const projectsLayer = tiles ? { 'source-layer': 'projects' } : {};
/** The braces of a tile URL not through URL, which would escape them. */
const projectTiles: maplibregl.SourceSpecification = pmtiles
  ? { type: 'vector', url: `pmtiles://${data('projects.pmtiles')}` }
  : { type: 'vector', tiles: [`${data('')}tiles/{z}/{x}/{y}.pbf`], maxzoom: 14 };

performance.mark('map:creating');
const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources: {
      districts: { type: 'geojson', data: data('districts.geojson') },
      projects: tiles
        ? projectTiles
        : {
            type: 'geojson',
            data: data('projects.geojson'),
            cluster: true,
            clusterRadius: 50,
            clusterMaxZoom,
          },
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#f4f3ef' } },
      {
        id: 'district-fill',
        type: 'fill',
        source: 'districts',
        paint: { 'fill-color': '#dde6ee', 'fill-opacity': 0.6 },
      },
      { id: 'district-line', type: 'line', source: 'districts', paint: { 'line-color': '#556', 'line-width': 1 } },
      {
        id: 'clusters',
        type: 'circle',
        source: 'projects',
        ...projectsLayer,
        filter: ['has', 'point_count'],
        paint: {
          'circle-color': '#357',
          'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], 2, 11, 200, 22],
        },
      },
      {
        id: 'points',
        type: 'circle',
        source: 'projects',
        ...projectsLayer,
        filter: ['!', ['has', 'point_count']],
        paint: { 'circle-color': '#c50', 'circle-radius': 5 },
      },
    ],
  },
  ...(view && view.length === 3
    ? { center: [view[0]!, view[1]!], zoom: view[2]! }
    : { bounds: [115.42, 39.44, 117.51, 41.06] }),
  attributionControl: false,
});
// The same User Timing marks as the app's (tests/perf/ab.ts prints them): map created, data drawn.
performance.mark('map:created');

const ready = () => map.loaded() && !map.isMoving() && map.areTilesLoaded();
map.on('idle', () => {
  if (document.body.dataset.ready !== 'true' && map.isSourceLoaded('projects') && map.isSourceLoaded('districts')) {
    performance.mark('map:drawn');
    document.body.dataset.ready = 'true';
  }
});

/** A linear scan over the names and a list of the first 50: the floor for "a keystroke updates the list". */
let names: { id: string; zh: string; en: string }[] | null = null;
const q = document.getElementById('q') as HTMLInputElement;
const list = document.getElementById('list')!;
const count = document.getElementById('count')!;
q.addEventListener('input', () => {
  if (!names) return;
  const s = q.value.toLowerCase();
  const hits = s ? names.filter((n) => n.zh.includes(s) || n.en.includes(s)) : names;
  count.textContent = `${hits.length} of ${names.length}`;
  list.replaceChildren(
    ...hits.slice(0, 50).map((h) => {
      const li = document.createElement('li');
      li.textContent = h.en;
      return li;
    }),
  );
});

declare global {
  interface Window {
    __bench?: {
      ready(): boolean;
      setSector(sector: string): Promise<void>;
      clearSector(): Promise<void>;
      loadFeatures(): Promise<void>;
      setSectorData(sector: string): Promise<void>;
      restoreData(): Promise<void>;
      loadNames(): Promise<void>;
    };
  }
}
const POINTS_FILTER: maplibregl.FilterSpecification = ['!', ['has', 'point_count']];
const nextIdle = () => new Promise<void>((resolve) => map.once('idle', () => resolve()));
/** After a change has reached the map: every animation frame until the map is loaded, still and drawn. */
async function untilReady(): Promise<void> {
  do await new Promise((r) => requestAnimationFrame(r));
  while (!ready());
}

/** The point features in memory, as the app holds its data, thinned to the properties the app sends. */
let points: GeoJSON.Feature[] | null = null;

window.__bench = {
  ready,
  /**
   * setFilter on the points layer, resolved when the map is drawn with it, checked every animation frame as the
   * app's filter and `setSectorData` are (until session 17 it resolved at the map's next `idle` event, which
   * MapLibre fires inside a frame: up to a frame earlier than a check per frame can see it).
   */
  setSector: async (sector) => {
    map.setFilter('points', ['all', POINTS_FILTER, ['==', ['get', 'sector'], sector]]);
    await untilReady();
  },
  /** Undoes setSector (untimed), so setSectorData starts from the same map as the app's filter does. */
  clearSector: () => {
    map.setFilter('points', POINTS_FILTER);
    return nextIdle();
  },
  /** Fetches and keeps the points (untimed: the app has its data in memory before any filter). */
  loadFeatures: async () => {
    const fc = (await (await fetch(data('projects.geojson'))).json()) as GeoJSON.FeatureCollection;
    const keep = ['sector', 'status', 'precision', 'district', 'name_zh', 'name_en'];
    points = fc.features
      .filter((f) => f.geometry.type === 'Point')
      .map((f) => ({
        type: 'Feature',
        id: f.id,
        geometry: f.geometry,
        properties: { id: f.id, ...Object.fromEntries(keep.map((k) => [k, f.properties?.[k]])) },
      }));
  },
  /** The matching points sent again to the clustered source, resolved when the map has drawn them. */
  setSectorData: async (sector) => {
    if (!points) throw new Error('loadFeatures first');
    const matching = points.filter((f) => f.properties!.sector === sector);
    await map.getSource<GeoJSONSource>('projects')!.setData({ type: 'FeatureCollection', features: matching });
    await untilReady();
  },
  /** Undoes setSectorData (untimed): every point in the clustered source again, drawn. */
  restoreData: async () => {
    if (!points) throw new Error('loadFeatures first');
    await map.getSource<GeoJSONSource>('projects')!.setData({ type: 'FeatureCollection', features: points });
    await untilReady();
  },
  /** The names for the search floor (fetched again: MapLibre keeps its copy in the worker). */
  loadNames: async () => {
    const fc = (await (await fetch(data('projects.geojson'))).json()) as {
      features: { id: string; properties: { name_zh: string; name_en: string } }[];
    };
    names = fc.features.map((f) => ({ id: f.id, zh: f.properties.name_zh, en: f.properties.name_en.toLowerCase() }));
  },
};
