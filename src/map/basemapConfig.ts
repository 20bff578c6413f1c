/**
 * Build-time basemap settings. `VITE_TIANDITU_KEY` enables 天地图 (a key from the 天地图 developer console);
 * `VITE_DEFAULT_BASEMAP` (offline | osm | tianditu) lets a deployer change the default. The repository's
 * default stays offline: nothing is requested off the machine until a user picks an online basemap.
 */
import type { OnlineBasemap } from '../state/url';
import { availableBasemaps } from './layers/basemap';
import type { BasemapId } from './layers/common';

const env = import.meta.env as Record<string, string | undefined>;
export const TIANDITU_KEY: string | undefined = env.VITE_TIANDITU_KEY?.trim() || undefined;
export const BASEMAPS_OFFERED: BasemapId[] = availableBasemaps(TIANDITU_KEY);

export function defaultBasemap(configured = env.VITE_DEFAULT_BASEMAP, offered = BASEMAPS_OFFERED): BasemapId {
  return offered.includes(configured as BasemapId) ? (configured as BasemapId) : 'offline';
}

/** The basemap to draw: the user's choice when it is on offer, else the default. */
export function effectiveBasemap(choice: OnlineBasemap | null, offered = BASEMAPS_OFFERED): BasemapId {
  return choice && offered.includes(choice) ? choice : defaultBasemap(undefined, offered);
}
