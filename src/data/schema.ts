/**
 * One schema for every record: the data build validates `seeds/` with it and the app's types come from it.
 * Pure module: imports only zod and the codes (./codes.ts, which the app imports without zod).
 */
import { z } from 'zod';
import {
  DOCS,
  AREA_CODES,
  PROJECT_AREA_CODES,
  SECTORS,
  STATUSES,
  QUALIFIERS,
  PRECISIONS,
  INDICATOR_KINDS,
  THEMES,
  FIGURE_KINDS,
  METRICS,
} from './codes';

export * from './codes';

/**
 * Characters no text field may hold: C0 and C1 controls (tab and newline included: fields are one line, YAML
 * folds `>-` blocks into spaces), bidirectional controls (which can make a name read backwards), the byte-order
 * mark, U+FFFD (a character already lost to a bad decode) and lone surrogates.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BAD_CHAR = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffd]|\p{Cs}/u;

function badCharMessage(s: string): string | undefined {
  const m = BAD_CHAR.exec(s);
  if (!m) return undefined;
  const cp = m[0].codePointAt(0)!;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const kind =
    cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)
      ? cp === 0
        ? 'a NUL character'
        : 'a control character'
      : cp >= 0xd800 && cp <= 0xdfff
        ? 'a lone surrogate (not valid Unicode)'
        : cp === 0xfeff
          ? 'a byte-order mark'
          : cp === 0xfffd
            ? 'U+FFFD, a character lost to a bad decode'
            : 'a bidirectional control character';
  return `contains ${kind} (${hex}) at position ${m.index + 1}`;
}

/** Length limits (UTF-16 units) for text fields; the longest values in the data are well under a third of them. */
const TEXT_LIMITS = { short: 100, name: 200, address: 300, quote: 500, long: 2000 } as const;

/** A text field: one line of clean Unicode, trimmed, not empty, at most `max` long. */
const textField = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .superRefine((s, ctx) => {
      const m = badCharMessage(s);
      if (m) ctx.addIssue({ code: 'custom', message: m });
    });

/** The fewest characters a quote may have: enough to say something (the shortest real quote has 8). */
const MIN_QUOTE_CHARS = 8;

const nonEmpty = textField(TEXT_LIMITS.short);
const name = textField(TEXT_LIMITS.name);
const long = textField(TEXT_LIMITS.long);
const id = z
  .string()
  .max(TEXT_LIMITS.short)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by "-"');
const year = z.number().int().min(1990).max(2050);
/**
 * A number as the source writes it, within ±1e9 (the largest in the data is 16512): larger values are typos,
 * and 1e305 万平方米 would become Infinity (null in JSON) when converted to m².
 */
const figureValue = z.number().min(-1e9).max(1e9);
const lon = z.number().min(115.4).max(117.6);
const lat = z.number().min(39.4).max(41.1);
const position = z.tuple([lon, lat]);

export const sourceSchema = z.strictObject({
  doc: z.enum(DOCS),
  /** Verbatim text from the document, on one line; the build proves it is there. */
  quote: z
    .string()
    .max(TEXT_LIMITS.quote)
    .refine((q) => !/[\r\n]/.test(q), 'a quote must not span lines')
    .refine(
      (q) => [...q.trim()].length >= MIN_QUOTE_CHARS,
      `a quote must have at least ${MIN_QUOTE_CHARS} characters: long enough to say something`,
    )
    .superRefine((q, ctx) => {
      const m = badCharMessage(q);
      if (m) ctx.addIssue({ code: 'custom', message: m });
    }),
  /**
   * When the quote speaks of a group the record belongs to instead of naming it ("18个…重点科技园区"): the
   * group as the quote writes it. The build checks the quote contains it.
   */
  about_zh: textField(TEXT_LIMITS.short).optional(),
});
export type Source = z.infer<typeof sourceSchema>;
const sources = z.array(sourceSchema).min(1);

export const figureSchema = z.strictObject({
  kind: z.enum(FIGURE_KINDS),
  /** The number as the source writes it (12.1 for "12.1万平方米"). */
  value: figureValue,
  /** The unit as the source writes it ("万平方米", "个", "亿元"); every unit has an English form (format.ts). */
  unit: nonEmpty,
  /** "近", "约", "超", "余"…: how the source qualifies the number. */
  qualifier: z.enum(QUALIFIERS).optional(),
  /** Required for kind "other" and "count": what is counted or measured. */
  label_zh: name.optional(),
  label_en: name.optional(),
});

const pointLocation = z.strictObject({
  type: z.literal('point'),
  /** WGS-84 [lon, lat]; omit when `station` is given. */
  coordinates: position.optional(),
  /** A station name in ../shared/reference/beijing-metro/stations.geojson; the build takes its coordinates. */
  station: nonEmpty.optional(),
  precision: z.enum(PRECISIONS),
  /** What the placement rests on: the address, station, town or landmark (English). */
  basis: long,
  /** The same note in Chinese. */
  basis_zh: long,
});
const lineLocation = z.strictObject({
  type: z.literal('line'),
  /** WGS-84 vertices; omit when `stations` is given. */
  coordinates: z.array(position).min(2).optional(),
  /** Ordered station names from the metro reference; the build draws the line through them. */
  stations: z.array(nonEmpty).min(2).optional(),
  precision: z.enum(PRECISIONS),
  basis: long,
  basis_zh: long,
});
const locationSchema = z
  .discriminatedUnion('type', [pointLocation, lineLocation])
  .refine(
    (l) => (l.type === 'point' ? !!l.coordinates !== !!l.station : !!l.coordinates !== !!l.stations),
    'give exactly one of coordinates or station(s)',
  );

export const projectSeedSchema = z
  .strictObject({
    id,
    name_zh: name,
    name_en: name,
    /** Other names the documents use for it (首儿所 for 首都儿科研究所); a quote may name the record by one. */
    aliases_zh: z.array(name).optional(),
    sector: z.enum(SECTORS),
    district: z.enum(PROJECT_AREA_CODES),
    /** Other districts a line or a multi-site project reaches. */
    also_districts: z.array(z.enum(PROJECT_AREA_CODES)).optional(),
    status: z.enum(STATUSES),
    /** The year the status refers to. */
    status_year: year,
    summary_zh: long,
    summary_en: long,
    address_zh: textField(TEXT_LIMITS.address).optional(),
    address_en: textField(TEXT_LIMITS.address).optional(),
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
  label_zh: name,
  label_en: name,
  value: figureValue,
  unit: nonEmpty,
  qualifier: z.enum(QUALIFIERS).optional(),
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
  text_zh: long,
  text_en: long,
  value: figureValue.optional(),
  unit: nonEmpty.optional(),
  qualifier: z.enum(QUALIFIERS).optional(),
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
