/** The proximity circle ("projects within N metres of here"): its area, its edge and its centre. */
import { EMPTY, type LayerModule } from './common';
import { inSlot } from './slots';

export const PROXIMITY_SOURCE = 'proximity';
export const PROXIMITY_LAYER = { fill: 'proximity-fill', line: 'proximity-line', centre: 'proximity-centre' } as const;

export const proximity: LayerModule = {
  name: 'proximity',
  sources: () => ({ [PROXIMITY_SOURCE]: { type: 'geojson', data: EMPTY() } }),
  layers: () =>
    inSlot('overlays', [
      {
        id: PROXIMITY_LAYER.fill,
        type: 'fill',
        source: PROXIMITY_SOURCE,
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': '#6a3d9a', 'fill-opacity': 0.08 },
      },
      {
        id: PROXIMITY_LAYER.line,
        type: 'line',
        source: PROXIMITY_SOURCE,
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'line-color': '#6a3d9a', 'line-width': 2, 'line-dasharray': [3, 2] },
      },
      {
        id: PROXIMITY_LAYER.centre,
        type: 'circle',
        source: PROXIMITY_SOURCE,
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-radius': 5,
          'circle-color': '#ffffff',
          'circle-stroke-color': '#6a3d9a',
          'circle-stroke-width': 2.5,
        },
      },
    ]),
};
