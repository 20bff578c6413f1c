/** What is under a screen point: projects (one, or several stacked), a cluster, or a district. */
import type { MapGeoJSONFeature, Map as MlMap, PointLike } from 'maplibre-gl';
import { LAYER, PROJECT_LAYERS } from './style';

export type Picked =
  | { kind: 'projects'; ids: string[] }
  | { kind: 'cluster'; clusterId: number; center: [number, number] }
  | { kind: 'district'; code: string }
  | { kind: 'none' };

/** A few pixels of slack, so a tap on a small dot still finds it. */
const SLACK = 3;

const uniqueIds = (fs: MapGeoJSONFeature[]) => [...new Set(fs.map((f) => String(f.properties.id)))];

export function pickAt(map: MlMap, point: { x: number; y: number }): Picked {
  const box: [PointLike, PointLike] = [
    [point.x - SLACK, point.y - SLACK],
    [point.x + SLACK, point.y + SLACK],
  ];
  const layers = (ids: readonly string[]) => ids.filter((l) => map.getLayer(l));
  const ids = uniqueIds(map.queryRenderedFeatures(box, { layers: layers(PROJECT_LAYERS) }));
  if (ids.length) return { kind: 'projects', ids };
  const c = map.queryRenderedFeatures(box, { layers: layers([LAYER.cluster]) })[0];
  if (c)
    return {
      kind: 'cluster',
      clusterId: c.properties.cluster_id as number,
      center: (c.geometry as GeoJSON.Point).coordinates as [number, number],
    };
  // A label click opens its area: the only way to click the BDA, which has no outline.
  const d =
    map.queryRenderedFeatures([point.x, point.y], { layers: layers([LAYER.districtLabel]) })[0] ??
    map.queryRenderedFeatures([point.x, point.y], { layers: layers([LAYER.districtFill]) })[0];
  if (d) return { kind: 'district', code: String(d.properties.code) };
  return { kind: 'none' };
}
