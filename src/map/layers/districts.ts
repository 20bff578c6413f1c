/** District outlines: fill (hover, selection, comparison tint) and boundary lines. */
import { EMPTY, hovered, isOnline, selected, type LayerModule } from './common';
import { inSlot } from './slots';
import type { ExpressionSpecification } from 'maplibre-gl';

export const DISTRICT_SOURCE = 'districts';
export const DISTRICT_LAYER = { fill: 'district-fill', line: 'district-line' } as const;

const compared: ExpressionSpecification = ['boolean', ['feature-state', 'compared'], false];

/**
 * The choropleth is paint on this fill, driven by feature-state `choro` (the class index, -1 for no data,
 * absent when no choropleth is shown): a new measure or sector choice only sets feature-state, the data
 * stays uploaded once, and outlines and labels stay above it in their own slots. Sequential ColorBrewer
 * PuBu, light to dark (readable with every colour-vision type); "no data" is a neutral grey, not the
 * lightest class.
 */
export const CHORO_COLORS = ['#f1eef6', '#bdc9e1', '#74a9cf', '#2b8cbe', '#045a8d'] as const;
export const CHORO_NO_DATA = '#c8c8c8';
const choro: ExpressionSpecification = ['number', ['feature-state', 'choro'], -2];
const choroOn: ExpressionSpecification = ['>=', choro, -1];
const choroColor: ExpressionSpecification = [
  'match',
  choro,
  ...CHORO_COLORS.flatMap((c, i) => [i, c]),
  -1,
  CHORO_NO_DATA,
  '#fbfbf8',
] as unknown as ExpressionSpecification;

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
          // With a choropleth the class colour wins; selection and comparison show by their outline.
          'fill-color': [
            'case',
            choroOn,
            choroColor,
            selected,
            '#ffe8a3',
            compared,
            '#ffe8a3',
            hovered,
            '#e3ecf7',
            '#fbfbf8',
          ],
          // Over an online basemap only the tints show, so the streets stay readable.
          'fill-opacity': online ? ['case', choroOn, 0.7, ['any', selected, compared], 0.35, hovered, 0.25, 0] : 0.95,
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
