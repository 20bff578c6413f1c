import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { projectFilterExpression } from '../../src/filters/expression';
import { availableBasemaps, basemapAttribution, OSM_TILE_HOST, TIANDITU_HOSTS } from '../../src/map/layers/basemap';
import { BASEMAPS, metresToPixels, type LayerModule, type StyleOptions } from '../../src/map/layers/common';
import { MODULES } from '../../src/map/layers/index';
import { bySlot, SLOTS, slotOf } from '../../src/map/layers/slots';
import {
  buildStyle,
  LABEL_LAYERS,
  PROJECT_LAYER_BASE_FILTERS,
  PROJECT_LAYERS,
  SOURCE,
  TILE_LAYERS,
  withProjectFilter,
} from '../../src/map/style';
import { tileDrawing, tileLayerProps } from '../../src/map/tileFilter';

/** Every subset of the modules (2^n), in both languages, on every basemap, with and without a 天地图 key. */
function* combinations(): Generator<{ o: StyleOptions; modules: LayerModule[] }> {
  for (let mask = 1; mask < 1 << MODULES.length; mask++) {
    const modules = MODULES.filter((_, i) => mask & (1 << i));
    for (const lang of ['zh', 'en'] as const)
      for (const basemap of BASEMAPS)
        for (const tiandituKey of [undefined, 'test-key']) yield { o: { lang, basemap, tiandituKey }, modules };
  }
}

