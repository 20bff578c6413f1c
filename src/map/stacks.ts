/**
 * Projects that share a position (a town or district centroid named for several of them) draw on top of
 * each other. Each such position becomes a stack: one feature with the count, so the map can say how many
 * are there and a click can list them all. Pure: no map.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';

export interface StackInput {
  id: string;
  coordinates: [number, number];
  precision: string;
}
export interface StackProps {
  key: string;
  count: number;
  /** 'district' when every project in it is placed only to its district (drawn on the ring). */
  precision: string;
}

/** Positions closer than about 10 cm are the same position. */
export const positionKey = ([lng, lat]: [number, number]) => `${lng.toFixed(6)},${lat.toFixed(6)}`;

/** `drawn`: which points are drawn (null: all of them). */
export function computeStacks<P extends StackInput>(
  points: readonly P[],
  drawn: ((p: P) => boolean) | null,
): FeatureCollection<Point, StackProps> {
  const groups = new Map<string, StackInput[]>();
  for (const p of points) {
    if (drawn && !drawn(p)) continue;
    const k = positionKey(p.coordinates);
    const g = groups.get(k);
    if (g) g.push(p);
    else groups.set(k, [p]);
  }
  const features: Feature<Point, StackProps>[] = [];
  for (const [key, g] of groups)
    if (g.length > 1)
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: g[0]!.coordinates },
        properties: {
          key,
          count: g.length,
          precision: g.every((p) => p.precision === 'district') ? 'district' : 'mixed',
        },
      });
  return { type: 'FeatureCollection', features };
}
