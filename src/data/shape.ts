/**
 * The app's check of the data files it loads: their structure, not their whole schema. The data build
 * validates every record against the zod schemas (src/data/schema.ts, model.ts) before it writes a file,
 * so the browser only needs to know it got the file it expects — a FeatureCollection of projects with ids,
 * point or line geometry and the properties the map filters on — and not a truncated file, an HTML error
 * page or another file. This loop costs milliseconds at 100,000 features where the full zod parse costs
 * seconds and a second copy of the data, and keeps zod out of the first view's JavaScript.
 * Same interface as fileSchemas.ts's checks (ContentCheck in src/data/queries.ts).
 */
import { PRECISIONS, PROJECT_AREA_CODES, SECTORS, STATUSES } from './codes';
import type { DetailsChunk } from './details';
import type { DistrictCollection, Profile, ProjectCollection } from './model';

type ShapeResult<T> =
  { success: true; data: T } | { success: false; error: { issues: { message: string; path: (string | number)[] }[] } };
export interface ShapeCheck<T> {
  safeParse(json: unknown): ShapeResult<T>;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isPos = (p: unknown) =>
  Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0] as number) && Number.isFinite(p[1] as number);

/** A problem: what is wrong, and where in the file (as zod gives it: features › 3 › properties › sector). */
type Problem = { message: string; path: (string | number)[] } | null;
const at = (path: (string | number)[], message: string): Problem => ({ message, path });

/** Builds a check from a function that returns the first problem, or null. */
const check = <T>(problem: (json: unknown) => Problem | string | null): ShapeCheck<T> => ({
  safeParse(json) {
    const p = problem(json);
    if (p === null) return { success: true, data: json as T };
    return { success: false, error: { issues: [typeof p === 'string' ? { message: p, path: [] } : p] } };
  },
});

const collection = (json: unknown): string | null =>
  !isObj(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)
    ? 'not a GeoJSON FeatureCollection'
    : null;

const PROJECT_STRINGS = ['id', 'name_zh', 'name_en', 'sector', 'status', 'district', 'precision'] as const;
/** The codes the map and the filters read: a value outside them is a wrong file, not a new kind. */
const CODES: Partial<Record<(typeof PROJECT_STRINGS)[number], ReadonlySet<string>>> = {
  sector: new Set(SECTORS),
  status: new Set(STATUSES),
  precision: new Set(PRECISIONS),
  district: new Set(PROJECT_AREA_CODES),
};

export const projectsShape = check<ProjectCollection>((json) => {
  const bad = collection(json);
  if (bad) return at(isObj(json) && json.type === 'FeatureCollection' ? ['features'] : ['type'], bad);
  // The tiles' file name, when present, is a file beside this one: never a path or another host.
  const tiles = (json as { tiles?: unknown }).tiles;
  if (tiles !== undefined && (typeof tiles !== 'string' || !/^[\w-]+\.pmtiles$/.test(tiles)))
    return at(['tiles'], 'tiles is not the name of a PMTiles file beside the projects file');
  const features = (json as { features: unknown[] }).features;
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    const where = (...rest: (string | number)[]) => ['features', i, ...rest];
    if (!isObj(f) || typeof f.id !== 'string') return at(where('id'), `feature ${i}: no id`);
    const g = f.geometry;
    const p = f.properties;
    if (!isObj(g)) return at(where('geometry'), `${f.id}: no geometry`);
    if (g.type === 'Point' ? !isPos(g.coordinates) : g.type !== 'LineString' || !Array.isArray(g.coordinates))
      return at(where('geometry'), `${f.id}: geometry is not a point or a line`);
    if (
      g.type === 'LineString' &&
      (!(g.coordinates as unknown[]).every(isPos) || (g.coordinates as unknown[]).length < 2)
    )
      return at(where('geometry', 'coordinates'), `${f.id}: line without two positions`);
    if (!isObj(p)) return at(where('properties'), `${f.id}: no properties`);
    for (const k of PROJECT_STRINGS) {
      const v = p[k];
      if (typeof v !== 'string') return at(where('properties', k), `${f.id}: properties.${k} is not text`);
      if (CODES[k] && !CODES[k].has(v))
        return at(where('properties', k), `${f.id}: properties.${k} is not a known code`);
    }
    if (!Array.isArray(p.docs) || typeof p.docs[0] !== 'string')
      return at(where('properties', 'docs'), `${f.id}: no source documents`);
    if (!Array.isArray(p.figures)) return at(where('properties', 'figures'), `${f.id}: no figures`);
  }
  return null;
});

export const districtsShape = check<DistrictCollection>((json) => {
  const bad = collection(json);
  if (bad) return bad;
  for (const [i, f] of (json as { features: unknown[] }).features.entries()) {
    if (!isObj(f) || !isObj(f.properties) || typeof f.properties.code !== 'string') return `feature ${i}: no code`;
    if (!isObj(f.geometry) || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon'))
      return `${f.properties.code}: geometry is not a polygon`;
  }
  return null;
});

export const profilesShape = check<Profile[]>((json) => {
  if (!Array.isArray(json)) return 'not a list of profiles';
  for (const [i, p] of json.entries()) {
    if (!isObj(p) || typeof p.code !== 'string') return `profile ${i}: no code`;
    if (!Array.isArray(p.indicators) || !Array.isArray(p.plans)) return `${p.code}: no indicators or plans`;
    if (!isPos(p.center)) return `${p.code}: no centre`;
  }
  return null;
});

/** A details file (src/data/details.ts): by project id, its quoted sources, what its placement rests on, its pinyin. */
export const detailsShape = check<DetailsChunk>((json) => {
  if (!isObj(json)) return 'not a details file';
  for (const [id, d] of Object.entries(json)) {
    if (!isObj(d)) return at([id], `${id}: no details`);
    const sources = d.sources;
    if (!Array.isArray(sources) || !sources.length) return at([id, 'sources'], `${id}: no sources`);
    for (const [i, s] of sources.entries())
      if (!isObj(s) || typeof s.doc !== 'string' || typeof s.quote !== 'string')
        return at([id, 'sources', i], `${id}: a source without its document or quote`);
    for (const k of ['location_basis', 'location_basis_zh', 'name_pinyin'] as const)
      if (typeof d[k] !== 'string') return at([id, k], `${id}: ${k} is not text`);
  }
  return null;
});
