/**
 * The map style as typed data, built by pure functions: an offline basemap (background, districts, metro)
 * plus the project layers. No URL in it points off the machine; text uses local fonts (no `glyphs`).
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { SECTORS } from '../data/schema';
import { SECTOR_COLORS } from './sectors';

export type Lang = 'zh' | 'en';

export const SOURCE = {
  districts: 'districts',
  labels: 'district-labels',
  metro: 'metro',
  /** Project points, clustered at low zoom while no filter is active. */
  projects: 'projects',
  /** Project lines (metro lines and extensions): clustering would drop them, so they have their own source. */
  projectLines: 'project-lines',
} as const;

export const LAYER = {
  background: 'background',
  districtFill: 'district-fill',
  districtLine: 'district-line',
  districtLabel: 'district-label',
  metro: 'metro-line',
  projectLine: 'project-line',
  projectLineHit: 'project-line-hit',
  projectApprox: 'project-approx',
  projectPoint: 'project-point',
  projectLabel: 'project-label',
  cluster: 'project-cluster',
  clusterCount: 'project-cluster-count',
} as const;

/** Cluster settings: points within this many pixels merge below this zoom. */
// GeoJSON tiles are 512 px, so tile zoom = map zoom − 1: clusters show below map zoom 10.
export const CLUSTER = { radius: 20, maxZoom: 8 } as const;

/** Layers a click or hover on a project reaches. */
export const PROJECT_LAYERS = [LAYER.projectPoint, LAYER.projectApprox, LAYER.projectLineHit] as const;
export const CLUSTER_LAYERS = [LAYER.cluster] as const;

