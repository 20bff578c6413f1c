/**
 * Data enters the app here: fetched once, checked (small files with valibot, fileSchemas.ts; the projects
 * file by its structure, shape.ts; the build has validated every record), cached by TanStack Query.
 */
import { queryOptions, useQuery, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { chunkCount, chunkOf, detailsFile, withDetailsFrom, type DetailsChunk } from './details';
import { DOC_META } from './docs';
import { STATION_MIN_ZOOM } from '../map/layers/metro';
import { useStore, type StoreState } from '../state/store';
import type { UrlState } from '../state/url';
import { useAfterFirstView } from '../ui/afterFirstView';
import {
  areasFile,
  districtsFile,
  manifestFile,
  metroLinesFile,
  metroStationsFile,
  profilesFile,
  type MetroLines,
  type MetroStations,
} from './fileSchemas';
import type {
  Area,
  DataManifest,
  DistrictCollection,
  Profile,
  ProjectCollection,
  ProjectDetails,
  ProjectFeature,
  ProjectRecordFeature,
} from './model';
import { detailsShape, projectsShape } from './shape';

/** Why a data file failed, so the message can be said in the user's language. */
export type DataLoadErrorKind = 'network' | 'timeout' | 'http' | 'json' | 'content';

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly kind: DataLoadErrorKind,
    /** Language-neutral detail: the HTTP status, or where in the file the content is wrong (a › b › 3). */
    readonly detail = '',
  ) {
    super(`${file}: ${kind}${detail ? ` (${detail})` : ''}`);
    this.name = 'DataLoadError';
  }
}

/** How long one data file may take (headers and body) before the load counts as failed. */
export const DATA_TIMEOUT_MS = 15_000;

declare global {
  interface Window {
    /**
     * Browser tests shorten the data timeout with this (set by `page.addInitScript` before the app runs).
     * It can only lower nothing but the wait: any value that is not a positive number is ignored.
     */
    __DATA_TIMEOUT_MS?: number;
  }
}

export const dataTimeoutMs = (): number => {
  const v = typeof window === 'undefined' ? undefined : window.__DATA_TIMEOUT_MS;
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : DATA_TIMEOUT_MS;
};

// From the app's root (vite's `base`, absolute), not the page's path: on a host that serves index.html for
// any path, `/a/b/` still finds /data/.
export const dataUrl = (file: string) => new URL(`${import.meta.env.BASE_URL}data/${file}`, document.baseURI).href;

/**
 * What checks a file's content: a valibot schema (fileSchemas.ts), or for the large projects file the structural check in
 * shape.ts (the build has validated every record; at 100,000 projects zod would take seconds of main thread).
 */
export interface ContentCheck<T> {
  safeParse(
    json: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[] }[] } };
}

/**
 * Requests sent before their file is read: the projects file goes out with the first view's other files,
 * while the manifest decides whether it is read at once or after the map has drawn (large data). Its body
 * is read, and its timeout counted, when fetchJson takes it.
 */
const sentEarly = new Map<string, { response: Promise<Response>; abort: AbortController }>();
function sendEarly(file: string): void {
  const abort = new AbortController();
  const response = fetch(dataUrl(file), { signal: abort.signal });
  // (A failure is fetchJson's to report, when it takes the request.)
  response.catch(() => undefined);
  sentEarly.set(file, { response, abort });
}

export async function fetchJson<T>(
  file: string,
  schema: ContentCheck<T>,
  fetcher: typeof fetch = fetch,
  timeoutMs = dataTimeoutMs(),
): Promise<T> {
  const early = fetcher === fetch ? sentEarly.get(file) : undefined;
  sentEarly.delete(file);
  const abort = early?.abort ?? new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeoutMs);
  try {
    let res: Response;
    try {
      res = await (early?.response ?? fetcher(dataUrl(file), { signal: abort.signal }));
    } catch (e) {
      throw timedOut ? new DataLoadError(file, 'timeout') : new DataLoadError(file, 'network', (e as Error).name);
    }
    if (!res.ok) throw new DataLoadError(file, 'http', String(res.status));
    let json: unknown;
    try {
      json = await res.json();
    } catch {
      // The body can hang too: the abort ends it, and that is a timeout, not bad JSON.
      throw new DataLoadError(file, timedOut ? 'timeout' : 'json');
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      // Only the path is kept: the validator's message is English developer text, not for the interface.
      const path = parsed.error.issues[0]?.path ?? [];
      throw new DataLoadError(file, 'content', path.map(String).join(' › '));
    }
    return parsed.data;
  } finally {
    clearTimeout(timer);
  }
}

