import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildLayers, buildStyle, LAYER, PROJECT_LAYER_BASE_FILTERS, PROJECT_LAYERS } from '../../src/map/style';
import { projectFilterExpression } from '../../src/filters/expression';

describe('map style', () => {
  for (const lang of ['zh', 'en'] as const)
    it(`is a valid style in ${lang}, with unique layer ids whose sources exist`, () => {
      const style = buildStyle(lang);
      expect(validateStyleMin(style)).toEqual([]);
      const ids = style.layers.map((l) => l.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const l of style.layers) if ('source' in l) expect(Object.keys(style.sources)).toContain(l.source);
    });

  it('stays valid with a user filter on the project layers', () => {
    const filter = projectFilterExpression({
      sectors: ['education'],
      statuses: ['planned'],
      areas: ['110108'],
      ids: new Set(['a']),
    });
    const style = { ...buildStyle('zh'), layers: buildLayers('zh', filter) };
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('makes no request off the machine: no glyphs, sprite or tile URLs', () => {
    const style = buildStyle('zh');
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:/);
  });

  it('has a base filter for every clickable project layer', () => {
    for (const id of PROJECT_LAYERS) expect(buildLayers('zh').map((l) => l.id)).toContain(id);
    for (const id of Object.keys(PROJECT_LAYER_BASE_FILTERS)) expect(Object.values(LAYER)).toContain(id);
  });
});
