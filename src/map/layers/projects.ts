/**
 * The projects: points coloured by sector, filled by status, with what they rest on drawn honestly —
 * a site or street point as a dot, a town-level point as a dot inside a soft halo sized in metres (it grows
 * with the zoom, as the uncertainty does), a district-level point as a large hollow ring with the count of
 * projects that share it. Points sharing a position carry a count badge (the stacks source). Clusters merge
 * points below zoom 9 (below 12 for dense data: clusterMaxZoom in data/tiles.ts); lines (metro extensions) have their own source, since clustering would drop them.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { SECTORS, type Status } from '../../data/codes';
import { CLUSTER, PROJECT_LABEL_MIN_ZOOM, PROJECT_TILES_LAYER } from '../../data/tiles';
import { SECTOR_COLORS, STATUS_FILL } from '../sectors';
import {
  active,
  EMPTY,
  FONT,
  metresToPixels,
  nameField,
  selected,
  type Lang,
  type LayerModule,
  type StyleOptions,
} from './common';
import { inSlot } from './slots';

export const PROJECT_SOURCE = {
  points: 'projects',
  lines: 'project-lines',
  stacks: 'project-stacks',
  /** The points as vector tiles, when the data has them (large data: src/data/tiles.ts). */
  tiles: 'project-tiles',
} as const;
export const PROJECT_LAYER = {
  line: 'project-line',
  lineHit: 'project-line-hit',
  townHalo: 'project-town-halo',
  approx: 'project-approx',
  point: 'project-point',
  stackBadge: 'project-stack-badge',
  stackCount: 'project-stack-count',
  approxCount: 'project-approx-count',
  cluster: 'project-cluster',
  clusterCount: 'project-cluster-count',
  label: 'project-label',
} as const;

/** Cluster circle radius (px) by number of points: [count, radius] stops, interpolated linearly. */
const CLUSTER_SIZES: [number, number][] = [
  [2, 11],
  [10, 14],
  [50, 18],
  [200, 22],
];
export function clusterRadius(count: number): number {
  const first = CLUSTER_SIZES[0]!;
  const last = CLUSTER_SIZES[CLUSTER_SIZES.length - 1]!;
  if (count <= first[0]) return first[1];
  if (count >= last[0]) return last[1];
  const i = CLUSTER_SIZES.findIndex(([c]) => c >= count);
  const [c0, r0] = CLUSTER_SIZES[i - 1]!;
  const [c1, r1] = CLUSTER_SIZES[i]!;
  return r0 + ((count - c0) * (r1 - r0)) / (c1 - c0);
}

/** The cluster circle's radius for a count given as an expression. */
export const clusterRadiusExpression = (count: ExpressionSpecification): ExpressionSpecification =>
  ['interpolate', ['linear'], count, ...CLUSTER_SIZES.flat()] as ExpressionSpecification;

/** A town-level point's halo: how far from the town's centre the project may lie. */
const TOWN_UNCERTAINTY_M = 2000;

const sectorColor = [
  'match',
  ['get', 'sector'],
  ...SECTORS.flatMap((s) => [s, SECTOR_COLORS[s]]),
  '#666666',
] as unknown as ExpressionSpecification;

/** Share of the disc filled with the sector colour, by status (see STATUS_FILL). */
const statusFill = [
  'match',
  ['get', 'status'],
  ...Object.entries(STATUS_FILL).flatMap(([s, v]) => [s as Status, v]),
  0,
] as unknown as ExpressionSpecification;
const filled: ExpressionSpecification = ['>=', statusFill, 1];

export const isCluster: FilterSpecification = ['has', 'point_count'];
const isLine: FilterSpecification = ['==', ['geometry-type'], 'LineString'];
const precisionIs = (p: string): FilterSpecification => ['==', ['get', 'precision'], p];
const single = (f: FilterSpecification) => ['all', ['!', isCluster], f] as FilterSpecification;

/**
 * The id of a points layer's twin that draws the same from the vector tiles. Both are in the style when the
 * data has tiles: the user's filter decides which of the two draws (useMapSync.ts, tileFilter.ts).
 */
export const tileTwin = (id: string): string => `${id}-tiles`;
/** The layers of the points source that have a twin on the tiles. */
const TWINNED = [
  PROJECT_LAYER.townHalo,
  PROJECT_LAYER.approx,
  PROJECT_LAYER.point,
  PROJECT_LAYER.cluster,
  PROJECT_LAYER.clusterCount,
  PROJECT_LAYER.label,
] as const;
/** Every layer that draws the tiles. */
export const TILE_LAYERS = TWINNED.map(tileTwin);

