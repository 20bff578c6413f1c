/**
 * Which of the map's two drawings of the points shows the user's filter (large data, src/data/tiles.ts): the
 * vector tiles with filter expressions, or the matching points sent to the GeoJSON source. The tiles answer a
 * filter exactly only where every count they draw can follow it: each cluster carries its count per sector
 * and per status, so a choice of sectors, or of statuses, sums those counts; a choice of both, an area (its
 * counts are not in the tiles), a search or a radius (ids) go to the GeoJSON source, which clusters just the
 * matches. Pure: tested in tests/unit/tileFilter.test.ts.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { countKey } from '../data/tiles';
import { projectFilterExpression, type ProjectFilter } from '../filters/expression';
import {
  clusterRadiusExpression,
  isCluster,
  PROJECT_LAYER,
  PROJECT_LAYER_BASE_FILTERS,
  tileTwin,
  withProjectFilter,
} from './layers/projects';

export type TileDrawing =
  | { tiles: false }
  | {
      tiles: true;
      /** The user's part of the points layers' filter (null: every point). */
      filter: FilterSpecification | null;
      /** The sectors or statuses whose counts a cluster sums (null: none chosen, its `point_count`). */
      codes: readonly string[] | null;
      /** A cluster's count under the filter, as an expression. */
      count: ExpressionSpecification;
    };

export function tileDrawing(f: ProjectFilter): TileDrawing {
  // (`drawn.byId` says whether ids restrict without making the set of them: a search can match 100,000.)
  const byId = f.drawn ? f.drawn.byId : !!f.ids;
  if (byId || f.areas.length || (f.sectors.length && f.statuses.length)) return { tiles: false };
  const codes: readonly string[] = f.sectors.length ? f.sectors : f.statuses;
  const counts = codes.map((c): ExpressionSpecification => ['coalesce', ['get', countKey(c)], 0]);
  return {
    tiles: true,
    filter: projectFilterExpression({ sectors: f.sectors, statuses: f.statuses, areas: [], ids: null }),
    codes: codes.length ? codes : null,
    count: counts.length === 0 ? ['get', 'point_count'] : counts.length === 1 ? counts[0]! : ['+', ...counts],
  };
}

/** The count a cluster of the tiles shows: what `count` gives for its properties, or its `point_count`. */
export function clusterCountOf(props: Record<string, unknown>, codes: readonly string[] | null): number {
  if (!codes) return Number(props.point_count);
  return codes.reduce((n, c) => n + (Number(props[countKey(c)]) || 0), 0);
}

const TWIN = {
  cluster: tileTwin(PROJECT_LAYER.cluster),
  clusterCount: tileTwin(PROJECT_LAYER.clusterCount),
  points: [PROJECT_LAYER.townHalo, PROJECT_LAYER.approx, PROJECT_LAYER.point, PROJECT_LAYER.label].map(tileTwin),
};

/**
 * What the layers drawing the tiles get for a drawing: each one's filter (the points by expression, the
 * clusters by the sum of their counts of the chosen sectors or statuses: a cluster with none of them hides),
 * the clusters' radius and the text of their counts.
 */
export function tileLayerProps(d: Extract<TileDrawing, { tiles: true }>): {
  filters: Record<string, FilterSpecification>;
  clusterRadius: { layer: string; value: ExpressionSpecification };
  countText: { layer: string; value: ExpressionSpecification };
} {
  const clusters = (d.codes ? ['all', isCluster, ['>', d.count, 0]] : isCluster) as FilterSpecification;
  return {
    filters: {
      ...Object.fromEntries(
        TWIN.points.map((id) => [id, withProjectFilter(PROJECT_LAYER_BASE_FILTERS[id]!, d.filter)]),
      ),
      [TWIN.cluster]: clusters,
      [TWIN.clusterCount]: clusters,
    },
    clusterRadius: { layer: TWIN.cluster, value: clusterRadiusExpression(d.count) },
    countText: { layer: TWIN.clusterCount, value: ['to-string', d.count] },
  };
}
