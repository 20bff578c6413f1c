/** District outlines: fill (hover, selection, comparison tint) and boundary lines. */
import { EMPTY, hovered, isOnline, selected, type LayerModule } from './common';
import { inSlot } from './slots';
import type { ExpressionSpecification } from 'maplibre-gl';

export const DISTRICT_SOURCE = 'districts';
export const DISTRICT_LAYER = { fill: 'district-fill', line: 'district-line' } as const;

const compared: ExpressionSpecification = ['boolean', ['feature-state', 'compared'], false];

export const districts: LayerModule = {
  name: 'districts',
  sources: () => ({ [DISTRICT_SOURCE]: { type: 'geojson', data: EMPTY(), promoteId: 'code' } }),
  layers: (o) => {
    const online = isOnline(o);
    return inSlot('districts', [
      {
        id: DISTRICT_LAYER.fill,
        type: 'fill',
        source: DISTRICT_SOURCE,
        paint: {
          'fill-color': ['case', selected, '#ffe8a3', compared, '#ffe8a3', hovered, '#e3ecf7', '#fbfbf8'],
          // Over an online basemap only the tints show, so the streets stay readable.
          'fill-opacity': online ? ['case', ['any', selected, compared], 0.35, hovered, 0.25, 0] : 0.95,
        },
      },
      {
        id: DISTRICT_LAYER.line,
        type: 'line',
        source: DISTRICT_SOURCE,
        paint: {
          'line-color': ['case', ['any', selected, compared], '#b7791f', online ? '#4a5668' : '#8a97a8'],
          'line-width': ['case', ['any', selected, compared], 2.5, online ? 1.5 : 1],
        },
      },
    ]);
  },
};