const pointBase: Record<string, FilterSpecification> = {
  [PROJECT_LAYER.townHalo]: single(precisionIs('town')),
  [PROJECT_LAYER.approx]: single(precisionIs('district')),
  [PROJECT_LAYER.point]: single(['!', precisionIs('district')] as FilterSpecification),
  [PROJECT_LAYER.label]: single(['!', precisionIs('district')] as FilterSpecification),
};
/** The base filter of each layer the user's filters restrict (on the tiles, clusters too: see tileFilter.ts). */
export const PROJECT_LAYER_BASE_FILTERS: Record<string, FilterSpecification> = {
  [PROJECT_LAYER.line]: isLine,
  [PROJECT_LAYER.lineHit]: isLine,
  ...pointBase,
  ...Object.fromEntries(Object.entries(pointBase).map(([id, f]) => [tileTwin(id), f])),
  [tileTwin(PROJECT_LAYER.cluster)]: isCluster,
  [tileTwin(PROJECT_LAYER.clusterCount)]: isCluster,
};

export function withProjectFilter(base: FilterSpecification, user: FilterSpecification | null): FilterSpecification {
  // `false` (a search or radius that matches nothing) is a filter too: it hides every feature.
  return (user === null ? base : ['all', base, user]) as FilterSpecification;
}

const stackCountLayout = {
  'text-field': ['to-string', ['get', 'count']],
  'text-font': FONT,
  'text-size': 11,
  'text-allow-overlap': true,
  'text-ignore-placement': true,
} satisfies NonNullable<Extract<LayerSpecification, { type: 'symbol' }>['layout']>;

/** Layers a click or hover on a project reaches (a twin only when the style has the tiles). */
export const PROJECT_LAYERS = [
  PROJECT_LAYER.point,
  PROJECT_LAYER.approx,
  PROJECT_LAYER.lineHit,
  tileTwin(PROJECT_LAYER.point),
  tileTwin(PROJECT_LAYER.approx),
] as const;
/** Layers that draw clusters. */
export const CLUSTER_LAYERS = [PROJECT_LAYER.cluster, tileTwin(PROJECT_LAYER.cluster)] as const;

/**
 * With tiles, each twinned layer followed by its twin: the same drawing, from the tiles' one layer. The twin
 * starts hidden until the filter sync says the tiles draw (it owns visibility, as it owns filters).
 */
function withTwins(layers: LayerSpecification[], o: StyleOptions): LayerSpecification[] {
  if (!o.projectTiles) return layers;
  return layers.flatMap((l) =>
    (TWINNED as readonly string[]).includes(l.id) && 'source' in l
      ? [
          l,
          {
            ...l,
            id: tileTwin(l.id),
            source: PROJECT_SOURCE.tiles,
            'source-layer': PROJECT_TILES_LAYER,
            layout: { ...(l as { layout?: object }).layout, visibility: 'none' },
          },
        ]
      : [l],
  );
}

