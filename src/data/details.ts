/**
 * Thin features and details by id. The build writes each project twice over: its thin part into
 * `projects.geojson` (what the map, the list, the filters and search read) and its details (the quoted
 * sources and what its placement rests on, DETAIL_KEYS) into one of `chunkCount(n)` files
 * `project-details-<k>.json`, chosen by a hash of its id. The app fetches a project's chunk when its panel
 * opens, and every chunk for a download. Build and app share these functions, so they always agree on the
 * file a record is in. Pure; no zod here (it is in the first view's JavaScript).
 */
import type {
  ProjectCollection,
  ProjectDetails,
  ProjectFeature,
  ProjectProps,
  ProjectRecord,
  ProjectRecordCollection,
  ProjectRecordFeature,
} from './model';

/**
 * The fields only a project's panel and the downloads show, kept out of `projects.geojson` and loaded by id:
 * at 100,000 projects they are a fifth of the parsed records, and the map, the list, the filters and search
 * never read them. (`name_pinyin` is `search.name_py` without its spaces, which search reads instead.)
 */
export const DETAIL_KEYS = ['sources', 'location_basis', 'location_basis_zh', 'name_pinyin'] as const;

/** About this many projects per details file: the real data (≈160) is one file, 100,000 are 200. */
export const DETAILS_PER_CHUNK = 500;

/** One details file: the details of its projects, by id. */
export type DetailsChunk = Record<string, ProjectDetails>;

/** How many details files a build with `projects` projects has (at least one). */
export const chunkCount = (projects: number): number => Math.max(1, Math.ceil(projects / DETAILS_PER_CHUNK));

/** The details file a project's id is in: FNV-1a of the id's UTF-16 code units, modulo the file count. */
export function chunkOf(id: string, chunks: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % chunks;
}

export const detailsFile = (chunk: number) => `project-details-${chunk}.json` as const;

/** The documents a record cites, each once, in the order of its sources. */
export const docsOf = (sources: readonly { doc: string }[]): string[] => [...new Set(sources.map((s) => s.doc))];

/** A record's thin part: every field but the details, with the documents it cites. */
export function thinProps(p: ProjectRecord): ProjectProps {
  const thin: Partial<ProjectRecord> & { docs?: string[] } = { ...p };
  for (const k of DETAIL_KEYS) delete thin[k];
  thin.docs = docsOf(p.sources);
  return thin as ProjectProps;
}

const detailsOf = (p: ProjectRecord): ProjectDetails => ({
  sources: p.sources,
  location_basis: p.location_basis,
  location_basis_zh: p.location_basis_zh,
  name_pinyin: p.name_pinyin,
});

/** The build's split: the thin collection and the details files, by file name. */
export function splitDetails(fc: ProjectRecordCollection): {
  projects: ProjectCollection;
  chunks: Record<string, DetailsChunk>;
} {
  const n = chunkCount(fc.features.length);
  const chunks: DetailsChunk[] = Array.from({ length: n }, () => ({}));
  const features = fc.features.map((f) => {
    chunks[chunkOf(f.id, n)]![f.id] = detailsOf(f.properties);
    return { ...f, properties: thinProps(f.properties) };
  });
  return {
    projects: { type: 'FeatureCollection', features },
    chunks: Object.fromEntries(chunks.map((c, k) => [detailsFile(k), c])),
  };
}

/**
 * Thin features made whole again (the thin file's `docs` kept), each from the details file it is in among
 * `chunks` files: `chunkAt(k)` gives file k when it is loaded. A project its file lacks is the error
 * `missing(id, file)` makes.
 */
export function withDetailsFrom(
  features: readonly ProjectFeature[],
  chunks: number,
  chunkAt: (k: number) => DetailsChunk | undefined,
  missing: (id: string, file: string) => Error,
): ProjectRecordFeature[] {
  return features.map((f) => {
    const k = chunkOf(f.id, chunks);
    const d = chunkAt(k)?.[f.id];
    if (!d) throw missing(f.id, detailsFile(k));
    const properties: ProjectRecord & { docs: string[] } = { ...f.properties, ...d };
    return { ...f, properties };
  });
}

/**
 * The collection as the build made it, from the thin file and every details file (tools and tests); a
 * project whose details are missing is an error naming it.
 */
export function joinDetails(projects: ProjectCollection, chunks: readonly DetailsChunk[]): ProjectRecordCollection {
  const n = chunkCount(projects.features.length);
  if (chunks.length !== n) throw new Error(`expected ${n} details files, got ${chunks.length}`);
  return {
    type: 'FeatureCollection',
    features: withDetailsFrom(
      projects.features,
      n,
      (k) => chunks[k],
      (id, file) => new Error(`${id}: no details in ${file}`),
    ),
  };
}
