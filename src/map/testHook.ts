import type { Map as MlMap } from 'maplibre-gl';
import { CHORO_COLORS, CHORO_NO_DATA } from './layers/districts';
import { PROJECT_TILES_LAYER } from '../data/tiles';
import { CLUSTER_LAYERS, LABEL_LAYERS, LAYER, PROJECT_LAYERS, SOURCE } from './style';
import { typosPending } from '../filters/search';
import { clusterCount, contextLoaded, drawnOnMap, filterPending, tilesAreShown } from './useMapSync';

/**
 * A small read-only window into the map for browser tests (screen position of a place, whether the map
 * is idle, which projects are drawn). It exposes no data the page does not already show.
 */
interface MapTestHook {
  project(lngLat: [number, number]): [number, number];
  isIdle(): boolean;
  /**
   * Whether what the first view may leave for later has come: the metro stations have been handed to the
   * map, or failed to load (at the default view they load once the map has drawn; `isIdle` is false while
   * the map takes them in).
   */
  contextLoaded(): boolean;
  renderedProjectIds(): string[];
  renderedClusters(): number;
  /** Which drawing of the points shows now: the vector tiles (large data) or the GeoJSON source. */
  pointsFrom(): 'tiles' | 'geojson';
  /** Whether the vector tiles' layers are shown now (also before the projects file has loaded: large data). */
  tilesShown(): boolean;
  projectState(id: string): Record<string, unknown>;
  /**
   * The feature-state of a project's point as drawn from the vector tiles (large data): read from the
   * rendered feature, so it says the point is drawn with it; empty when the tiles draw no such point.
   */
  projectTileState(id: string): Record<string, unknown>;
  /** Moves the camera by one pixel: a full redraw, the baseline for interaction timings. */
  repaint(): void;
  zoom(): number;
  /** Texts of the labels drawn now (district, station, line and project names), as placed on screen. */
  renderedLabels(): string[];
  /** Labels drawn now with their screen position, for "is this name near that place" checks. */
  renderedLabelsAt(): { text: string; layer: string; x: number; y: number }[];
  /** Counts shown on stacks (projects sharing a position) drawn now, with their screen position. */
  renderedStacks(): { count: number; x: number; y: number }[];
  /** Clusters drawn now: screen position and count, for overlap checks. */
  renderedClusterCircles(): { count: number; x: number; y: number }[];
  /** The camera's centre and zoom. */
  center(): [number, number];
  /** Ids of the sources and layers in the style now, in drawing order. */
  styleLayers(): string[];
  /**
   * A district's choropleth class (feature-state `choro`: -1 no data, null none shown) and the colour the
   * district fill's paint gives that class.
   */
  districtChoropleth(code: string): { cls: number | null; color: string | null };
  /** Features of the proximity overlay source now (the circle polygon and its centre, per tile). */
  proximityShapes(): { type: string; coordinates: unknown }[];
}

declare global {
  interface Window {
    __mapTest?: MapTestHook;
  }
}

export function installTestHook(map: MlMap): void {
  const present = (ids: readonly string[]) => ids.filter((l) => map.getLayer(l));
  /** Rendered point features of some layers, once each, with their screen position. */
  const pointsOf = (layers: readonly string[]) => {
    const seen = new Set<string>();
    return map.queryRenderedFeatures({ layers: present(layers) }).flatMap((f) => {
      if (f.geometry.type !== 'Point') return [];
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const k = `${f.layer.id}:${lng},${lat}:${JSON.stringify(f.properties)}`;
      if (seen.has(k)) return [];
      seen.add(k);
      const p = map.project([lng, lat]);
      return [{ f, x: p.x, y: p.y }];
    });
  };
  const tileState = (id: string): Record<string, unknown> =>
    map
      .queryRenderedFeatures({ layers: present(PROJECT_LAYERS.filter((l) => l.endsWith('-tiles'))) })
      .find((f) => f.source === SOURCE.projectTiles && String(f.properties.id) === id)?.state ?? {};
  const labelsAt = () => {
    const seen = new Set<string>();
    return map.queryRenderedFeatures({ layers: present(LABEL_LAYERS) }).flatMap((f) => {
      const field = map.getLayoutProperty(f.layer.id, 'text-field') as unknown;
      const key = Array.isArray(field) && field[0] === 'get' ? String(field[1]) : 'name_zh';
      const text = String(f.properties[key] ?? '');
      const at = f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : null;
      const p = at ? map.project(at) : { x: NaN, y: NaN };
      const k = `${f.layer.id}:${text}:${Math.round(p.x)},${Math.round(p.y)}`;
      if (!text || seen.has(k)) return [];
      seen.add(k);
      return [{ text, layer: f.layer.id, x: p.x, y: p.y }];
    });
  };
  window.__mapTest = {
    project: (ll) => {
      const p = map.project(ll);
      const r = map.getCanvas().getBoundingClientRect();
      return [p.x + r.left, p.y + r.top];
    },
    // Idle also means no filter is waiting to be sent to the map (it follows the list in a task of its own), and
    // no word's typo matches are being computed in the search's worker (large data only).
    isIdle: () => !filterPending() && !typosPending() && map.loaded() && !map.isMoving() && map.areTilesLoaded(),
    contextLoaded,
    renderedProjectIds: () =>
      [
        ...new Set(
          map
            .queryRenderedFeatures({ layers: [...PROJECT_LAYERS].filter((l) => map.getLayer(l)) })
            .map((f) => String(f.properties.id)),
        ),
      ].sort(),
    pointsFrom: () => (drawnOnMap()?.tiles ? 'tiles' : 'geojson'),
    tilesShown: () => tilesAreShown(),
    renderedClusters: () => map.queryRenderedFeatures({ layers: present(CLUSTER_LAYERS) }).length,
    projectState: (id): Record<string, unknown> => ({
      ...(map.getFeatureState({ source: SOURCE.projects, id }) as Record<string, unknown>),
      ...(map.getFeatureState({ source: SOURCE.projectLines, id }) as Record<string, unknown>),
      ...((map.getSource(SOURCE.projectTiles)
        ? map.getFeatureState({ source: SOURCE.projectTiles, sourceLayer: PROJECT_TILES_LAYER, id })
        : {}) as Record<string, unknown>),
    }),
    projectTileState: (id) => tileState(id),
    zoom: () => map.getZoom(),
    renderedLabels: () => labelsAt().map((l) => l.text),
    renderedLabelsAt: () => labelsAt(),
    renderedStacks: () =>
      pointsOf([LAYER.stackCount, LAYER.approxCount]).map(({ f, x, y }) => ({
        count: Number(f.properties.count),
        x,
        y,
      })),
    renderedClusterCircles: () => pointsOf(CLUSTER_LAYERS).map(({ f, x, y }) => ({ count: clusterCount(f), x, y })),
    center: () => map.getCenter().toArray(),
    styleLayers: () => map.getStyle().layers.map((l) => l.id),
    repaint: () => void map.panBy([0, 1], { animate: false }),
    districtChoropleth: (code) => {
      const state = map.getFeatureState({ source: SOURCE.districts, id: code }) as { choro?: number };
      const v = state.choro;
      if (typeof v !== 'number') return { cls: null, color: null };
      return { cls: v, color: v === -1 ? CHORO_NO_DATA : (CHORO_COLORS[v] ?? null) };
    },
    proximityShapes: () =>
      map
        .querySourceFeatures(SOURCE.proximity)
        .map((f) => ({ type: f.geometry.type, coordinates: (f.geometry as { coordinates: unknown }).coordinates })),
  };
}
