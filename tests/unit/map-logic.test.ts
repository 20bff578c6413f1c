/** Pure helpers under the map: stacks, camera padding, style diffs, keyboard focus stops. */
import type { LayerSpecification, MapGeoJSONFeature, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { applyStyle, rememberStyle, type StyleTarget } from '../../src/map/applyStyle';
import { coveredPadding, MARGIN } from '../../src/map/camera';
import { buildStyle } from '../../src/map/style';
import { itemsFromRendered, pointsInView } from '../../src/map/PointNavigator';
import type { ProjectFeature } from '../../src/data/model';
import { computeStacks, positionKey } from '../../src/map/stacks';

describe('stacks', () => {
  const pts = [
    { id: 'a', coordinates: [116.234, 40.027] as [number, number], precision: 'district' },
    { id: 'b', coordinates: [116.234, 40.027] as [number, number], precision: 'district' },
    { id: 'c', coordinates: [116.2340000001, 40.027] as [number, number], precision: 'town' },
    { id: 'd', coordinates: [116.3, 40.0] as [number, number], precision: 'site' },
  ];
  it('counts projects sharing a position, and only those', () => {
    const fc = computeStacks(pts, null);
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0]!.properties).toEqual({ key: positionKey([116.234, 40.027]), count: 3, precision: 'mixed' });
  });
  it('counts only what is drawn, and marks a stack of district-level points', () => {
    const fc = computeStacks(pts, (p) => ['a', 'b', 'd'].includes(p.id));
    expect(fc.features.map((f) => f.properties)).toEqual([
      { key: positionKey([116.234, 40.027]), count: 2, precision: 'district' },
    ]);
    expect(computeStacks(pts, (p) => ['a', 'd'].includes(p.id)).features).toEqual([]);
  });
});

describe('camera padding', () => {
  const map = { left: 0, top: 0, right: 1000, bottom: 800 };
  it('pads for a side panel on the right and a sheet at the bottom', () => {
    expect(coveredPadding(map, [{ left: 600, top: 0, right: 1000, bottom: 800 }])).toEqual({
      top: MARGIN,
      right: 400 + MARGIN,
      bottom: MARGIN,
      left: MARGIN,
    });
    expect(coveredPadding(map, [{ left: 0, top: 500, right: 1000, bottom: 800 }]).bottom).toBe(300 + MARGIN);
  });
  it('ignores what does not cover the map and keeps a third of the map free', () => {
    expect(coveredPadding(map, [{ left: 1100, top: 0, right: 1500, bottom: 800 }])).toEqual({
      top: MARGIN,
      right: MARGIN,
      bottom: MARGIN,
      left: MARGIN,
    });
    const p = coveredPadding(map, [{ left: 0, top: 50, right: 1000, bottom: 800 }]);
    expect(p.bottom - MARGIN).toBeLessThanOrEqual((800 * 2) / 3 + 0.001);
  });
});

/** A fake map that records what applyStyle does to it. */
function fakeMap(style: StyleSpecification) {
  const layers = style.layers.map((l) => l.id);
  const sources = new Set(Object.keys(style.sources));
  const calls: string[] = [];
  const map: StyleTarget = {
    getLayer: (id) => (layers.includes(id) ? {} : undefined),
    addLayer: (l: LayerSpecification, before?: string) => {
      const i = before ? layers.indexOf(before) : layers.length;
      layers.splice(i < 0 ? layers.length : i, 0, l.id);
      calls.push(`addLayer ${l.id}${before ? ` before ${before}` : ''}`);
    },
    removeLayer: (id) => {
      layers.splice(layers.indexOf(id), 1);
      calls.push(`removeLayer ${id}`);
    },
    getSource: (id) =>
      sources.has(id)
        ? {
            setClusterOptions: (o: object) => {
              calls.push(`cluster ${id} ${JSON.stringify(o)}`);
              return Promise.resolve();
            },
          }
        : undefined,
    addSource: (id: string) => {
      sources.add(id);
      calls.push(`addSource ${id}`);
    },
    removeSource: (id) => {
      sources.delete(id);
      calls.push(`removeSource ${id}`);
    },
    setPaintProperty: (l, k) => calls.push(`paint ${l} ${k}`),
    setLayoutProperty: (l, k) => calls.push(`layout ${l} ${k}`),
  };
  return { map, layers, sources, calls };
}

