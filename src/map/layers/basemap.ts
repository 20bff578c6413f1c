/**
 * Online basemaps a user can choose (never loaded unless chosen): OpenStreetMap's standard raster tiles and
 * 天地图's vector-map tiles with its annotation layer in the interface language. Both are WGS-84 to within
 * centimetres (天地图 is CGCS2000), so the data lines up; GCJ-02 (高德, 腾讯) and BD-09 (百度) maps are not
 * offered, since the data would sit about 500 m off on them.
 */
import type { SourceSpecification } from 'maplibre-gl';
import type { BasemapId, LayerModule, Lang, StyleOptions } from './common';
import { inSlot } from './slots';

export const OSM_TILE_HOST = 'tile.openstreetmap.org';
/** 天地图 serves tiles from eight hosts, t0 to t7. */
export const TIANDITU_HOSTS = Array.from({ length: 8 }, (_, i) => `t${i}.tianditu.gov.cn`);
const OSM_TILE_POLICY = 'https://operations.osmfoundation.org/policies/tiles/';

const ATTRIBUTION: Record<Exclude<BasemapId, 'offline'>, Record<Lang, string>> = {
  osm: {
    zh: `底图 © <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener noreferrer">OpenStreetMap 贡献者</a>（<a href="${OSM_TILE_POLICY}" target="_blank" rel="noopener noreferrer">瓦片使用政策</a>）`,
    en: `Basemap © <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener noreferrer">OpenStreetMap contributors</a> (<a href="${OSM_TILE_POLICY}" target="_blank" rel="noopener noreferrer">tile usage policy</a>)`,
  },
  tianditu: {
    zh: '底图 © <a href="https://www.tianditu.gov.cn/" target="_blank" rel="noopener noreferrer">天地图</a>（国家地理信息公共服务平台）',
    en: 'Basemap © <a href="https://www.tianditu.gov.cn/" target="_blank" rel="noopener noreferrer">Tianditu</a> (National Platform for Common Geospatial Information Services)',
  },
};

/** A 天地图 WMTS layer in Web Mercator (`_w`), as a raster tile URL on each of its hosts. */
const tiandituTiles = (layer: 'vec' | 'cva' | 'eva', key: string) =>
  TIANDITU_HOSTS.map(
    (h) =>
      `https://${h}/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default` +
      `&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
  );

/** The basemaps on offer with these options: 天地图 only when a key is configured. */
export const availableBasemaps = (tiandituKey: string | undefined): BasemapId[] =>
  tiandituKey ? ['offline', 'osm', 'tianditu'] : ['offline', 'osm'];

/**
 * The basemap's attribution in a language. It goes to the attribution control (rebuilt when the language
 * changes) rather than onto the tile sources, so a language switch never replaces the tiles.
 */
export const basemapAttribution = (b: BasemapId, lang: Lang): string | null =>
  b === 'offline' ? null : ATTRIBUTION[b][lang];

const BASEMAP_SOURCE = 'basemap';
const BASEMAP_LABEL_SOURCE = 'basemap-labels';

function sources(o: StyleOptions): Record<string, SourceSpecification> {
  if (o.basemap === 'osm')
    return {
      [BASEMAP_SOURCE]: {
        type: 'raster',
        tiles: [`https://${OSM_TILE_HOST}/{z}/{x}/{y}.png`],
        tileSize: 256,
        maxzoom: 19,
      },
    };
  if (o.basemap === 'tianditu' && o.tiandituKey)
    return {
      [BASEMAP_SOURCE]: {
        type: 'raster',
        tiles: tiandituTiles('vec', o.tiandituKey),
        tileSize: 256,
        maxzoom: 18,
      },
      [BASEMAP_LABEL_SOURCE]: {
        type: 'raster',
        tiles: tiandituTiles(o.lang === 'zh' ? 'cva' : 'eva', o.tiandituKey),
        tileSize: 256,
        maxzoom: 18,
      },
    };
  return {};
}

export const basemap: LayerModule = {
  name: 'basemap',
  sources,
  layers: (o) =>
    inSlot(
      'basemap',
      Object.keys(sources(o)).map((id) => ({
        id: `basemap-${id}`,
        type: 'raster' as const,
        source: id,
        paint: { 'raster-opacity': id === BASEMAP_SOURCE ? 0.85 : 1 },
      })),
    ),
};
