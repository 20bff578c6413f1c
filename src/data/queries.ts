/**
 * Data enters the app here: fetched once, its structure checked (src/data/shape.ts: the build validated the
 * schema), cached by TanStack Query.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { DOC_META } from './docs';
import type { DistrictCollection, Profile, ProjectCollection, ProjectFeature } from './model';
import { districtsShape, profilesShape, projectsShape, type ShapeCheck } from './shape';

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'DataLoadError';
  }
}

const dataUrl = (file: string) => new URL(`data/${file}`, document.baseURI).href;

export async function fetchJson<T>(file: string, schema: ShapeCheck<T>, fetcher: typeof fetch = fetch): Promise<T> {
  let res: Response;
  try {
    res = await fetcher(dataUrl(file));
  } catch (e) {
    throw new DataLoadError(file, `network error (${(e as Error).message})`);
  }
  if (!res.ok) throw new DataLoadError(file, `HTTP ${res.status}`);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new DataLoadError(file, 'not valid JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new DataLoadError(file, `unexpected content (${parsed.error.issues[0]?.message ?? ''})`);
  return parsed.data;
}

export interface AppData {
  districts: DistrictCollection;
  projects: ProjectCollection;
  profiles: Profile[];
  projectById: Map<string, ProjectFeature>;
  profileByCode: Map<string, Profile>;
}

export const appDataQuery = () =>
  queryOptions({
    queryKey: ['app-data'],
    queryFn: async (): Promise<AppData> => {
      const [districts, projects, profiles] = await Promise.all([
        fetchJson('districts.geojson', districtsShape),
        fetchJson('projects.geojson', projectsShape),
        fetchJson('profiles.json', profilesShape),
      ]);
      return {
        districts,
        projects,
        profiles,
        projectById: new Map(projects.features.map((f) => [f.id, f])),
        profileByCode: new Map(profiles.map((p) => [p.code, p])),
      };
    },
    staleTime: Infinity,
    retry: 1,
  });

export const useAppData = () => useQuery(appDataQuery());
export const docMeta = (doc: string) => DOC_META[doc as keyof typeof DOC_META];

const metroLineSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      geometry: z.object({ type: z.enum(['LineString', 'MultiLineString']), coordinates: z.array(z.any()) }),
      properties: z.object({ id: z.string(), name_zh: z.string(), name_en: z.string(), colour: z.string() }),
    }),
  ),
});
const metroStationSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
      properties: z.object({
        name_zh: z.string(),
        name_en: z.string(),
        interchange: z.boolean(),
        open: z.boolean(),
        lines: z.array(z.string()),
      }),
    }),
  ),
});
export type MetroLines = z.infer<typeof metroLineSchema>;
export type MetroStations = z.infer<typeof metroStationSchema>;

/** The metro network, context rather than content: loaded after the projects, validated like them. */
export const metroQuery = () =>
  queryOptions({
    queryKey: ['metro'],
    queryFn: async () => {
      const [lines, stations] = await Promise.all([
        fetchJson('metro-lines.geojson', metroLineSchema),
        fetchJson('metro-stations.geojson', metroStationSchema),
      ]);
      return { lines, stations };
    },
    staleTime: Infinity,
    retry: 1,
  });
export const useMetro = (enabled: boolean) => useQuery({ ...metroQuery(), enabled });
