/**
 * The browser's checks of the small data files (districts, profiles, metro) with valibot: small and
 * tree-shakable, so the first view loads ≈2 kB of validator rather than zod/mini's ≈8 (issue 12). The data build has
 * validated every record against the full schemas (schema.ts, model.ts); these check that the browser got
 * the file it expects, with the fields the panels read, and not a truncated file or an HTML error page.
 * Loose objects: a field not named here is kept as the build wrote it (valibot drops only keys named
 * `__proto__`, `constructor` or `prototype`). Numbers must be finite and integers safe, as zod's were.
 * The projects file, large, is checked by the loop in shape.ts instead.
 */
import * as v from 'valibot';
import { AREA_CODES, DOCS, INDICATOR_KINDS, METRICS, QUALIFIERS, THEMES } from './codes';
import type { FeatureCollection, LineString, MultiLineString } from 'geojson';
import type { ContentCheck } from './queries';
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

/**
 * A valibot schema as the check fetchJson runs: its output, or the path to the first issue (the path only:
 * valibot's message is English developer text, not for the interface). The output must be assignable to T.
 */
function checked<T>(schema: v.GenericSchema<unknown, T>): ContentCheck<T> {
  return {
    safeParse(json) {
      const r = v.safeParse(schema, json);
      if (r.success) return { success: true, data: r.output };
      const path = (r.issues[0].path ?? []).map((item) => item.key as PropertyKey);
      return { success: false, error: { issues: [{ path }] } };
    },
  };
}

const finite = v.pipe(v.number(), v.finite());
const int = v.pipe(v.number(), v.safeInteger());
const lonLat = v.strictTuple([finite, finite]);
const source = v.looseObject({ doc: v.picklist(DOCS), quote: v.string(), about_zh: v.optional(v.string()) });
const sources = v.pipe(v.array(source), v.minLength(1));
const qualifier = v.optional(v.picklist(QUALIFIERS));

const indicator = v.looseObject({
  id: v.string(),
  theme: v.picklist(THEMES),
  label_zh: v.string(),
  label_en: v.string(),
  value: finite,
  unit: v.string(),
  qualifier,
  year: int,
  kind: v.picklist(INDICATOR_KINDS),
  metric: v.optional(v.picklist(METRICS)),
  sources,
});
const plan = v.looseObject({
  id: v.string(),
  theme: v.picklist(THEMES),
  text_zh: v.string(),
  text_en: v.string(),
  value: v.optional(finite),
  unit: v.optional(v.string()),
  qualifier,
  projects: v.optional(v.array(v.string())),
  sources,
});

/** What every area has, in profiles.json and in areas.json (the first view's part of the profiles). */
const areaFields = {
  code: v.picklist(AREA_CODES),
  name_zh: v.string(),
  name_en: v.string(),
  area_km2: v.optional(finite),
  center: lonLat,
};

export const profilesFile: ContentCheck<Profile[]> = checked(
  v.array(v.looseObject({ ...areaFields, indicators: v.array(indicator), plans: v.array(plan) })),
);

/** The areas' names and centres. */
export const areasFile: ContentCheck<Area[]> = checked(v.array(v.looseObject(areaFields)));

/** What the data is (manifest.json): how many projects, and their vector tiles' file when the map draws from them. */
export const manifestFile: ContentCheck<DataManifest> = checked(
  v.looseObject({
    projects: v.pipe(int, v.minValue(0)),
    // A file beside this one: never a path or another host (as the projects file's `tiles`, shape.ts).
    tiles: v.optional(v.pipe(v.string(), v.regex(/^[\w-]+\.pmtiles$/))),
  }),
);

export const districtsFile: ContentCheck<DistrictCollection> = checked(
  v.looseObject({
    type: v.literal('FeatureCollection'),
    features: v.array(
      v.looseObject({
        type: v.literal('Feature'),
        properties: v.looseObject({ code: v.string(), name_zh: v.string(), name_en: v.string() }),
        geometry: v.looseObject({ type: v.picklist(['Polygon', 'MultiPolygon']), coordinates: v.array(v.unknown()) }),
      }),
    ),
  }),
);

export const metroLinesFile: ContentCheck<MetroLines> = checked(
  v.looseObject({
    type: v.literal('FeatureCollection'),
    features: v.array(
      v.looseObject({
        type: v.literal('Feature'),
        geometry: v.variant('type', [
          v.looseObject({ type: v.literal('LineString'), coordinates: v.array(lonLat) }),
          v.looseObject({ type: v.literal('MultiLineString'), coordinates: v.array(v.array(lonLat)) }),
        ]),
        properties: v.looseObject({ id: v.string(), name_zh: v.string(), name_en: v.string(), colour: v.string() }),
      }),
    ),
  }),
);
export const metroStationsFile: ContentCheck<MetroStations> = checked(
  v.looseObject({
    type: v.literal('FeatureCollection'),
    features: v.array(
      v.looseObject({
        type: v.literal('Feature'),
        geometry: v.looseObject({ type: v.literal('Point'), coordinates: lonLat }),
        properties: v.looseObject({
          name_zh: v.string(),
          name_en: v.string(),
          interchange: v.boolean(),
          open: v.boolean(),
          lines: v.array(v.string()),
          /** The name by syllable ("xi er qi"), from the data build. */
          name_py: v.optional(v.string()),
        }),
      }),
    ),
  }),
);
