/** What every layer module is built from: the options of the style and shared expression helpers. */
import type { ExpressionSpecification, SourceSpecification } from 'maplibre-gl';
import type { SlottedLayer } from './slots';

export type Lang = 'zh' | 'en';
export const BASEMAPS = ['offline', 'osm', 'tianditu'] as const;
export type BasemapId = (typeof BASEMAPS)[number];

export interface StyleOptions {
  lang: Lang;
  basemap: BasemapId;
  /** 天地图 key, configured at build time; without one 天地图 is not offered. */
  tiandituKey?: string;
  /** The projects' vector tiles (an absolute URL of the PMTiles archive), when the data has them. */
  projectTiles?: string;
  /** The zoom up to which the GeoJSON source clusters points (clusterMaxZoom of the data's size; default CLUSTER.maxZoom). */
  clusterMaxZoom?: number;
}

/** A concern of the map (districts, metro, projects…): its sources and its layers, each in a slot. */
export interface LayerModule {
  name: string;
  sources(o: StyleOptions): Record<string, SourceSpecification>;
  layers(o: StyleOptions): SlottedLayer[];
}

/** Local fonts only: the style has no `glyphs` URL, so text renders offline with these. */
export const FONT = ['Noto Sans CJK SC', 'WenQuanYi Zen Hei', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'];
export const EMPTY = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
export const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
export const active: ExpressionSpecification = ['any', hovered, selected];

export const nameField = (lang: Lang): ExpressionSpecification => ['get', lang === 'zh' ? 'name_zh' : 'name_en'];

export const isOnline = (o: StyleOptions) => o.basemap !== 'offline';

/**
 * A circle radius in screen pixels that stays `metres` on the ground (at Beijing's latitude, 40°N):
 * Web Mercator at zoom z has 40 075 016.686 · cos φ / (512 · 2^z) metres per pixel for MapLibre's 512 px tiles.
 */
export function metresToPixels(metres: number, lat = 40): ExpressionSpecification {
  const metresPerPixelAtZ0 = (40075016.686 * Math.cos((lat * Math.PI) / 180)) / 512;
  return [
    'interpolate',
    ['exponential', 2],
    ['zoom'],
    0,
    metres / metresPerPixelAtZ0,
    22,
    (metres * 2 ** 22) / metresPerPixelAtZ0,
  ];
}
