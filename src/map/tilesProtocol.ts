/**
 * The `pmtiles` protocol, through which MapLibre reads the projects' vector tiles from one archive by HTTP
 * range requests, and the filter on the tiles (large data only: src/data/tiles.ts). Both are in a chunk loaded
 * on first use, so the first view at the real data's size never downloads them.
 */
import { chunk } from '../ui/chunk';

type TileModule = ReturnType<typeof import('./pmtilesProtocol').register>;

/** The protocol's chunk (asked again after a failure: src/ui/chunk.ts). */
const loadProtocol = chunk(() => import('./pmtilesProtocol'));
let registered: Promise<void> | null = null;
let loaded: TileModule | null = null;

/** Registers the protocol once; a failed load (the chunk did not arrive) may be tried again. */
export function registerPmtiles(): Promise<void> {
  registered ??= loadProtocol()
    .then((m) => {
      loaded = m.register();
    })
    .catch((e: unknown) => {
      registered = null;
      throw e;
    });
  return registered;
}

/** The filter on the tiles, once registerPmtiles has loaded it (the map draws no tiles before). */
export function tileModule(): TileModule {
  if (!loaded) throw new Error('the tiles module is used before it has loaded');
  return loaded;
}