const FONT = ['Noto Sans CJK SC', 'WenQuanYi Zen Hei', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'];
const EMPTY = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export const sectorColor: ExpressionSpecification = [
  'match',
  ['get', 'sector'],
  ...SECTORS.flatMap((s) => [s, SECTOR_COLORS[s]]),
  '#666666',
] as unknown as ExpressionSpecification;

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

export const nameField = (lang: Lang): ExpressionSpecification => ['get', lang === 'zh' ? 'name_zh' : 'name_en'];

export function buildSources(): Record<string, SourceSpecification> {
  return {
    [SOURCE.districts]: { type: 'geojson', data: EMPTY(), promoteId: 'code' },
    [SOURCE.labels]: { type: 'geojson', data: EMPTY() },
    [SOURCE.metro]: { type: 'geojson', data: EMPTY() },
    [SOURCE.projects]: {
      type: 'geojson',
      data: EMPTY(),
      promoteId: 'id',
      cluster: true,
      clusterRadius: CLUSTER.radius,
      clusterMaxZoom: CLUSTER.maxZoom,
    },
    [SOURCE.projectLines]: { type: 'geojson', data: EMPTY(), promoteId: 'id' },
  };
}

const isCluster: FilterSpecification = ['has', 'point_count'];
const isLine: FilterSpecification = ['==', ['geometry-type'], 'LineString'];
const approx: FilterSpecification = ['==', ['get', 'precision'], 'district'];
const single = (f: FilterSpecification) => ['all', ['!', isCluster], f] as FilterSpecification;

/** Restrict a project layer's own filter by the user's filter (an expression over project properties). */
export function withProjectFilter(
  base: FilterSpecification,
  userFilter: FilterSpecification | null,
): FilterSpecification {
  return (userFilter ? ['all', base, userFilter] : base) as FilterSpecification;
}

/** The base filter of each project layer, before the user's filters are added. */
export const PROJECT_LAYER_BASE_FILTERS: Record<string, FilterSpecification> = {
  [LAYER.projectLine]: isLine,
  [LAYER.projectLineHit]: isLine,
  [LAYER.projectApprox]: single(approx),
  [LAYER.projectPoint]: single(['!', approx] as FilterSpecification),
  [LAYER.projectLabel]: single(['!', approx] as FilterSpecification),
};

export function buildLayers(lang: Lang, userFilter: FilterSpecification | null = null): LayerSpecification[] {
  const f = (id: string) => withProjectFilter(PROJECT_LAYER_BASE_FILTERS[id]!, userFilter);
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': '#eef1f4' } },
    {
      id: LAYER.districtFill,
      type: 'fill',
      source: SOURCE.districts,
      paint: {
        'fill-color': ['case', selected, '#ffe8a3', hovered, '#e3ecf7', '#fbfbf8'],
        'fill-opacity': 0.95,
      },
    },
    {
      id: LAYER.districtLine,
      type: 'line',
      source: SOURCE.districts,
      paint: {
        'line-color': ['case', selected, '#b7791f', '#8a97a8'],
        'line-width': ['case', selected, 2.5, 1],
      },
    },
    {
      id: LAYER.metro,
      type: 'line',
      source: SOURCE.metro,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': ['coalesce', ['get', 'colour'], '#999999'],
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.8, 13, 2.5],
        'line-opacity': 0.45,
      },
    },
    {
      id: LAYER.projectLine,
      type: 'line',
      source: SOURCE.projectLines,
      filter: f(LAYER.projectLine),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': sectorColor,
        'line-width': ['case', ['any', hovered, selected], 7, 4.5],
        'line-dasharray': [2, 1],
      },
    },
    {
      // An invisible wide line so thin lines are easy to hover and click.
      id: LAYER.projectLineHit,
      type: 'line',
      source: SOURCE.projectLines,
      filter: f(LAYER.projectLineHit),
      paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 16 },
    },
    {
      // Placed only to district level: a large hollow ring, so nobody reads it as an exact site.
      id: LAYER.projectApprox,
      type: 'circle',
      source: SOURCE.projects,
      filter: f(LAYER.projectApprox),
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 9, 13, 16],
        'circle-color': sectorColor,
        'circle-opacity': ['case', ['any', hovered, selected], 0.35, 0.12],
        'circle-stroke-color': sectorColor,
        'circle-stroke-width': ['case', ['any', hovered, selected], 3, 1.5],
        'circle-stroke-opacity': 0.9,
      },
    },
    {
      id: LAYER.projectPoint,
      type: 'circle',
      source: SOURCE.projects,
      filter: f(LAYER.projectPoint),
      paint: {
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          8,
          ['case', ['any', hovered, selected], 9, 5.5],
          14,
          ['case', ['any', hovered, selected], 13, 9],
        ],
        'circle-color': sectorColor,
        'circle-stroke-color': ['case', selected, '#111111', '#ffffff'],
        'circle-stroke-width': ['case', ['any', hovered, selected], 2.5, 1.5],
      },
    },
    {
      id: LAYER.districtLabel,
      type: 'symbol',
      source: SOURCE.labels,
      layout: {
        'text-field': nameField(lang),
        'text-font': FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, 12, 12, 16],
        'text-allow-overlap': false,
      },
      paint: { 'text-color': '#3a4656', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    {
      id: LAYER.cluster,
      type: 'circle',
      source: SOURCE.projects,
      filter: isCluster,
      paint: {
        'circle-color': '#ffffff',
        'circle-stroke-color': '#1f2933',
        'circle-stroke-width': 2,
        'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], 2, 12, 10, 17, 40, 24],
      },
    },
    {
      id: LAYER.clusterCount,
      type: 'symbol',
      source: SOURCE.projects,
      filter: isCluster,
      layout: {
        'text-field': ['to-string', ['get', 'point_count']],
        'text-font': FONT,
        'text-size': 13,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#1f2933' },
    },
    {
      id: LAYER.projectLabel,
      type: 'symbol',
      source: SOURCE.projects,
      minzoom: 12,
      filter: f(LAYER.projectLabel),
      layout: {
        'text-field': nameField(lang),
        'text-font': FONT,
        'text-size': 12,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-max-width': 10,
        'text-optional': true,
      },
      paint: { 'text-color': '#1f2933', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ];
}

/** Layers whose text follows the interface language. */
export const LABEL_LAYERS = [LAYER.districtLabel, LAYER.projectLabel] as const;

export function buildStyle(lang: Lang): StyleSpecification {
  return { version: 8, name: 'beijing-plans-offline', sources: buildSources(), layers: buildLayers(lang) };
}
