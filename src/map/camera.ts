/**
 * Camera moves. A project is shown at the zoom its precision supports (a site around 15, a town around 12,
 * a district-level point by fitting its district), and always beside or above whatever panel covers the
 * map: the side panel on a desktop, the bottom sheet on a phone.
 */
import { bbox } from '@turf/turf';
import type { Map as MlMap } from 'maplibre-gl';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
import type { ProjectFeature } from '../data/model';
import { CLUSTER } from '../data/tiles';
import { PROJECT_SOURCE } from './layers/projects';
import { getMap } from './mapInstance';

/** The user asked the system for less motion: the camera jumps instead of flying, labels appear without fading. */
const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** The zoom a point is shown at, by how precisely it is placed (district-level points fit their district). */
const PRECISION_ZOOM = { site: 15, street: 15, town: 12 } as const;
export const MARGIN = 40;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * How far the panels cover the map on each side, plus a margin: the map's own rectangle against every
 * element that floats over it (`[data-covers-map]`: the panel, the bottom sheet, an open legend).
 */
export function coveredPadding(map: Rect, covers: Rect[], margin = MARGIN): Padding {
  const pad = { top: 0, right: 0, bottom: 0, left: 0 };
  const w = map.right - map.left;
  const h = map.bottom - map.top;
  for (const c of covers) {
    const l = Math.max(map.left, c.left);
    const r = Math.min(map.right, c.right);
    const t = Math.max(map.top, c.top);
    const b = Math.min(map.bottom, c.bottom);
    if (r <= l || b <= t) continue;
    const cw = r - l;
    const ch = b - t;
    // A cover as wide as the map is a sheet (it takes height); otherwise a side panel (it takes width).
    if (cw >= w * 0.9) {
      if (b >= map.bottom - 1) pad.bottom = Math.max(pad.bottom, map.bottom - t);
      else pad.top = Math.max(pad.top, b - map.top);
    } else if (ch >= h * 0.5) {
      if (r >= map.right - 1) pad.right = Math.max(pad.right, map.right - l);
      else pad.left = Math.max(pad.left, r - map.left);
    }
  }
  // Never leave less than a third of the map free in either direction.
  const fit = (a: number, b: number, size: number) => {
    const max = (size * 2) / 3;
    const s = a + b;
    return s > max ? [(a * max) / s, (b * max) / s] : [a, b];
  };
  const [left, right] = fit(pad.left, pad.right, w);
  const [top, bottom] = fit(pad.top, pad.bottom, h);
  return { top: top! + margin, right: right! + margin, bottom: bottom! + margin, left: left! + margin };
}

/** How long a camera move waits for a loading panel before it goes anyway (the panels' chunk is local). */
const SETTLE_MAX_MS = 3000;
/**
 * Runs `move` once no panel covering the map is still loading (`aria-busy`): the camera must clear the
 * panel's final size, and a loading panel is smaller than the one that replaces it (a phone's bottom sheet
 * most of all). Checked every frame; returns a function that cancels it.
 */
export function whenPanelsSettled(move: () => void): () => void {
  const start = performance.now();
  let frame = 0;
  const tick = () => {
    const busy = document.querySelector('[data-covers-map][aria-busy="true"]');
    if (busy && performance.now() - start < SETTLE_MAX_MS) frame = requestAnimationFrame(tick);
    else move();
  };
  tick();
  return () => cancelAnimationFrame(frame);
}

function panelPadding(map: MlMap): Padding {
  const covers = [...document.querySelectorAll<HTMLElement>('[data-covers-map]')].map((e) => e.getBoundingClientRect());
  return coveredPadding(map.getContainer().getBoundingClientRect(), covers);
}

/** Moves the camera so the bounds fill the part of the map no panel covers. */
function fitInView(map: MlMap, bounds: [number, number, number, number], maxZoom: number, instant = false): void {
  const [w, s, e, n] = bounds;
  const padding = panelPadding(map);
  const cam = map.cameraForBounds(
    [
      [w, s],
      [e, n],
    ],
    { padding, maxZoom },
  );
  if (!cam) return;
  map.flyTo({ center: cam.center, zoom: cam.zoom, animate: !instant && !reducedMotion(), essential: true });
}

/** Moves to a point at a zoom, the point centred in the uncovered part of the map. */
function showPoint(map: MlMap, center: [number, number], zoom: number): void {
  const p = panelPadding(map);
  map.flyTo({
    center,
    zoom,
    offset: [(p.left - p.right) / 2, (p.top - p.bottom) / 2],
    animate: !reducedMotion(),
    essential: true,
  });
}

const geometryBounds = (g: GeoJSON.Geometry) =>
  bbox({ type: 'Feature', geometry: g, properties: {} }) as [number, number, number, number];

/**
 * With dense data (10,000 projects or more) points cluster until zoom 11 (src/data/tiles.ts): the first zoom
 * where the map draws every point alone, else 0. Read from the points source, whose clustering follows the data.
 */
function denseUnclusteredZoom(map: MlMap): number {
  const source = map.getSource(PROJECT_SOURCE.points) as
    { getClusterOptions?: () => { clusterMaxZoom?: number } } | undefined;
  const maxZoom = source?.getClusterOptions?.().clusterMaxZoom ?? CLUSTER.maxZoom;
  return maxZoom > CLUSTER.maxZoom ? maxZoom + 1 : 0;
}

/** Moves the camera to a project as precisely as it is placed; `district` is its district's outline. */
export function focusProject(f: ProjectFeature, district?: GeoJSON.Geometry | null): void {
  const map = getMap();
  if (!map) return;
  if (f.geometry.type !== 'Point') return fitInView(map, geometryBounds(f.geometry), 14);
  const precision = f.properties.precision;
  if (precision === 'district') {
    // Dense data would hide the project in a cluster at its district's view: the camera goes in on it instead,
    // to the first zoom where it is drawn alone.
    const dense = denseUnclusteredZoom(map);
    if (district && !dense) return fitInView(map, geometryBounds(district), 12);
    return showPoint(map, f.geometry.coordinates, Math.max(10.5, dense));
  }
  showPoint(map, f.geometry.coordinates, PRECISION_ZOOM[precision]);
}

/** Fits the camera to a district, whole, beside the panel (the BDA has no outline: its core at zoom 11). */
export function focusArea(geometry: GeoJSON.Geometry | null, center: [number, number]): void {
  const map = getMap();
  if (!map) return;
  if (!geometry) return showPoint(map, center, 11);
  fitInView(map, geometryBounds(geometry), 12.5);
}

/** Pans just enough to bring a point out from under a panel, at the current zoom. */
export function keepInView(center: [number, number]): void {
  const map = getMap();
  if (!map) return;
  const p = panelPadding(map);
  const { x, y } = map.project(center);
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  if (x >= p.left && x <= w - p.right && y >= p.top && y <= h - p.bottom) return;
  showPoint(map, center, map.getZoom());
}

/** Moves to a point at a zoom beside the panels (a station, a proximity centre). */
export function focusPoint(center: [number, number], zoom: number): void {
  const map = getMap();
  if (map) showPoint(map, center, zoom);
}

/** Fits a geometry (a proximity circle) beside the panels; `instant` jumps (a link opening there). */
export function focusGeometry(geometry: GeoJSON.Geometry, maxZoom = 16, instant = false): void {
  const map = getMap();
  if (map) fitInView(map, geometryBounds(geometry), maxZoom, instant);
}
