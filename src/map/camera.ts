import { bbox } from '@turf/turf';
import type { ProjectFeature } from '../data/model';
import { getMap } from './mapInstance';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Moves the camera to a project: a point at street zoom, a line to its extent. */
export function focusProject(f: ProjectFeature): void {
  const map = getMap();
  if (!map) return;
  const animate = !reducedMotion();
  if (f.geometry.type === 'Point') {
    const zoom = f.properties.precision === 'district' ? 10.5 : Math.max(map.getZoom(), 13);
    map.flyTo({ center: f.geometry.coordinates, zoom, animate, essential: true });
  } else {
    const [w, s, e, n] = bbox(f as GeoJSON.Feature);
    map.fitBounds([w!, s!, e!, n!], { padding: 60, animate });
  }
}

/** Fits the camera to a district (or, for the BDA, flies to its core: no outline is kept). */
export function focusArea(geometry: GeoJSON.Geometry | null, center: [number, number]): void {
  const map = getMap();
  if (!map) return;
  const animate = !reducedMotion();
  if (!geometry) {
    map.flyTo({ center, zoom: 11, animate, essential: true });
    return;
  }
  const [w, s, e, n] = bbox({ type: 'Feature', geometry, properties: {} });
  map.fitBounds([w!, s!, e!, n!], { padding: 40, animate, maxZoom: 12.5 });
}
