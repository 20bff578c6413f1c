/**
 * The codes and word lists every record uses (documents, areas, sectors, statuses…), without zod: the app's
 * first view imports these, and src/data/schema.ts re-exports them beside the schemas the build validates with.
 */
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
/**
 * What the text says about a project, for the year in `status_year`:
 * - `planned`: the text says it will be started, built or opened later ("将建设", "谋划", "启动").
 * - `space_on_offer`: built space released and offered to firms (004's 18 parks, "发布了…优质产业空间").
 * - `under_construction`: being built or fitted out, including "due to open" this year ("全面投用" as a 2025
 *   task, "预验收" passed but not yet open).
 * - `completed`: built, handed over or finished.
 * - `operating`: open and in use.
 * - `not_stated`: the text names the place but says nothing of its state; never guessed as `planned`.
 */
export const STATUSES = [
  'planned',
  'space_on_offer',
  'under_construction',
  'completed',
  'operating',
  'not_stated',
] as const;
/**
 * Words that qualify a number, as the source writes them; the formatters put them with the value in both
 * languages ("近60万平方米" / "nearly 600,000 m²"). Never in a label.
 */
export const QUALIFIERS = ['近', '约', '左右', '超', '超过', '突破', '逾', '余', '多', '+', '以上', '以内'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
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
export type AreaCode = (typeof AREA_CODES)[number];
export type ProjectAreaCode = (typeof PROJECT_AREA_CODES)[number];
export type FigureKind = (typeof FIGURE_KINDS)[number];
