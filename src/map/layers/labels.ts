/**
 * Every text on the map, in one slot above everything else, so names are never buried under points or
 * clusters. MapLibre places symbols from the top layer down, so the last layers here win a collision:
 * cluster counts (always shown), then district names, stations, line names, project names.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { EMPTY, FONT, nameField, type LayerModule } from './common';
import { METRO_LAYER, metroLabelLayers } from './metro';
import { clusterCountLayer, PROJECT_LAYER, projectLabelLayers } from './projects';
import { inSlot } from './slots';

export const DISTRICT_LABEL_SOURCE = 'district-labels';
export const DISTRICT_LABEL_LAYER = 'district-label';

const districtLabel = (lang: 'zh' | 'en'): LayerSpecification => ({
  id: DISTRICT_LABEL_LAYER,
  type: 'symbol',
  source: DISTRICT_LABEL_SOURCE,
  layout: {
    'text-field': nameField(lang),
    'text-font': FONT,
    'text-size': ['interpolate', ['linear'], ['zoom'], 8, 12, 12, 16],
    'text-allow-overlap': false,
    // Centred where there is room; beside the spot where a cluster's count already is.
    'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
    'text-radial-offset': 1.6,
  },
  paint: { 'text-color': '#3a4656', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
});

export const labels: LayerModule = {
  name: 'labels',
  sources: () => ({ [DISTRICT_LABEL_SOURCE]: { type: 'geojson', data: EMPTY() } }),
  layers: (o) =>
    inSlot('labels', [
      ...projectLabelLayers(o),
      ...metroLabelLayers(o.lang).reverse(),
      districtLabel(o.lang),
      ...clusterCountLayer(o),
    ]),
};

/** Layers whose text follows the interface language (the test hook reads their texts). */
export const LABEL_LAYERS = [
  DISTRICT_LABEL_LAYER,
  METRO_LAYER.stationLabel,
  METRO_LAYER.lineLabel,
  PROJECT_LAYER.label,
] as const;
