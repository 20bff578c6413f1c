/**
 * The projects as vector tiles (docs/SCALING.md): the data build cuts the points into clustered tiles in one
 * PMTiles archive (geo/build/tiles.ts), and above PROJECT_TILES_MIN projects the projects file names it and
 * the map draws the points from it instead of sending every point to a GeoJSON source. What both sides agree
 * on lives here.
 */
import { SECTORS, STATUSES } from './codes';

/** The archive beside the other data files, and its one layer. */
export const PROJECT_TILES_FILE = 'projects.pmtiles';
export const PROJECT_TILES_LAYER = 'projects';
/**
 * From this many projects the map reads the tiles: at 10,000 the bare MapLibre page loads them in 2.4 s with
 * 9 MB of heap against 3.4 s and 36 MB for the GeoJSON file, and the gap grows with the data (docs/SCALING.md).
 */
export const PROJECT_TILES_MIN = 10_000;
/** The deepest tiles: beyond it MapLibre draws the zoom-14 tiles larger (street zoom needs no finer point). */
export const TILE_MAX_ZOOM = 14;
/**
 * The map names projects beside their points from this zoom; the tiles carry the names from it only (at 100k
 * projects, names in every tile made MapLibre's worker read twice the text for points drawn without it).
 */
export const PROJECT_LABEL_MIN_ZOOM = 12;

/**
 * Points within `radius` pixels merge up to map zoom `maxZoom` (tiles are 512 px, so a map zoom of 8.x reads
 * tiles of zoom 8): the GeoJSON source's clustering in the browser and the tiler's in the build alike.
 */
export const CLUSTER = { radius: 50, maxZoom: 8 } as const;
/**
 * Many projects cluster deeper: up to the zoom before the map names points, so every cluster has broken apart
 * where the names appear. At 100,000 projects, drawn one by one from zoom 9, the city's view was a smear of
 * overlapping circles nobody could read or click, and SwiftShader took 1–2 s a frame to fill them (issue 12).
 */
export const DENSE_CLUSTER_MAX_ZOOM = PROJECT_LABEL_MIN_ZOOM - 1;
/** The zoom up to which points cluster, for data of this many projects (in the build's tiles and the map alike). */
export const clusterMaxZoom = (projects: number): number =>
  projects >= PROJECT_TILES_MIN ? DENSE_CLUSTER_MAX_ZOOM : CLUSTER.maxZoom;
/** The first map zoom where no point is clustered (tiles are 512 px: a map zoom of 9.x reads tiles of zoom 9). */
export const unclusteredZoom = (projects: number): number => clusterMaxZoom(projects) + 1;

/** The codes whose counts each cluster in the tiles carries, so its count can follow a sector or status filter. */
export const COUNTED_CODES: readonly string[] = [...SECTORS, ...STATUSES];
/** The property of a cluster in the tiles that counts its projects of one sector or status. */
export const countKey = (code: string): string => `n_${code}`;
/** The property of a cluster in the tiles that gives the zoom at which it breaks apart. */
export const EXPANSION_ZOOM = 'expand';
