import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { BuildOptions } from './build';
import { SHRINK_FLAG } from './shrink';
import { syntheticCount } from './synthetic';

/** An environment flag is on unless unset, empty, "0" or "false". */
const isSet = (v: string | undefined) => !!v && v !== '0' && v.toLowerCase() !== 'false';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The shared folder beside the repository (../shared), holding the five source documents. */
const SHARED = process.env.SHARED_DIR ?? join(ROOT, '..', 'shared');

export function paths(): BuildOptions {
  // A committed copy of ../shared/reference/beijing-metro (ODbL, see geo/beijing-metro/README.md).
  const metro = join(ROOT, 'geo', 'beijing-metro');
  return {
    seedsDir: join(ROOT, 'seeds'),
    sourcesDir: process.env.SOURCES_DIR ?? join(SHARED, 'seeds'),
    districtsFile: join(ROOT, 'geo', 'beijing-districts.geojson'),
    stationsFile: join(metro, 'stations.geojson'),
    metroLinesFile: join(metro, 'lines.geojson'),
    outDir: join(ROOT, 'public', 'data'),
    allowShrink: process.argv.includes(SHRINK_FLAG) || isSet(process.env.ALLOW_SHRINK),
    requireSources: isSet(process.env.CI),
    synthetic: syntheticCount(),
  };
}
