/**
 * The metro network as context (© OpenStreetMap contributors, ODbL): lines in their official colours with
 * the line name along the line, stations as symbols from zoom 10.5 (names from 11), interchanges drawn larger with a
 * heavier ring. Their names are in the labels module, so they take part in label collision with the rest.
 */
import { EMPTY, FONT, nameField, type LayerModule } from './common';
import { inSlot } from './slots';

export const METRO_SOURCE = { lines: 'metro', stations: 'metro-stations' } as const;
export const METRO_LAYER = {
  line: 'metro-line',
  lineLabel: 'metro-line-label',
  station: 'metro-station',
  stationLabel: 'metro-station-label',
} as const;

/** Stations appear from this zoom; their names a little later, where there is room for them. */
export const STATION_MIN_ZOOM = 10.5;
const STATION_LABEL_MIN_ZOOM = 11;

export const metro: LayerModule = {
  name: 'metro',
  sources: () => ({
    [METRO_SOURCE.lines]: { type: 'geojson', data: EMPTY() },
    [METRO_SOURCE.stations]: { type: 'geojson', data: EMPTY() },
  }),
  layers: () =>
    inSlot('metro', [
      {
        id: METRO_LAYER.line,
        type: 'line',
        source: METRO_SOURCE.lines,
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': ['coalesce', ['get', 'colour'], '#999999'],
          'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.8, 11, 2, 15, 4],
          'line-opacity': ['interpolate', ['linear'], ['zoom'], 8, 0.45, 11, 0.8],
        },
      },
      {
        id: METRO_LAYER.station,
        type: 'circle',
        source: METRO_SOURCE.stations,
        minzoom: STATION_MIN_ZOOM,
        paint: {
          'circle-color': '#ffffff',
          'circle-radius': [
            'interpolate',
            ['linear'],
            ['zoom'],
            11,
            ['case', ['get', 'interchange'], 4, 2.5],
            15,
            ['case', ['get', 'interchange'], 7, 4.5],
          ],
          'circle-stroke-color': ['case', ['get', 'open'], '#1f2933', '#9aa5b1'],
          'circle-stroke-width': ['case', ['get', 'interchange'], 2.2, 1.2],
        },
      },
    ]),
};

/** Line names along the lines and station names, for the labels slot. */
export const metroLabelLayers = (lang: 'zh' | 'en') => [
  {
    id: METRO_LAYER.stationLabel,
    type: 'symbol' as const,
    source: METRO_SOURCE.stations,
    minzoom: STATION_LABEL_MIN_ZOOM,
    layout: {
      'text-field': nameField(lang),
      'text-font': FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 11, 10.5, 15, 13] as never,
      'text-anchor': 'left' as const,
      'text-offset': [0.7, 0] as [number, number],
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'] as ('left' | 'right' | 'top' | 'bottom')[],
      'text-radial-offset': 0.6,
      'text-optional': true,
      // Interchanges first when there is not room for every name.
      'symbol-sort-key': ['case', ['get', 'interchange'], 0, 1] as never,
    },
    paint: { 'text-color': '#1f2933', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
  },
  {
    id: METRO_LAYER.lineLabel,
    type: 'symbol' as const,
    source: METRO_SOURCE.lines,
    minzoom: STATION_LABEL_MIN_ZOOM,
    layout: {
      'symbol-placement': 'line' as const,
      'symbol-spacing': 350,
      'text-field': nameField(lang),
      'text-font': FONT,
      'text-size': 11,
      'text-keep-upright': true,
    },
    paint: {
      'text-color': ['coalesce', ['get', 'colour'], '#555555'] as never,
      'text-halo-color': '#ffffff',
      'text-halo-width': 2,
    },
  },
];
