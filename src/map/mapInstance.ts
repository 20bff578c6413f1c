/**
 * The MapLibre instance lives here, outside React state and stores. Components reach it through
 * `getMap()`; the store only records facts such as "map loaded".
 */
import type { Map as MlMap } from 'maplibre-gl';

let current: MlMap | null = null;
export const getMap = (): MlMap | null => current;
export const setMap = (m: MlMap | null): void => {
  current = m;
};

/** Beijing's extent (the 16 districts), for the opening view. */
export const BEIJING_BOUNDS: [[number, number], [number, number]] = [
  [115.42, 39.44],
  [117.51, 41.06],
];
