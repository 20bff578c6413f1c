/**
 * The tiles' side of the map filter (src/map/tileFilter.ts) against the tiles themselves: projects cut by the
 * data build's tiler (geo/build/tiles.ts), each tile decoded as MapLibre decodes it, the layers' filter and
 * count expressions evaluated by MapLibre's own style-spec. At every clustered zoom, the counts the clusters
 * show plus the single points drawn must make exactly the projects the filter matches.
 */
import { VectorTile } from '@mapbox/vector-tile';
import { createExpression, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { cutTiles, projectArchive, tilePoints } from '../../geo/build/tiles';
import { SECTORS, STATUSES } from '../../src/data/codes';
import type { ProjectCollection } from '../../src/data/model';
import {
  CLUSTER,
  clusterMaxZoom,
  DENSE_CLUSTER_MAX_ZOOM,
  EXPANSION_ZOOM,
  PROJECT_LABEL_MIN_ZOOM,
  PROJECT_TILES_LAYER,
  PROJECT_TILES_MIN,
  unclusteredZoom,
} from '../../src/data/tiles';
import { matchesFilter, type ProjectFilter } from '../../src/filters/expression';
import { PROJECT_LAYER, tileTwin } from '../../src/map/layers/projects';
import { clusterCountOf, tileDrawing, tileLayerProps } from '../../src/map/tileFilter';

/** A small pseudo-random generator, so a failure repeats. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** n projects around Beijing's centre (dense enough to cluster), every sector and status. */
function projects(n: number, seed = 1): ProjectCollection {
  const r = rng(seed);
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: n }, (_, i) => ({
      type: 'Feature' as const,
      id: `p${i}`,
      geometry: { type: 'Point' as const, coordinates: [116.1 + r() * 0.6, 39.7 + r() * 0.4] },
      properties: {
        id: `p${i}`,
        sector: SECTORS[Math.floor(r() * SECTORS.length)]!,
        status: STATUSES[Math.floor(r() * STATUSES.length)]!,
        district: '110108',
        precision: 'site',
        name_zh: `项目${i}`,
        name_en: `Project ${i}`,
      },
    })),
  } as unknown as ProjectCollection;
}

interface Drawn {
  props: Record<string, unknown>;
  cluster: boolean;
}
/**
 * What MapLibre draws of each zoom's tiles, decoded as it decodes them: from each tile only the features inside
 * its extent (a tile's buffer repeats its neighbours' edges, and MapLibre draws those from the neighbour), so a
 * point lost at a tile's edge or a cluster in two tiles would change the counts.
 */
function decode(fc: ProjectCollection, clusterZoom: number = CLUSTER.maxZoom): Map<number, Drawn[]> {
  const byZoom = new Map<number, Drawn[]>();
  for (const t of cutTiles(tilePoints(fc), clusterZoom)) {
    const layer = new VectorTile(new PbfReader(t.data)).layers[PROJECT_TILES_LAYER]!;
    const drawn = byZoom.get(t.z) ?? [];
    byZoom.set(t.z, drawn);
    for (let i = 0; i < layer.length; i++) {
      const feature = layer.feature(i);
      const at = feature.loadGeometry()[0]![0]!;
      if (at.x < 0 || at.y < 0 || at.x >= layer.extent || at.y >= layer.extent) continue;
      const props = feature.properties as Record<string, unknown>;
      drawn.push({ props, cluster: props.point_count !== undefined });
    }
  }
  return byZoom;
}

const FILTERS: ProjectFilter[] = [
  { sectors: [], statuses: [], areas: [], ids: null },
  { sectors: ['education'], statuses: [], areas: [], ids: null },
  { sectors: ['industrial_park', 'healthcare', 'transit'], statuses: [], areas: [], ids: null },
  { sectors: [], statuses: ['planned'], areas: [], ids: null },
  { sectors: [], statuses: ['under_construction', 'completed'], areas: [], ids: null },
];