describe('applying a new style without reloading', () => {
  it('adds an online basemap under the districts, touching no data source', () => {
    const offline = buildStyle({ lang: 'zh', basemap: 'offline' });
    const f = fakeMap(offline);
    rememberStyle(f.map, offline);
    const osm = buildStyle({ lang: 'zh', basemap: 'osm' });
    applyStyle(f.map, osm);
    expect(f.calls).toContain('addSource basemap');
    expect(f.calls.find((c) => c.startsWith('addLayer basemap-basemap'))).toBe(
      'addLayer basemap-basemap before district-fill',
    );
    expect(f.calls.filter((c) => /removeSource|addSource (projects|districts)/.test(c))).toEqual([]);
    expect(f.layers).toEqual(osm.layers.map((l) => l.id));
    // Back offline: the tiles go, nothing else is removed.
    applyStyle(f.map, offline);
    expect(f.sources.has('basemap')).toBe(false);
    expect(f.layers).toEqual(offline.layers.map((l) => l.id));
  });

  it('switches the language by layout properties alone, and 天地图 annotations by replacing their source', () => {
    const zh = buildStyle({ lang: 'zh', basemap: 'tianditu', tiandituKey: 'k' });
    const f = fakeMap(zh);
    rememberStyle(f.map, zh);
    applyStyle(f.map, buildStyle({ lang: 'en', basemap: 'tianditu', tiandituKey: 'k' }));
    expect(f.calls).toContain('layout district-label text-field');
    expect(f.calls).toContain('removeSource basemap-labels');
    expect(f.calls).toContain('addSource basemap-labels');
    expect(f.calls).not.toContain('removeSource basemap');
    expect(f.calls.some((c) => c.startsWith('removeLayer') && !c.includes('basemap'))).toBe(false);
  });

  it('changes only how the points cluster, in place, when dense data clusters deeper', () => {
    const s = buildStyle({ lang: 'en', basemap: 'offline' });
    const f = fakeMap(s);
    rememberStyle(f.map, s);
    applyStyle(f.map, buildStyle({ lang: 'en', basemap: 'offline', clusterMaxZoom: 11 }));
    expect(f.calls).toEqual(['cluster projects {"cluster":true,"clusterRadius":50,"clusterMaxZoom":11}']);
    // A clustering key left out would keep the old value in place: the source is replaced instead.
    const partial = buildStyle({ lang: 'en', basemap: 'offline' });
    delete (partial.sources.projects as { clusterMaxZoom?: number }).clusterMaxZoom;
    const g = fakeMap(s);
    rememberStyle(g.map, buildStyle({ lang: 'en', basemap: 'offline', clusterMaxZoom: 11 }));
    applyStyle(g.map, partial);
    expect(g.calls).toContain('removeSource projects');
    expect(g.calls.some((c) => c.startsWith('cluster'))).toBe(false);
    // Anything else about the source changed: it is replaced, with its layers.
    const other = buildStyle({ lang: 'en', basemap: 'offline', clusterMaxZoom: 11 });
    (other.sources.projects as { promoteId?: string }).promoteId = 'key';
    applyStyle(f.map, other);
    expect(f.calls).toContain('removeSource projects');
    expect(f.calls).toContain('addSource projects');
  });

  it('does nothing when nothing changed', () => {
    const s = buildStyle({ lang: 'en', basemap: 'offline' });
    const f = fakeMap(s);
    rememberStyle(f.map, s);
    applyStyle(f.map, buildStyle({ lang: 'en', basemap: 'offline' }));
    expect(f.calls).toEqual([]);
  });
});

describe('keyboard focus stops on the map', () => {
  const feature = (id: string, coordinates: number[], extra: Record<string, unknown> = {}) =>
    ({ geometry: { type: 'Point', coordinates }, properties: { id, ...extra } }) as unknown as MapGeoJSONFeature;
  const project = ([lng, lat]: [number, number]) => ({ x: (lng - 116) * 1000, y: (41 - lat) * 1000 });

  it('groups projects at one position into one stop, in reading order, once each', () => {
    const items = itemsFromRendered(
      [
        feature('b', [116.3, 40.5]),
        feature('a', [116.1, 40.9]),
        feature('c', [116.3, 40.5]),
        feature('c', [116.3, 40.5]),
        feature('k', [116.2, 40.7], { point_count: 12, cluster_id: 7 }),
      ],
      project,
    );
    expect(items.map((i) => (i.cluster ? `cluster ${i.cluster.count}` : i.ids.join('+')))).toEqual([
      'a',
      'cluster 12',
      'b+c',
    ]);
  });

  it('counts the drawn points in view, and stops counting past the limit', () => {
    const at = (coordinates: number[], type = 'Point') =>
      ({
        geometry: { type, coordinates: type === 'Point' ? coordinates : [coordinates, coordinates] },
      }) as ProjectFeature;
    const features = [
      at([116.3, 40.0]),
      at([116.31, 40.01]),
      at([116.5, 40.0]), // east of the bounds
      at([116.3, 40.0], 'LineString'), // lines are not points
      at([116.32, 40.02]),
    ];
    const bounds = [116.2, 39.9, 116.4, 40.1] as const;
    const every = () => true;
    expect(pointsInView(features, every, bounds, 10)).toBe(3);
    expect(pointsInView(features, (i) => i !== 1, bounds, 10)).toBe(2);
    // Past the limit only "more than" matters: limit + 1.
    expect(pointsInView(features, every, bounds, 1)).toBe(2);
    expect(pointsInView(features, every, [117, 41, 118, 42], 10)).toBe(0);
  });
});
