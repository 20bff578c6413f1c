/** Moves the map to a place: a station at street zoom, a district fitted whole, the BDA (no outline) around its point. */
import type { AppData } from '../data/queries';
import { focusArea, focusPoint } from '../map/camera';
import type { Place } from './places';

const STATION_ZOOM = 15;

export function goToPlace(place: Place, data: AppData | undefined): void {
  if (place.kind === 'station') return focusPoint(place.center, STATION_ZOOM);
  const outline = data?.districts.features.find((f) => f.properties.code === place.code)?.geometry;
  focusArea((outline as GeoJSON.Geometry | undefined) ?? null, place.center);
}