describe('map style', () => {
  it('is valid, with unique layer ids whose sources exist, in every combination of modules and options', () => {
    let n = 0;
    for (const { o, modules } of combinations()) {
      const style = buildStyle(o, modules);
      // A combination that leaves out the module owning a source is not a style anybody ships.
      const self = style.layers.every((l) => !('source' in l) || l.source in style.sources);
      if (!self) continue;
      expect(validateStyleMin(style), JSON.stringify(o)).toEqual([]);
      const ids = style.layers.map((l) => l.id);
      expect(new Set(ids).size).toBe(ids.length);
      n++;
    }
    expect(n).toBeGreaterThan(200);
  });

  it('holds every module with its own sources: no layer refers to another module’s source except the labels', () => {
    for (const m of MODULES.filter((x) => x.name !== 'labels')) {
      const o: StyleOptions = { lang: 'zh', basemap: 'tianditu', tiandituKey: 'k' };
      const own = Object.keys(m.sources(o));
      for (const l of m.layers(o)) if ('source' in l) expect(own, `${m.name} › ${l.id}`).toContain(l.source);
    }
  });

  it('orders layers by slot, whatever order the modules come in', () => {
    const o: StyleOptions = { lang: 'en', basemap: 'osm' };
    const forward = buildStyle(o).layers.map((l) => l.id);
    const reversed = buildStyle(o, [...MODULES].reverse()).layers.map((l) => l.id);
    expect(reversed).toEqual(forward);
    const slots = buildStyle(o).layers.map((l) => SLOTS.indexOf(slotOf(l)!));
    expect(slots.every((s) => s >= 0)).toBe(true);
    expect([...slots].sort((a, b) => a - b)).toEqual(slots);
    // Text above everything; the basemap above the background and below the districts.
    const order = (id: string) => forward.indexOf(id);
    expect(order('basemap-basemap')).toBeGreaterThan(order('background'));
    expect(order('basemap-basemap')).toBeLessThan(order('district-fill'));
    for (const id of LABEL_LAYERS) expect(order(id)).toBeGreaterThan(order('project-cluster'));
    expect(order('project-cluster-count')).toBeGreaterThan(order('project-cluster'));
    // MapLibre places the top layer's symbols first: cluster counts, then district names, then the rest.
    expect(order('project-cluster-count')).toBeGreaterThan(order('district-label'));
    expect(order('district-label')).toBeGreaterThan(order('metro-station-label'));
    expect(order('metro-station-label')).toBeGreaterThan(order('project-label'));
  });

  it('sorts layers of one slot in their given order (stable)', () => {
    const mk = (id: string, slot: (typeof SLOTS)[number]) =>
      ({ id, type: 'background', metadata: { slot } }) as LayerSpecification & { metadata: { slot: typeof slot } };
    expect(
      bySlot([mk('a', 'labels'), mk('b', 'background'), mk('c', 'labels'), mk('d', 'overlays')]).map((l) => l.id),
    ).toEqual(['b', 'd', 'a', 'c']);
  });

  it('stays valid with a user filter on the project layers', () => {
    const filter = projectFilterExpression({
      sectors: ['education'],
      statuses: ['planned'],
      areas: ['110108'],
      ids: new Set(['a']),
    });
    const style = buildStyle({ lang: 'zh', basemap: 'offline' });
    style.layers = style.layers.map((l) =>
      l.id in PROJECT_LAYER_BASE_FILTERS
        ? ({ ...l, filter: withProjectFilter(PROJECT_LAYER_BASE_FILTERS[l.id]!, filter) } as LayerSpecification)
        : l,
    );
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('hides every project when the search or radius matches none (the filter `false` is kept), and stays valid', () => {
    const none = projectFilterExpression({ sectors: [], statuses: [], areas: [], ids: new Set() });
    expect(none).toBe(false);
    const base = PROJECT_LAYER_BASE_FILTERS[PROJECT_LAYERS[0]]!;
    expect(withProjectFilter(base, none)).toEqual(['all', base, false]);
    expect(withProjectFilter(base, null)).toBe(base);
    const style = buildStyle({ lang: 'en', basemap: 'offline' });
    style.layers = style.layers.map((l) =>
      l.id in PROJECT_LAYER_BASE_FILTERS
        ? ({ ...l, filter: withProjectFilter(PROJECT_LAYER_BASE_FILTERS[l.id]!, none) } as LayerSpecification)
        : l,
    );
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('makes no request off the machine by default: no glyphs, sprite or URL at all', () => {
    for (const lang of ['zh', 'en'] as const) {
      const style = buildStyle({ lang, basemap: 'offline', tiandituKey: 'k' });
      expect(style.glyphs).toBeUndefined();
      expect(style.sprite).toBeUndefined();
      expect(JSON.stringify(style)).not.toMatch(/https?:/);
    }
  });

  it('requests only its own tile hosts when an online basemap is chosen, with its attribution', () => {
    const hosts = (o: StyleOptions) =>
      [...JSON.stringify(buildStyle(o).sources).matchAll(/https:\/\/([^/"]+)\/[^"]*\{z\}/g)].map((m) => m[1]);
    expect(new Set(hosts({ lang: 'zh', basemap: 'osm' }))).toEqual(new Set([OSM_TILE_HOST]));
    expect(new Set(hosts({ lang: 'zh', basemap: 'tianditu', tiandituKey: 'k' }))).toEqual(new Set(TIANDITU_HOSTS));
    expect(basemapAttribution('osm', 'en')).toContain('OpenStreetMap contributors');
    expect(basemapAttribution('osm', 'zh')).toContain('OpenStreetMap 贡献者');
    expect(basemapAttribution('osm', 'en')).toContain('operations.osmfoundation.org/policies/tiles');
    expect(basemapAttribution('tianditu', 'zh')).toContain('天地图');
    expect(basemapAttribution('tianditu', 'en')).toMatch(/Tianditu/);
    expect(basemapAttribution('offline', 'en')).toBeNull();
  });

  it('gives 天地图 its annotation layer in the interface language, and only with a key', () => {
    const src = (lang: 'zh' | 'en') =>
      JSON.stringify(buildStyle({ lang, basemap: 'tianditu', tiandituKey: 'k' }).sources);
    expect(src('zh')).toContain('/cva_w/');
    expect(src('en')).toContain('/eva_w/');
    expect(src('en')).toContain('/vec_w/');
    expect(JSON.stringify(buildStyle({ lang: 'zh', basemap: 'tianditu' }))).not.toMatch(/tianditu\.gov/);
    expect(availableBasemaps(undefined)).toEqual(['offline', 'osm']);
    expect(availableBasemaps('k')).toEqual(['offline', 'osm', 'tianditu']);
  });

  it('has a base filter for every clickable project layer', () => {
    const ids = buildStyle({ lang: 'zh', basemap: 'offline', projectTiles: 'http://localhost/p.pmtiles' }).layers.map(
      (l) => l.id,
    );
    for (const id of PROJECT_LAYERS) expect(ids).toContain(id);
    for (const id of Object.keys(PROJECT_LAYER_BASE_FILTERS)) expect(ids).toContain(id);
  });

  it('is valid with the projects’ tiles in every language and basemap (the twins’ ids unique)', () => {
    for (const lang of ['zh', 'en'] as const)
      for (const basemap of BASEMAPS) {
        const style = buildStyle({ lang, basemap, tiandituKey: 'k', projectTiles: 'http://localhost/p.pmtiles' });
        expect(validateStyleMin(style), `${lang} ${basemap}`).toEqual([]);
        const ids = style.layers.map((l) => l.id);
        expect(new Set(ids).size).toBe(ids.length);
      }
  });

  it('draws the tiles only when the data has them: each points layer with a hidden twin on the tiles', () => {
    const plain = buildStyle({ lang: 'en', basemap: 'offline' });
    expect(plain.sources[SOURCE.projectTiles]).toBeUndefined();
    expect(plain.layers.filter((l) => TILE_LAYERS.includes(l.id))).toEqual([]);
    const url = 'http://localhost/data/projects.pmtiles';
    const tiled = buildStyle({ lang: 'en', basemap: 'offline', projectTiles: url });
    expect(tiled.sources[SOURCE.projectTiles]).toMatchObject({ type: 'vector', url: `pmtiles://${url}` });
    const ids = tiled.layers.map((l) => l.id);
    for (const twin of TILE_LAYERS) {
      const layer = tiled.layers.find((l) => l.id === twin)!;
      expect(layer).toMatchObject({ source: SOURCE.projectTiles, 'source-layer': 'projects' });
      expect(layer.layout?.visibility).toBe('none');
      // Right above the layer it twins, so the drawing order is the same whichever draws.
      expect(ids.indexOf(twin)).toBe(ids.indexOf(twin.replace(/-tiles$/, '')) + 1);
    }
  });

  it('stays valid with what the filter sync gives the tiles for each filter they answer', () => {
    const style = buildStyle({ lang: 'zh', basemap: 'offline', projectTiles: 'http://localhost/p.pmtiles' });
    const filters = [
      { sectors: [], statuses: [] },
      { sectors: ['education'], statuses: [] },
      { sectors: ['education', 'healthcare'], statuses: [] },
      { sectors: [], statuses: ['planned', 'completed', 'operating'] },
    ] as const;
    for (const f of filters) {
      const d = tileDrawing({ ...f, areas: [], ids: null });
      if (!d.tiles) throw new Error(`the tiles should answer ${JSON.stringify(f)}`);
      const props = tileLayerProps(d);
      const layers = style.layers.map((l) => {
        const next = { ...l, ...(props.filters[l.id] ? { filter: props.filters[l.id] } : {}) } as LayerSpecification;
        if (l.id === props.clusterRadius.layer)
          return {
            ...next,
            paint: { ...next.paint, 'circle-radius': props.clusterRadius.value },
          } as LayerSpecification;
        if (l.id === props.countText.layer)
          return { ...next, layout: { ...next.layout, 'text-field': props.countText.value } } as LayerSpecification;
        return next;
      });
      expect(validateStyleMin({ ...style, layers }), JSON.stringify(f)).toEqual([]);
      // Every layer of the tiles is given its filter: none keeps one from a filter before.
      expect(Object.keys(props.filters).sort()).toEqual([...TILE_LAYERS].sort());
    }
  });

  it('sizes the town halo in metres: it doubles with each zoom level', () => {
    const e = metresToPixels(2000) as unknown as [string, unknown, unknown, number, number, number, number];
    const [, , , z0, px0, z22, px22] = e;
    expect(z0).toBe(0);
    expect(z22).toBe(22);
    expect(px22 / px0).toBeCloseTo(2 ** 22);
    // At zoom 13, 2 km at 40°N is about 273 px (metres per pixel ≈ 7.32).
    expect(px0 * 2 ** 13).toBeCloseTo(2000 / ((40075016.686 * Math.cos((40 * Math.PI) / 180)) / 512 / 2 ** 13), 5);
  });
});
