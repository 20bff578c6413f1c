/**
 * The browser's checks of the small data files (districts, profiles, metro) with zod/mini: the same zod
 * core, tree-shakable, so the first view does not load the whole library (issue 12). The data build has
 * validated every record against the full schemas (schema.ts, model.ts); these check that the browser got
 * the file it expects, with the fields the panels read, and not a truncated file or an HTML error page.
 * Loose objects: a field not named here is kept as the build wrote it, never stripped.
 * The projects file, large, is checked by the loop in shape.ts instead.
 */
import * as z from 'zod/mini';
import { AREA_CODES, DOCS, INDICATOR_KINDS, METRICS, QUALIFIERS, THEMES } from './codes';
import type { FeatureCollection, LineString, MultiLineString } from 'geojson';
import type { Area, DataManifest, DistrictCollection, Profile } from './model';

export type MetroLines = FeatureCollection<
  LineString | MultiLineString,
  { id: string; name_zh: string; name_en: string; colour: string }
>;
export interface MetroStations {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    geometry: { type: 'Point'; coordinates: [number, number] };
    properties: {
      name_zh: string;
      name_en: string;
      interchange: boolean;
      open: boolean;
      lines: string[];
      name_py?: string;
    };
  }[];
}

const lonLat = z.tuple([z.number(), z.number()]);
const source = z.looseObject({ doc: z.enum(DOCS), quote: z.string(), about_zh: z.optional(z.string()) });
const sources = z.array(source).check(z.minLength(1));
const qualifier = z.optional(z.enum(QUALIFIERS));

const indicator = z.looseObject({
  id: z.string(),
  theme: z.enum(THEMES),
  label_zh: z.string(),
  label_en: z.string(),
  value: z.number(),
  unit: z.string(),
  qualifier,
  year: z.int(),
  kind: z.enum(INDICATOR_KINDS),
  metric: z.optional(z.enum(METRICS)),
  sources,
});
const plan = z.looseObject({
  id: z.string(),
  theme: z.enum(THEMES),
  text_zh: z.string(),
  text_en: z.string(),
  value: z.optional(z.number()),
  unit: z.optional(z.string()),
  qualifier,
  projects: z.optional(z.array(z.string())),
  sources,
});

/** What every area has, in profiles.json and in areas.json (the first view's part of the profiles). */
const areaFields = {
  code: z.enum(AREA_CODES),
  name_zh: z.string(),
  name_en: z.string(),
  area_km2: z.optional(z.number()),
  center: lonLat,
};

export const profilesFile: z.ZodMiniType<Profile[]> = z.array(
  z.looseObject({ ...areaFields, indicators: z.array(indicator), plans: z.array(plan) }),
);

/** The areas' names and centres. */
export const areasFile: z.ZodMiniType<Area[]> = z.array(z.looseObject(areaFields));

/** What the data is (manifest.json): how many projects, and their vector tiles' file when the map draws from them. */
export const manifestFile: z.ZodMiniType<DataManifest> = z.looseObject({
  projects: z.int().check(z.nonnegative()),
  // A file beside this one: never a path or another host (as the projects file's `tiles`, shape.ts).
  tiles: z.optional(z.string().check(z.regex(/^[\w-]+\.pmtiles$/))),
});

export const districtsFile: z.ZodMiniType<DistrictCollection> = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.looseObject({
      type: z.literal('Feature'),
      properties: z.looseObject({ code: z.string(), name_zh: z.string(), name_en: z.string() }),
      geometry: z.looseObject({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()) }),
    }),
  ),
});

export const metroLinesFile: z.ZodMiniType<MetroLines> = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.looseObject({
      type: z.literal('Feature'),
      geometry: z.discriminatedUnion('type', [
        z.looseObject({ type: z.literal('LineString'), coordinates: z.array(lonLat) }),
        z.looseObject({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(lonLat)) }),
      ]),
      properties: z.looseObject({ id: z.string(), name_zh: z.string(), name_en: z.string(), colour: z.string() }),
    }),
  ),
});
export const metroStationsFile: z.ZodMiniType<MetroStations> = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.looseObject({
      type: z.literal('Feature'),
      geometry: z.looseObject({ type: z.literal('Point'), coordinates: lonLat }),
      properties: z.looseObject({
        name_zh: z.string(),
        name_en: z.string(),
        interchange: z.boolean(),
        open: z.boolean(),
        lines: z.array(z.string()),
        /** The name by syllable ("xi er qi"), from the data build. */
        name_py: z.optional(z.string()),
      }),
    }),
  ),
});