/** What a query failed with, as a DataLoadError (anything else thrown counts as a network failure of `file`). */
const asLoadError = (e: Error, file: string): DataLoadError =>
  e instanceof DataLoadError ? e : new DataLoadError(file, 'network', e.name);

/** A network failure may pass; a timeout, a bad status or bad content will not on an immediate retry. */
const retryNetworkOnce = (count: number, error: Error) =>
  count < 1 && error instanceof DataLoadError && error.kind === 'network';

export interface AppData {
  districts: DistrictCollection;
  projects: ProjectCollection;
  /** The areas' names and centres (`areas.json`); their indicators and plans come with useProfiles. */
  areas: Area[];
  projectById: Map<string, ProjectFeature>;
  areaByCode: Map<string, Area>;
}

/** Each data file is its own query, so one that fails takes nothing else with it. */
type DataFile =
  | 'districts.geojson'
  | 'projects.geojson'
  | 'areas.json'
  | 'manifest.json'
  | 'profiles.json'
  | `project-details-${number}.json`
  | 'metro-lines.geojson'
  | 'metro-stations.geojson';

const fileQuery = <T>(file: DataFile, schema: ContentCheck<T>) =>
  queryOptions({
    queryKey: ['data', file] as const,
    queryFn: () => fetchJson(file, schema),
    staleTime: Infinity,
    retry: retryNetworkOnce,
    // The files do not change while the page is open, and a failed one is loaded again only by the retry
    // button: a component mounting (the list, a panel) must not start it again and again.
    refetchOnMount: false,
    retryOnMount: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
const districtsQuery = () => fileQuery('districts.geojson', districtsFile);
const projectsQuery = () => fileQuery('projects.geojson', projectsShape);
const areasQuery = () => fileQuery('areas.json', areasFile);
const profilesQuery = () => fileQuery('profiles.json', profilesFile);
const manifestQuery = () => fileQuery('manifest.json', manifestFile);

const EMPTY_FC = { type: 'FeatureCollection' as const, features: [] };

/**
 * Whether a view needs the records themselves from its first moment, not only the map: a search, an area, a
 * radius, sectors together with statuses (filters the tiles cannot count: src/map/tileFilter.ts), an open
 * project, district or panel, a comparison or a choropleth. Such a link loads the projects file at once even
 * when the map could draw from tiles first.
 */
export const viewNeedsRecords = (v: UrlState): boolean =>
  !!v.q.trim() ||
  v.areas.length > 0 ||
  !!v.near ||
  (v.sectors.length > 0 && v.statuses.length > 0) ||
  !!v.project ||
  !!v.district ||
  !!v.panel ||
  v.compare.length > 0 ||
  !!v.choropleth;

/**
 * Whether the view wants a file that otherwise waits for the first view at once (`wanted`, from the store).
 * Once the file is in, the answer no longer matters and stays true: a search typed would otherwise turn it and
 * re-render every reader of the file, the whole app with the map view (issue 12: ≈40 ms of the first keystroke
 * at 100,000 projects; tests/component/data-readers.test.tsx).
 */
function useWantedAtOnce(key: QueryKey, wanted: (s: StoreState) => boolean): boolean {
  const client = useQueryClient();
  return useStore((s) => client.getQueryData(key) !== undefined || wanted(s));
}

/** How long the projects file waits for the manifest before it loads anyway (a slow or hanging manifest). */
export const MANIFEST_WAIT_MS = 3000;

/**
 * Starts loading the first view's files now, before the first render (main.tsx): their requests go out while React
 * renders and the map is created, instead of after (issue 12: React subscribes its queries only in effects,
 * which run after the map has been created). useAppData then reads the same queries.
 */
export function prefetchAppData(client: QueryClient): void {
  // The projects file is requested now in any case (small data must not wait for the manifest's answer behind a
  // main thread busy creating the map); what waits is reading it. When the manifest names tiles (large data:
  // tens of MB, seconds of parsing) it is read once the map has drawn (useAppData), so the tiles draw first;
  // else, for a view that needs the records, or a manifest that failed or is slow, it is read here, at once,
  // and is in the cache for useAppData even while its query waits. (A prefetch settles whether its file loaded
  // or failed; the mark is for tests/perf/ab.ts.)
  sendEarly('projects.geojson');
  const atOnce = viewNeedsRecords(useStore.getState().view);
  const drawsTilesFirst = Promise.race([
    client.fetchQuery(manifestQuery()).then(
      (m) => !!m.tiles && !atOnce,
      () => false,
    ),
    new Promise<boolean>((r) => setTimeout(() => r(false), MANIFEST_WAIT_MS)),
  ]);
  const projects = drawsTilesFirst.then((later) => (later ? undefined : client.prefetchQuery(projectsQuery())));
  void Promise.all([client.prefetchQuery(districtsQuery()), projects, client.prefetchQuery(areasQuery())]).then(() =>
    performance.mark('data:loaded'),
  );
}

/**
 * What the data is (manifest.json): how many projects, and their tiles when the map draws from them. It comes
 * long before a large projects file, so the map can draw the points from the tiles meanwhile. Undefined until
 * it has loaded, and if it failed: the map then waits for the projects file, which names its tiles too.
 */
export const useManifest = (): DataManifest | undefined => useQuery(manifestQuery()).data;

/** The districts and the areas each as soon as it has loaded: the map draws them before the projects are in. */
export function useEarlyFiles(): { districts: DistrictCollection | undefined; areas: Area[] | undefined } {
  return { districts: useQuery(districtsQuery()).data, areas: useQuery(areasQuery()).data };
}

export interface AppDataState {
  /** Present once every file has loaded or failed; a failed file reads as empty. */
  data: AppData | undefined;
  isPending: boolean;
  /** The files that failed, in a fixed order. */
  errors: DataLoadError[];
  /** Loads the failed files again. */
  retry: () => void;
}

/**
 * The app's data from the three files of the first view. A file that failed is empty in it (projects without
 * area names still list and open, area names without projects still label the map).
 */
export function useAppData(): AppDataState {
  const d = useQuery(districtsQuery());
  // The projects file of data drawn from tiles waits for the first view (see prefetchAppData); without a
  // manifest it loads at once, as before there was one.
  const manifest = useQuery(manifestQuery());
  const afterFirstView = useAfterFirstView();
  // (Or the tiles failed, or the districts did: the map will not draw from the tiles first.)
  const noTilesFirst = useWantedAtOnce(
    projectsQuery().queryKey,
    (s) => s.ui.mapTiles === 'failed' || viewNeedsRecords(s.view),
  );
  const p = useQuery({
    ...projectsQuery(),
    enabled:
      manifest.isError || (manifest.isSuccess && (!manifest.data.tiles || afterFirstView || noTilesFirst)) || d.isError,
  });
  const r = useQuery(areasQuery());
  const isPending = d.isPending || p.isPending || r.isPending;
  const data = useMemo(() => {
    if (isPending) return undefined;
    const projects = p.data ?? EMPTY_FC;
    const areas = r.data ?? [];
    return {
      districts: d.data ?? EMPTY_FC,
      projects,
      areas,
      projectById: new Map(projects.features.map((f) => [f.id, f])),
      areaByCode: new Map(areas.map((x) => [x.code, x])),
    };
  }, [isPending, d.data, p.data, r.data]);
  const errors = [d, p, r].flatMap((q) => (q.error ? [asLoadError(q.error, '?')] : []));
  const retry = () => {
    for (const q of [d, p, r]) if (q.isError) void q.refetch();
  };
  return { data, isPending, errors, retry };
}

export interface ProfilesState {
  profiles: Profile[] | undefined;
  profileByCode: Map<string, Profile> | undefined;
  error: DataLoadError | undefined;
  retry: () => void;
}

/**
 * The areas' whole profiles (indicators, plans and their quotes: `profiles.json`, ≈57 kB gz, a third of what
 * the first view loaded before it was split off), for what shows them: the area panel (with its charts and
 * downloads), the comparison and the data page. `enabled: false` does not load it; a failed load is tried
 * again by the panel's retry.
 */
export function useProfiles(enabled = true): ProfilesState {
  const q = useQuery({ ...profilesQuery(), enabled });
  const profiles = q.data;
  const profileByCode = useMemo(() => (profiles ? new Map(profiles.map((x) => [x.code, x])) : undefined), [profiles]);
  return {
    profiles,
    profileByCode,
    error: q.error ? asLoadError(q.error, 'profiles.json') : undefined,
    retry: () => void q.refetch(),
  };
}

/** A details file (src/data/details.ts): loaded when a project in it is opened, or for a download. */
const detailsQuery = (chunk: number) => ({
  ...fileQuery(detailsFile(chunk), detailsShape),
  // A details file that failed while loaded ahead (nobody was looking) is tried again when a panel needs it.
  retryOnMount: true,
});

export interface ProjectDetailsState {
  details: ProjectDetails | undefined;
  error: DataLoadError | undefined;
  retry: () => void;
}

/**
 * A project's details (its quoted sources, what its placement rests on), from the file its id is in. A file
 * that loads without the project is a content error naming it: the thin file and the details disagree.
 */
export function useProjectDetails(id: string, projectCount: number): ProjectDetailsState {
  const chunk = chunkOf(id, chunkCount(projectCount));
  const q = useQuery(detailsQuery(chunk));
  const details = q.data?.[id];
  const error = q.error
    ? asLoadError(q.error, detailsFile(chunk))
    : q.data && !details
      ? new DataLoadError(detailsFile(chunk), 'content', id)
      : undefined;
  return { details, error, retry: () => void q.refetch() };
}

/** Up to this many details files are loaded ahead, once the page is idle; beyond, each when it is needed. */
const PREFETCH_MAX_FILES = 2;

/** Without a drawn map (no WebGL: the list alone), the details are loaded ahead after this long. */
const PREFETCH_WITHOUT_MAP_MS = 10_000;

/**
 * Loads the details ahead when they are small (the real data: one file of ≈90 kB, ≈25 kB gzip) once the
 * first view is done — after the map has drawn (`mapDrawn`), at an idle moment — so it takes nothing from
 * the first view, a panel opens with its sources, and the app keeps working if the network goes.
 */
export function usePrefetchDetails(mapDrawn: boolean): void {
  const client = useQueryClient();
  const count = useAppData().data?.projects.features.length ?? 0;
  useEffect(() => {
    const n = chunkCount(count);
    if (!count || n > PREFETCH_MAX_FILES) return;
    const load = () => {
      for (let k = 0; k < n; k++) void client.prefetchQuery(detailsQuery(k));
    };
    if (!mapDrawn) {
      const id = setTimeout(load, PREFETCH_WITHOUT_MAP_MS);
      return () => clearTimeout(id);
    }
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(load, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(load, 500);
    return () => clearTimeout(id);
  }, [client, count, mapDrawn]);
}

/** How many details files a download loads at once. */
const DOWNLOAD_PARALLEL = 4;

/**
 * The given projects whole, with their details from the files they are in (downloads). `projectCount` is the
 * number of projects in the data (it fixes the number of files). Throws a DataLoadError when a file fails.
 */
export async function withDetailsLoaded(
  client: QueryClient,
  projectCount: number,
  features: readonly ProjectFeature[],
): Promise<ProjectRecordFeature[]> {
  const n = chunkCount(projectCount);
  const needed = [...new Set(features.map((f) => chunkOf(f.id, n)))];
  // A few files at a time: each file's timeout covers its own transfer, not a share of 200 at once.
  const chunks = new Map<number, DetailsChunk>();
  for (let i = 0; i < needed.length; i += DOWNLOAD_PARALLEL) {
    const batch = needed.slice(i, i + DOWNLOAD_PARALLEL);
    const got = await Promise.all(batch.map((k) => client.fetchQuery(detailsQuery(k))));
    batch.forEach((k, j) => chunks.set(k, got[j]!));
  }
  return withDetailsFrom(
    features,
    n,
    (k) => chunks.get(k),
    (id, file) => new DataLoadError(file, 'content', id),
  );
}

export const docMeta = (doc: string) => DOC_META[doc as keyof typeof DOC_META];

export type { MetroLines, MetroStations } from './fileSchemas';

/**
 * The metro network, context rather than content: loaded after the projects, validated like them; a failure
 * leaves it out. The lines are drawn at every zoom and load with the projects. The stations (15 kB gz) are
 * drawn from zoom 10.5 and named by a search's places, a project's panel and a proximity label: a view that
 * shows none of these (the default city view) loads them once it is done (issue 12: what the first view does
 * not show loads on demand; src/ui/afterFirstView.ts), any other view at once.
 */
const metroLinesQuery = () => fileQuery('metro-lines.geojson', metroLinesFile);
const metroStationsQuery = () => fileQuery('metro-stations.geojson', metroStationsFile);
export const useMetroLines = (enabled: boolean) => useQuery({ ...metroLinesQuery(), enabled });
/** Whether a view shows stations or names them: a zoom they are drawn at, a project's panel, proximity, a search. */
export const viewShowsStations = (v: UrlState): boolean =>
  (v.camera?.zoom ?? 0) >= STATION_MIN_ZOOM || !!v.project || !!v.near || !!v.q.trim();
/** The stations (when `enabled`): at once for a view that shows them, else once the first view is done. */
export function useMetroStations(enabled: boolean) {
  const afterFirstView = useAfterFirstView();
  const shown = useWantedAtOnce(metroStationsQuery().queryKey, (s) => viewShowsStations(s.view));
  return useQuery({ ...metroStationsQuery(), enabled: enabled && (afterFirstView || shown) });
}
/** Lines and stations together (for what needs both: nearest stations, places), once both are in. */
export function useMetro(enabled: boolean): { data: { lines: MetroLines; stations: MetroStations } | undefined } {
  const lines = useMetroLines(enabled).data;
  const stations = useMetroStations(enabled).data;
  const data = useMemo(() => (lines && stations ? { lines, stations } : undefined), [lines, stations]);
  return { data };
}
