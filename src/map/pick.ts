/** What is under a screen point: projects (one, or several stacked), a cluster, or a district. */
import type { GeoJSONSource, MapGeoJSONFeature, Map as MlMap, PointLike } from 'maplibre-gl';
import { EXPANSION_ZOOM } from '../data/tiles';
import { CLUSTER_LAYERS, LAYER, PROJECT_LAYERS, SOURCE } from './style';

/** A cluster on the map: its id, where it is, and (in the tiles) the zoom at which it breaks apart. */
export interface ClusterRef {
  clusterId: number;
  center: [number, number];
  expand?: number;
}

export type Picked =
  | { kind: 'projects'; ids: string[] }
  | ({ kind: 'cluster' } & ClusterRef)
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
  const c = map.queryRenderedFeatures(box, { layers: layers(CLUSTER_LAYERS) })[0];
  if (c) return { kind: 'cluster', ...clusterRef(c) };
  // A label click opens its area: the only way to click the BDA, which has no outline.
  const d =
    map.queryRenderedFeatures([point.x, point.y], { layers: layers([LAYER.districtLabel]) })[0] ??
    map.queryRenderedFeatures([point.x, point.y], { layers: layers([LAYER.districtFill]) })[0];
  if (d) return { kind: 'district', code: String(d.properties.code) };
  return { kind: 'none' };
}

/** A drawn cluster's reference (from the GeoJSON source or the tiles). */
export function clusterRef(f: MapGeoJSONFeature): ClusterRef {
  const expand: unknown = f.properties[EXPANSION_ZOOM];
  return {
    clusterId: Number(f.properties.cluster_id),
    center: (f.geometry as GeoJSON.Point).coordinates as [number, number],
    ...(typeof expand === 'number' ? { expand } : {}),
  };
}

/** Zooms the map to where a cluster breaks apart, centred on it (two zooms in when that is not known). */
export function expandCluster(map: MlMap, c: ClusterRef): void {
  const to = (zoom: number) => {
    map.easeTo({ center: c.center, zoom: zoom + 0.5 });
  };
  if (c.expand !== undefined) return to(c.expand);
  const source = map.getSource<GeoJSONSource>(SOURCE.projects);
  if (!source) return to(map.getZoom() + 1.5);
  source
    .getClusterExpansionZoom(c.clusterId)
    .then(to)
    .catch(() => to(map.getZoom() + 1.5));
}
