/**
 * One schema for every record: the data build validates `seeds/` with it and the app's types come from it.
 * Pure module: imports only zod, so Node scripts and the browser share it.
 */
import { z } from 'zod';

export const DOCS = [
  '000_6b3f0682e1da955a.txt',
  '001_58d4ddf8b95e2ac9.txt',
  '002_baab1db144b4eba2.txt',
  '003_3930a03f28158bcd.txt',
  '004_ea38cd41d44e36dd.txt',
] as const;

/** GB/T 2260 codes of Beijing's 16 districts. */
export const DISTRICT_CODES = [
  '110101',
  '110102',
  '110105',
  '110106',
  '110107',
  '110108',
  '110109',
  '110111',
  '110112',
  '110113',
  '110114',
  '110115',
  '110116',
  '110117',
  '110118',
  '110119',
] as const;
/** Areas with a profile: the 16 districts, the BDA and city-wide items. */
export const AREA_CODES = [...DISTRICT_CODES, 'bda', 'beijing'] as const;
/** Areas a project can belong to. */
export const PROJECT_AREA_CODES = [...DISTRICT_CODES, 'bda'] as const;

export const SECTORS = [
  'industrial_park',
  'research',
  'education',
  'healthcare',
  'elderly_care',
  'childcare',
  'transit',
  'green_space',
  'culture_sports',
  'commerce',
  'housing_renewal',
  'governance',
] as const;
export const STATUSES = ['planned', 'under_construction', 'completed', 'operating'] as const;
export const PRECISIONS = ['site', 'street', 'town', 'district'] as const;
export const INDICATOR_KINDS = ['actual', 'target', 'estimate'] as const;
export const THEMES = [
  'economy',
  'innovation',
  'education',
  'health',
  'care',
  'transport',
  'housing',
  'environment',
  'culture',
  'governance',
] as const;
export const FIGURE_KINDS = [
  'floor_area_total',
  'floor_area_above_ground',
  'floor_area_expansion',
  'land_area',
  'school_places',
  'beds',
  'investment',
  'length',
  'housing_units',
  'count',
  'other',
] as const;

/**
 * Comparable measures: indicators that mean the same thing in several areas carry the same `metric`,
 * so the compare view can put them side by side.
 */
export const METRICS = [
  'gdp',
  'gdp_growth',
  'budget_revenue',
  'budget_revenue_growth',
  'fixed_asset_investment_growth',
  'retail_sales_growth',
  'tertiary_share',
  'high_tech_revenue',
  'new_industrial_space',
  'new_school_places',
  'affordable_housing_started',
  'affordable_housing_completed',
  'old_neighbourhoods_renovated',
  'new_green_area',
  'new_parks',
  'new_parking_spaces',
  'new_road_km',
  'elderly_beds',
  'elderly_care_stations',
  'childcare_places',
  'forest_coverage',
  'pm25',
  'rd_intensity',
  'national_high_tech_enterprises',
  'zhuanjingtexin_firms',
  'foreign_investment',
  'tourism_revenue',
] as const;

export type Sector = (typeof SECTORS)[number];
export type Status = (typeof STATUSES)[number];
export type Precision = (typeof PRECISIONS)[number];
export type AreaCode = (typeof AREA_CODES)[number];
export type ProjectAreaCode = (typeof PROJECT_AREA_CODES)[number];
export type FigureKind = (typeof FIGURE_KINDS)[number];
export type Theme = (typeof THEMES)[number];

const nonEmpty = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by "-"');
const year = z.number().int().min(1990).max(2050);
const lon = z.number().min(115.4).max(117.6);
const lat = z.number().min(39.4).max(41.1);
const position = z.tuple([lon, lat]);

export const sourceSchema = z.strictObject({
  doc: z.enum(DOCS),
  /** Verbatim text from the document, on one line; the build proves it is there. */
  quote: z
    .string()
    .min(4)
    .refine((q) => !/[\r\n]/.test(q), 'a quote must not span lines'),
});
export type Source = z.infer<typeof sourceSchema>;
const sources = z.array(sourceSchema).min(1);

