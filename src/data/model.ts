/**
 * The shape of the files the data build writes to public/data/ (other tools read them: keep the names).
 * The build produces them from the seeds; the app validates them with these schemas when it loads them.
 */
import { z } from 'zod';
import type { DETAIL_KEYS } from './details';
import {
  AREA_CODES,
  figureSchema,
  indicatorSchema,
  planSchema,
  PRECISIONS,
  PROJECT_AREA_CODES,
  SECTORS,
  sourceSchema,
  STATUSES,
} from './schema';

export const projectPropsSchema = z.object({
  id: z.string(),
  name_zh: z.string(),
  name_en: z.string(),
  /** The Chinese name in pinyin, full and initials, for search ("zhongguancun", "zgc"). */
  name_pinyin: z.string(),
  name_initials: z.string(),
  sector: z.enum(SECTORS),
  district: z.enum(PROJECT_AREA_CODES),
  also_districts: z.array(z.enum(PROJECT_AREA_CODES)).optional(),
  status: z.enum(STATUSES),
  status_year: z.number(),
  precision: z.enum(PRECISIONS),
  /** What the placement rests on, in English and in Chinese. */
  location_basis: z.string(),
  location_basis_zh: z.string(),
  /** Metro station the point is taken from, if any. */
  station: z.string().optional(),
  address_zh: z.string().optional(),
  address_en: z.string().optional(),
  summary_zh: z.string(),
  summary_en: z.string(),
  figures: z.array(figureSchema),
  floor_area_total_m2: z.number().optional(),
  floor_area_above_ground_m2: z.number().optional(),
  industries_zh: z.array(z.string()),
  industries_en: z.array(z.string()),
  sources: z.array(sourceSchema),
  /** Built for search: pinyin by syllable ("xi er qi") of the name and address, and the places it is located by. */
  search: z
    .object({
      name_py: z.string(),
      address_py: z.string().optional(),
      places_zh: z.array(z.string()),
      places_py: z.array(z.string()),
    })
    .optional(),
});
/** A project as the data build makes it, every field (the build validates it; export and tools read it whole). */
export type ProjectRecord = z.infer<typeof projectPropsSchema>;

/** The fields kept out of `projects.geojson` and loaded by id (DETAIL_KEYS in src/data/details.ts). */
export type ProjectDetails = Pick<ProjectRecord, (typeof DETAIL_KEYS)[number]>;
/** A project as `projects.geojson` holds it: the record without its details, with the documents it cites. */
export type ProjectProps = Omit<ProjectRecord, (typeof DETAIL_KEYS)[number]> & {
  /** The source documents the record's quotes come from, each once, in the order of its sources. */
  docs: string[];
};

const lonLat = z.tuple([z.number(), z.number()]);
export const projectFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('Point'), coordinates: lonLat }),
    z.object({ type: z.literal('LineString'), coordinates: z.array(lonLat).min(2) }),
  ]),
  properties: projectPropsSchema,
});
export type ProjectRecordFeature = z.infer<typeof projectFeatureSchema>;
/** The projects as the build makes them, before the details are split off (build-time and tools). */
export const projectCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(projectFeatureSchema),
});
export type ProjectRecordCollection = z.infer<typeof projectCollectionSchema>;
/** A project feature as the app loads it (`projects.geojson`). */
export type ProjectFeature = Omit<ProjectRecordFeature, 'properties'> & { properties: ProjectProps };
export interface ProjectCollection {
  type: 'FeatureCollection';
  features: ProjectFeature[];
  /** The points as vector tiles (src/data/tiles.ts), named when the map should draw from them. */
  tiles?: string;
}
/**
 * What the data is (`manifest.json`, a few bytes the first view reads beside the other files): the number of
 * projects, and the projects' vector tiles when the map draws from them. With it the map draws the points from
 * the tiles while the records for the list and search are still loading (large data).
 */
export interface DataManifest {
  projects: number;
  tiles?: string;
}

export const profileSchema = z.object({
  code: z.enum(AREA_CODES),
  name_zh: z.string(),
  name_en: z.string(),
  /** Land area computed with turf from the boundary (districts only). */
  area_km2: z.number().optional(),
  /** A point to label or fly to. */
  center: lonLat,
  indicators: z.array(indicatorSchema),
  plans: z.array(planSchema),
});
export type Profile = z.infer<typeof profileSchema>;
/**
 * What the first view needs of an area (`areas.json`, written by the data build from profiles.json): its names,
 * its land area and where to label it. The indicators, plans and their quotes stay in profiles.json, loaded
 * by what shows them (the area panel, the comparison, the data page).
 */
export type Area = Pick<Profile, 'code' | 'name_zh' | 'name_en' | 'area_km2' | 'center'>;
export const profilesSchema = z.array(profileSchema);

export const districtCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ code: z.string(), name_zh: z.string(), name_en: z.string() }),
      geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.any()) }),
    }),
  ),
});
export type DistrictCollection = z.infer<typeof districtCollectionSchema>;

/** Floor area in m² from a figure as the source writes it. */
export function toSquareMetres(value: number, unit: string): number | undefined {
  if (unit === '万平方米') return Math.round(value * 10000);
  if (unit === '平方米') return value;
  return undefined;
}