export const projects: LayerModule = {
  name: 'projects',
  sources: (o) => ({
    ...(o.projectTiles
      ? {
          [PROJECT_SOURCE.tiles]: {
            type: 'vector',
            url: `pmtiles://${o.projectTiles}`,
            promoteId: { [PROJECT_TILES_LAYER]: 'id' },
          },
        }
      : {}),
    [PROJECT_SOURCE.points]: {
      type: 'geojson',
      data: EMPTY(),
      promoteId: 'id',
      cluster: true,
      clusterRadius: CLUSTER.radius,
      clusterMaxZoom: o.clusterMaxZoom ?? CLUSTER.maxZoom,
    },
    [PROJECT_SOURCE.lines]: { type: 'geojson', data: EMPTY(), promoteId: 'id' },
    [PROJECT_SOURCE.stacks]: { type: 'geojson', data: EMPTY(), promoteId: 'key' },
  }),
  layers: (o) => {
    const f = (id: string) => PROJECT_LAYER_BASE_FILTERS[id]!;
    const layers: LayerSpecification[] = [
      {
        id: PROJECT_LAYER.townHalo,
        type: 'circle',
        source: PROJECT_SOURCE.points,
        filter: f(PROJECT_LAYER.townHalo),
        paint: {
          'circle-radius': metresToPixels(TOWN_UNCERTAINTY_M),
          'circle-color': sectorColor,
          'circle-opacity': ['case', active, 0.2, 0.07],
          'circle-blur': 0.6,
          'circle-pitch-alignment': 'map',
        },
      },
      {
        id: PROJECT_LAYER.line,
        type: 'line',
        source: PROJECT_SOURCE.lines,
        filter: f(PROJECT_LAYER.line),
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': sectorColor,
          'line-width': ['case', active, 7, 4.5],
          'line-dasharray': [2, 1],
        },
      },
      {
        // An invisible wide line so thin lines are easy to hover and click.
        id: PROJECT_LAYER.lineHit,
        type: 'line',
        source: PROJECT_SOURCE.lines,
        filter: f(PROJECT_LAYER.lineHit),
        paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 16 },
      },
      {
        // Placed only to district level: a large pale ring, never a dot that reads as a site.
        id: PROJECT_LAYER.approx,
        type: 'circle',
        source: PROJECT_SOURCE.points,
        filter: f(PROJECT_LAYER.approx),
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 11, 13, 18],
          'circle-color': '#ffffff',
          'circle-opacity': ['case', active, 0.9, 0.55],
          'circle-stroke-color': sectorColor,
          'circle-stroke-width': ['case', active, 3, 1.5],
          'circle-stroke-opacity': 0.9,
        },
      },
      {
        id: PROJECT_LAYER.point,
        type: 'circle',
        source: PROJECT_SOURCE.points,
        filter: f(PROJECT_LAYER.point),
        paint: {
          'circle-radius': [
            'interpolate',
            ['linear'],
            ['zoom'],
            8,
            ['case', active, 8, 5],
            14,
            ['case', active, 12, 8],
          ],
          'circle-color': sectorColor,
          'circle-opacity': statusFill,
          // Filled points get a white rim; outlined ones (planned, not stated) a ring of their colour.
          'circle-stroke-color': ['case', selected, '#111111', filled, '#ffffff', sectorColor],
          'circle-stroke-width': ['case', active, 3, filled, 1.5, 2.2],
        },
      },
      {
        // Projects sharing a position: a dark badge with their count at the upper right of the point.
        id: PROJECT_LAYER.stackBadge,
        type: 'circle',
        source: PROJECT_SOURCE.stacks,
        filter: ['!=', ['get', 'precision'], 'district'],
        paint: {
          'circle-radius': 8,
          'circle-color': '#1f2933',
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
          'circle-translate': [9, -9],
        },
      },
      {
        id: PROJECT_LAYER.stackCount,
        type: 'symbol',
        source: PROJECT_SOURCE.stacks,
        filter: ['!=', ['get', 'precision'], 'district'],
        layout: stackCountLayout,
        paint: { 'text-color': '#ffffff', 'text-translate': [9, -9] },
      },
      {
        // On a district ring the count sits in the ring's centre.
        id: PROJECT_LAYER.approxCount,
        type: 'symbol',
        source: PROJECT_SOURCE.stacks,
        filter: ['==', ['get', 'precision'], 'district'],
        layout: stackCountLayout,
        paint: { 'text-color': '#1f2933' },
      },
      {
        id: PROJECT_LAYER.cluster,
        type: 'circle',
        source: PROJECT_SOURCE.points,
        filter: isCluster,
        paint: {
          'circle-color': 'rgba(255, 255, 255, 0.92)',
          'circle-stroke-color': '#1f2933',
          'circle-stroke-width': 2,
          'circle-radius': clusterRadiusExpression(['get', 'point_count']),
        },
      },
    ];
    return inSlot('projects', withTwins(layers, o));
  },
};

/**
 * Cluster counts, for the labels slot above the district names: placed first, always shown, and they
 * reserve their space, so a district name moves aside (it has other anchors to try) instead of covering one.
 */
export const clusterCountLayer = (o: StyleOptions): LayerSpecification[] => withTwins([clusterCount], o);
const clusterCount: LayerSpecification = {
  id: PROJECT_LAYER.clusterCount,
  type: 'symbol',
  source: PROJECT_SOURCE.points,
  filter: isCluster,
  layout: {
    'text-field': ['to-string', ['get', 'point_count']],
    'text-font': FONT,
    'text-size': 13,
    'text-allow-overlap': true,
    'text-padding': 6,
  },
  paint: { 'text-color': '#1f2933' },
};

/** Project names beside their points from zoom 12, for the labels slot. */
export const projectLabelLayers = (o: StyleOptions): LayerSpecification[] => withTwins([projectLabel(o.lang)], o);
const projectLabel = (lang: Lang): LayerSpecification => ({
  id: PROJECT_LAYER.label,
  type: 'symbol',
  source: PROJECT_SOURCE.points,
  minzoom: PROJECT_LABEL_MIN_ZOOM,
  filter: PROJECT_LAYER_BASE_FILTERS[PROJECT_LAYER.label]!,
  layout: {
    'text-field': nameField(lang),
    'text-font': FONT,
    'text-size': 12,
    'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
    'text-radial-offset': 1.1,
    'text-max-width': 10,
    'text-optional': true,
  },
  paint: { 'text-color': '#1f2933', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
});