describe('the map filter on the tiles', () => {
  const fc = projects(3000);
  const tiles = decode(fc);

  it('makes no archive without a point (a data set of lines only builds without one)', () => {
    expect(projectArchive({ type: 'FeatureCollection', features: [] })).toBeNull();
    expect(projectArchive(projects(3))!.tiles).toBeGreaterThan(0);
  });

  it('leaves to the GeoJSON source what the clusters cannot count: ids, areas, sectors with statuses', () => {
    const none = { sectors: [], statuses: [], areas: [], ids: null };
    expect(tileDrawing(none)).toMatchObject({ tiles: true, filter: null, codes: null });
    expect(tileDrawing({ ...none, ids: new Set(['p1']) }).tiles).toBe(false);
    expect(tileDrawing({ ...none, ids: new Set() }).tiles).toBe(false);
    expect(tileDrawing({ ...none, areas: ['110108'] }).tiles).toBe(false);
    expect(tileDrawing({ ...none, sectors: ['education'], statuses: ['planned'] }).tiles).toBe(false);
    // The selection's mask says whether ids restrict, without the set being made.
    const drawn = { of: [], mask: new Uint8Array(0), byId: true };
    expect(tileDrawing({ ...none, drawn }).tiles).toBe(false);
    expect(tileDrawing({ ...none, drawn: { ...drawn, byId: false } }).tiles).toBe(true);
  });

  it('clusters below the unclustered zoom, breaks every cluster apart deeper, names points where labelled', () => {
    for (let z = 0; z <= CLUSTER.maxZoom; z++)
      expect(
        tiles.get(z)!.some((f) => f.cluster),
        `zoom ${z}`,
      ).toBe(true);
    for (let z = CLUSTER.maxZoom + 1; z <= 14; z++) expect(tiles.get(z)!.every((f) => !f.cluster)).toBe(true);
    for (const [z, fs] of tiles)
      for (const f of fs.filter((x) => x.cluster)) expect(f.props[EXPANSION_ZOOM] as number).toBeGreaterThan(z); // Names only where the map labels points: every point has them there, none below.
    for (const [z, fs] of tiles)
      for (const f of fs.filter((x) => !x.cluster))
        expect(typeof f.props.name_en === 'string' && typeof f.props.name_zh === 'string', `zoom ${z}`).toBe(
          z >= PROJECT_LABEL_MIN_ZOOM,
        );
  });

  it('clusters dense data until the zoom where points are named, in the tiles and the GeoJSON source alike', () => {
    expect(clusterMaxZoom(159)).toBe(CLUSTER.maxZoom);
    expect(clusterMaxZoom(PROJECT_TILES_MIN - 1)).toBe(CLUSTER.maxZoom);
    expect(clusterMaxZoom(PROJECT_TILES_MIN)).toBe(PROJECT_LABEL_MIN_ZOOM - 1);
    expect(unclusteredZoom(100_000)).toBe(PROJECT_LABEL_MIN_ZOOM);
    const dense = decode(fc, DENSE_CLUSTER_MAX_ZOOM);
    for (let z = 0; z <= DENSE_CLUSTER_MAX_ZOOM; z++)
      expect(
        dense.get(z)!.some((f) => f.cluster),
        `zoom ${z}`,
      ).toBe(true);
    for (let z = DENSE_CLUSTER_MAX_ZOOM + 1; z <= 14; z++) expect(dense.get(z)!.every((f) => !f.cluster)).toBe(true);
    // Every project is drawn once at every zoom, in a cluster or alone.
    for (const [z, fs] of dense)
      expect(
        fs.reduce((n, f) => n + (f.cluster ? (f.props.point_count as number) : 1), 0),
        `zoom ${z}`,
      ).toBe(3000);
  });

  it('draws exactly the matching projects at every zoom: cluster counts plus single points', () => {
    for (const f of FILTERS) {
      const d = tileDrawing(f);
      if (!d.tiles) throw new Error('the tiles should answer this filter');
      const props = tileLayerProps(d);
      const pointFilter = featureFilter(props.filters[tileTwin(PROJECT_LAYER.point)], 'layers[0].filter');
      const clusterFilter = featureFilter(props.filters[tileTwin(PROJECT_LAYER.cluster)], 'layers[1].filter');
      const count = createExpression(d.count, 'layers[1].paint.circle-radius');
      if (count.result !== 'success') throw new Error(JSON.stringify(count.value));
      const expected = fc.features.filter((p) => matchesFilter(p.properties, f)).length;
      expect(expected).toBeGreaterThan(0);
      for (const [z, features] of tiles) {
        let drawn = 0;
        for (const x of features) {
          const feature = { type: 1 as const, properties: x.props, geometry: [] };
          const g = { zoom: z };
          if (x.cluster) {
            if (!clusterFilter.filter(g, feature)) continue;
            const n = count.value.evaluate(g, feature) as number;
            // The test hook and the keyboard's stops read the same count in JavaScript.
            expect(clusterCountOf(x.props, d.codes)).toBe(n);
            expect(n).toBeGreaterThan(0);
            drawn += n;
          } else if (pointFilter.filter(g, feature)) drawn++;
        }
        expect(drawn, `${JSON.stringify(f)} at zoom ${z}`).toBe(expected);
      }
    }
  });
});
