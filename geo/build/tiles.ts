/**
 * Cuts the projects' points into clustered vector tiles in one PMTiles archive (docs/SCALING.md), with the
 * same tiler and encoder MapLibre runs in its worker for a clustered GeoJSON source (@maplibre/geojson-vt,
 * @maplibre/vt-pbf) and the app's clustering (radius 50 px, up to zoom 8, or 11 for dense data: clusterMaxZoom). Each point keeps what the map draws,
 * labels and filters by; each cluster carries its count per sector and per status (so its label can follow a
 * filter of either) and the zoom at which it breaks apart (what a click on it zooms to).
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import {
  CLUSTER,
  clusterMaxZoom,
  COUNTED_CODES,
  countKey,
  EXPANSION_ZOOM,
  PROJECT_LABEL_MIN_ZOOM,
  PROJECT_TILES_LAYER,
  TILE_MAX_ZOOM,
} from '../../src/data/tiles';
import type { ProjectCollection } from '../../src/data/model';
import { writePMTiles, type ArchiveTile } from './pmtiles';

const EXTENT = 4096;
/** The properties each point keeps in the tiles; the names only from the zoom where the map shows them. */
const KEPT = ['id', 'sector', 'status', 'district', 'precision', 'name_zh', 'name_en'] as const;
const NAMES = new Set<string>(['name_zh', 'name_en']);
const ZEROS = Object.fromEntries(COUNTED_CODES.map((c) => [countKey(c), 0])) as Record<string, number>;

const tileX = (lng: number, z: number) => Math.floor(((lng + 180) / 360) * 2 ** z);
const tileY = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

/** The points of the projects file, with the properties the tiles keep. */
export function tilePoints(fc: ProjectCollection): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const f of fc.features) {
    if (f.geometry.type !== 'Point') continue;
    const p = f.properties as unknown as Record<string, unknown>;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: f.geometry.coordinates },
      properties: Object.fromEntries(KEPT.map((k) => [k, k === 'id' ? f.id : p[k]])),
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Every non-empty tile of the points, zooms 0 to TILE_MAX_ZOOM, encoded (not compressed): below
 * PROJECT_LABEL_MIN_ZOOM from a clustered index of the points without their names, from there from the points
 * whole (every cluster has broken apart by then). Points cluster up to `clusterZoom` (at most
 * PROJECT_LABEL_MIN_ZOOM - 1).
 */
export function cutTiles(points: FeatureCollection<Point>, clusterZoom: number): ArchiveTile[] {
  if (!points.features.length) return [];
  const nameless: FeatureCollection<Point> = {
    ...points,
    features: points.features.map((f) => ({
      ...f,
      properties: Object.fromEntries(Object.entries(f.properties ?? {}).filter(([k]) => !NAMES.has(k))),
    })),
  };
  const clustered = new GeoJSONVT(nameless, {
    maxZoom: PROJECT_LABEL_MIN_ZOOM - 1,
    extent: EXTENT,
    cluster: true,
    clusterOptions: {
      // A radius in pixels of a 512 px tile, in tile units.
      radius: (CLUSTER.radius * EXTENT) / 512,
      extent: EXTENT,
      maxZoom: clusterZoom,
      map: (p) => ({ ...ZEROS, [countKey(String(p?.sector))]: 1, [countKey(String(p?.status))]: 1 }),
      reduce: (acc, p) => {
        for (const k in ZEROS) (acc[k] as number) += p[k] as number;
      },
    },
  });
  const named = new GeoJSONVT(points, { maxZoom: TILE_MAX_ZOOM, extent: EXTENT });
  const [west, south, east, north] = bbox(points);
  const out: ArchiveTile[] = [];
  for (let z = 0; z <= TILE_MAX_ZOOM; z++)
    for (let x = tileX(west, z); x <= tileX(east, z); x++)
      for (let y = tileY(north, z); y <= tileY(south, z); y++) {
        const tile = (z < PROJECT_LABEL_MIN_ZOOM ? clustered : named).getTile(z, x, y);
        if (!tile?.features.length) continue;
        for (const f of tile.features) {
          const id: unknown = f.tags?.cluster_id;
          if (typeof id === 'number') f.tags![EXPANSION_ZOOM] = clustered.getClusterExpansionZoom(id);
        }
        out.push({ z, x, y, data: fromGeojsonVt({ [PROJECT_TILES_LAYER]: tile }, { version: 2, extent: EXTENT }) });
      }
  return out;
}

/** The projects' points as one PMTiles archive (none when there is no point to cut). */
export function projectArchive(fc: ProjectCollection): { archive: Uint8Array; tiles: number } | null {
  const points = tilePoints(fc);
  const tiles = cutTiles(points, clusterMaxZoom(fc.features.length));
  if (!tiles.length) return null;
  const bounds = bbox(points) as [number, number, number, number];
  const fields = Object.fromEntries([
    ...KEPT.map((k) => [k, 'String']),
    ...COUNTED_CODES.map((c) => [countKey(c), 'Number']),
    [EXPANSION_ZOOM, 'Number'],
  ]) as Record<string, string>;
  const archive = writePMTiles(tiles, {
    bounds,
    center: [116.4, 39.9, 9],
    metadata: {
      vector_layers: [{ id: PROJECT_TILES_LAYER, fields, minzoom: 0, maxzoom: TILE_MAX_ZOOM }],
    },
  });
  return { archive, tiles: tiles.length };
}
