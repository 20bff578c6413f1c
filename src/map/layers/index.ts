/** The style as a composition of layer modules, ordered by named slots. Pure: no map, no React. */
import type { StyleSpecification } from 'maplibre-gl';
import { background } from './background';
import { basemap } from './basemap';
import type { LayerModule, StyleOptions } from './common';
import { districts } from './districts';
import { labels } from './labels';
import { metro } from './metro';
import { projects } from './projects';
import { proximity } from './proximity';
import { bySlot } from './slots';

/** Every module of the map, in no particular order: slots decide the drawing order. */
export const MODULES: LayerModule[] = [background, basemap, districts, proximity, metro, projects, labels];

export function buildStyle(o: StyleOptions, modules: LayerModule[] = MODULES): StyleSpecification {
  return {
    version: 8,
    name: 'beijing-plans',
    sources: Object.assign({}, ...modules.map((m) => m.sources(o))) as StyleSpecification['sources'],
    layers: bySlot(modules.flatMap((m) => m.layers(o))),
  };
}
