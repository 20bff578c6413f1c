import type { Map as MlMap } from 'maplibre-gl';
import { LAYER, PROJECT_LAYERS, SOURCE } from './style';

/**
 * A small read-only window into the map for browser tests (screen position of a place, whether the map
 * is idle, which projects are drawn). It exposes no data the page does not already show.
 */
export interface MapTestHook {
  project(lngLat: [number, number]): [number, number];
  isIdle(): boolean;
  renderedProjectIds(): string[];
  renderedClusters(): number;
  projectState(id: string): Record<string, unknown>;
  /** Moves the camera by one pixel: a full redraw, the baseline for interaction timings. */
  repaint(): void;
  zoom(): number;
}

declare global {
  interface Window {
    __mapTest?: MapTestHook;
  }
}

export function installTestHook(map: MlMap): void {
  window.__mapTest = {
    project: (ll) => {
      const p = map.project(ll);
      const r = map.getCanvas().getBoundingClientRect();
      return [p.x + r.left, p.y + r.top];
    },
    isIdle: () => map.loaded() && !map.isMoving() && map.areTilesLoaded(),
    renderedProjectIds: () =>
      [
        ...new Set(
          map
            .queryRenderedFeatures({ layers: [...PROJECT_LAYERS].filter((l) => map.getLayer(l)) })
            .map((f) => String(f.properties.id)),
        ),
      ].sort(),
    renderedClusters: () => map.queryRenderedFeatures({ layers: [LAYER.cluster] }).length,
    projectState: (id) => ({
      ...map.getFeatureState({ source: SOURCE.projects, id }),
      ...map.getFeatureState({ source: SOURCE.projectLines, id }),
    }),
    zoom: () => map.getZoom(),
    repaint: () => void map.panBy([0, 1], { animate: false }),
  };
}
