/**
 * What only large data needs (src/data/tiles.ts), in a chunk of its own that tilesProtocol.ts loads when the
 * projects file names its tiles: the `pmtiles` protocol's registration, and the filter on the tiles.
 */
import { addProtocol } from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import { clusterCountOf, tileDrawing, tileLayerProps } from './tileFilter';

/** Registers the protocol with MapLibre; gives the filter on the tiles. */
export function register() {
  addProtocol('pmtiles', new Protocol().tile);
  return { clusterCountOf, tileDrawing, tileLayerProps };
}