export const figureSchema = z.strictObject({
  kind: z.enum(FIGURE_KINDS),
  /** The number as the source writes it (12.1 for "12.1万平方米"). */
  value: z.number(),
  /** The unit as the source writes it ("万平方米", "个", "亿元"). */
  unit: nonEmpty,
  /** Required for kind "other" and "count": what is counted or measured. */
  label_zh: nonEmpty.optional(),
  label_en: nonEmpty.optional(),
});
export type Figure = z.infer<typeof figureSchema>;

const pointLocation = z.strictObject({
  type: z.literal('point'),
  /** WGS-84 [lon, lat]; omit when `station` is given. */
  coordinates: position.optional(),
  /** A station name in ../shared/reference/beijing-metro/stations.geojson; the build takes its coordinates. */
  station: nonEmpty.optional(),
  precision: z.enum(PRECISIONS),
  /** What the placement rests on: the address, station, town or landmark. */
  basis: nonEmpty,
});
const lineLocation = z.strictObject({
  type: z.literal('line'),
  /** WGS-84 vertices; omit when `stations` is given. */
  coordinates: z.array(position).min(2).optional(),
  /** Ordered station names from the metro reference; the build draws the line through them. */
  stations: z.array(nonEmpty).min(2).optional(),
  precision: z.enum(PRECISIONS),
  basis: nonEmpty,
});
export const locationSchema = z
  .discriminatedUnion('type', [pointLocation, lineLocation])
  .refine(
    (l) => (l.type === 'point' ? !!l.coordinates !== !!l.station : !!l.coordinates !== !!l.stations),
    'give exactly one of coordinates or station(s)',
  );
export type LocationSeed = z.infer<typeof locationSchema>;

export const projectSeedSchema = z
  .strictObject({
    id,
    name_zh: nonEmpty,
    name_en: nonEmpty,
    sector: z.enum(SECTORS),
    district: z.enum(PROJECT_AREA_CODES),
    /** Other districts a line or a multi-site project reaches. */
    also_districts: z.array(z.enum(PROJECT_AREA_CODES)).optional(),
    status: z.enum(STATUSES),
    /** The year the status refers to. */
    status_year: year,
    summary_zh: nonEmpty,
    summary_en: nonEmpty,
    address_zh: nonEmpty.optional(),
    address_en: nonEmpty.optional(),
    location: locationSchema,
    figures: z.array(figureSchema).optional(),
    industries_zh: z.array(nonEmpty).optional(),
    industries_en: z.array(nonEmpty).optional(),
    sources,
  })
  .refine((p) => (p.industries_zh?.length ?? 0) === (p.industries_en?.length ?? 0), {
    message: 'industries_zh and industries_en must have the same length',
    path: ['industries_en'],
  });
export type ProjectSeed = z.infer<typeof projectSeedSchema>;

export const indicatorSchema = z.strictObject({
  id,
  theme: z.enum(THEMES),
  label_zh: nonEmpty,
  label_en: nonEmpty,
  value: z.number(),
  unit: nonEmpty,
  year,
  kind: z.enum(INDICATOR_KINDS),
  /** Set when the indicator is comparable across areas (see METRICS). */
  metric: z.enum(METRICS).optional(),
  sources,
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const planSchema = z.strictObject({
  id,
  theme: z.enum(THEMES),
  text_zh: nonEmpty,
  text_en: nonEmpty,
  value: z.number().optional(),
  unit: nonEmpty.optional(),
  /** Ids of project records the plan names. */
  projects: z.array(id).optional(),
  sources,
});
export type Plan = z.infer<typeof planSchema>;

export const profileSeedSchema = z.strictObject({
  code: z.enum(AREA_CODES),
  indicators: z.array(indicatorSchema).default([]),
  plans: z.array(planSchema).default([]),
});
export type ProfileSeed = z.infer<typeof profileSeedSchema>;

export const projectFileSchema = z.array(projectSeedSchema);
export const profileFileSchema = z.array(profileSeedSchema);
