/**
 * "Projects within N metres of a place": distances with turf (great-circle, on the WGS-84 mean radius),
 * the radius choices, and a project's nearest metro stations. Pure: no React, no MapLibre.
 */
import { distance, point, pointToLineDistance, lineString } from '@turf/turf';
import type { ProjectFeature } from '../data/model';

export interface Near {
  lng: number;
  lat: number;
  /** Radius in metres, 500–10 000. */
  m: number;
}

/** The radii offered, in metres (the URL accepts any whole number in the range). */
export const RADII = [500, 1000, 2000, 3000, 5000, 10000] as const;
export const RADIUS_RANGE = [500, 10000] as const;
export const DEFAULT_RADIUS = 1000;

/** Metres from a point to a project: to its point, or to the nearest part of its line. */
export function distanceTo(from: [number, number], geometry: ProjectFeature['geometry']): number {
  const here = point(from);
  if (geometry.type === 'Point') return distance(here, point(geometry.coordinates), { units: 'meters' });
  return pointToLineDistance(here, lineString(geometry.coordinates), { units: 'meters', method: 'geodesic' });
}

/** Distance in metres to every project within the radius (a project exactly on the edge is inside). */
export function withinRadius(features: readonly ProjectFeature[], near: Near): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of features) {
    const d = distanceTo([near.lng, near.lat], f.geometry);
    if (d <= near.m) out.set(f.id, d);
  }
  return out;
}

/** A project's position is approximate when it is placed only to a town or a district centre. */
export const isApproximate = (precision: string): precision is 'town' | 'district' =>
  precision === 'town' || precision === 'district';

interface StationLike {
  geometry: { coordinates: [number, number] };
  properties: { name_zh: string; name_en: string; open: boolean; lines: string[] };
}

export interface NearStation {
  name_zh: string;
  name_en: string;
  lines: string[];
  metres: number;
  center: [number, number];
}

/** The `count` open stations nearest a project (by its point, or the nearest part of its line). */
export function nearestStations(
  geometry: ProjectFeature['geometry'],
  stations: readonly StationLike[],
  count = 3,
): NearStation[] {
  return stations
    .filter((s) => s.properties.open)
    .map((s) => ({
      name_zh: s.properties.name_zh,
      name_en: s.properties.name_en,
      lines: s.properties.lines,
      center: s.geometry.coordinates,
      metres: distanceTo(s.geometry.coordinates, geometry),
    }))
    .sort((a, b) => a.metres - b.metres)
    .slice(0, count);
}

/** The place a proximity search is centred on: a station within 30 m of the centre, else none. */
export function stationAt<T extends StationLike>(near: Near, stations: readonly T[]): T | undefined {
  const here = point([near.lng, near.lat]);
  return stations.find((s) => distance(here, point(s.geometry.coordinates), { units: 'meters' }) < 30);
}
