/**
 * The metro context the map draws: thin copies of the OpenStreetMap reference (ODbL), with what the map
 * needs and nothing else. Station names get a clean English form (OSM's "Subway Station" suffix dropped;
 * a missing English name is the pinyin of the Chinese), and a station served by two or more lines is an
 * interchange. Line names get a short English form for labels ("Line 1 (incl. Batong section)" → "Line 1").
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import { pinyin } from 'pinyin-pro';
import { toSyllables } from './pinyin';
import { z } from 'zod';

const stationIn = z.object({
  name_zh: z.string().min(1),
  name_en: z.string().nullable(),
  lines: z.array(z.string()),
  lines_not_stopping: z.array(z.string()).default([]),
  status: z.enum(['open', 'closed', 'under_construction']),
});
const lineIn = z.object({ id: z.string(), name_zh: z.string(), name_en: z.string(), colour: z.string() });

export interface StationProps {
  name_zh: string;
  name_en: string;
  /** Served by two or more lines. */
  interchange: boolean;
  open: boolean;
  lines: string[];
  /** The Chinese name by syllable ("xi er qi"), for search: computed here so the app ships no pinyin dictionary. */
  name_py: string;
}
export interface LineProps {
  id: string;
  name_zh: string;
  name_en: string;
  colour: string;
}

function parseOr<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (!r.success)
    throw new Error(
      `metro reference, ${where}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return r.data;
}

const titleCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** English for a station: OSM's `name:en` without the "Subway Station" suffix, else the Chinese in pinyin. */
function stationNameEn(zh: string, en: string | null): string {
  const clean = en?.replace(/\s+Subway Station$/i, '').trim();
  if (clean) return clean;
  return titleCase(pinyin(zh, { toneType: 'none', type: 'array' }).join(''));
}

/** A short English line name for labels: the part before any parenthesis. */
const lineNameEn = (en: string) => en.replace(/\s*\(.*\)\s*$/, '').trim();

export function buildStations(raw: FeatureCollection): FeatureCollection<Point, StationProps> {
  return {
    type: 'FeatureCollection',
    features: raw.features.map((f, i) => {
      const p = parseOr(stationIn, f.properties, `stations feature ${i}`);
      const stopping = p.lines.filter((l) => !p.lines_not_stopping.includes(l));
      return {
        type: 'Feature',
        geometry: f.geometry as Point,
        properties: {
          name_zh: p.name_zh,
          name_en: stationNameEn(p.name_zh, p.name_en),
          interchange: new Set(p.lines).size > 1,
          open: p.status === 'open' && stopping.length > 0,
          lines: p.lines,
          name_py: toSyllables(p.name_zh),
        },
      } satisfies Feature<Point, StationProps>;
    }),
  };
}

export function buildLines(raw: FeatureCollection): FeatureCollection<LineString | MultiLineString, LineProps> {
  return {
    type: 'FeatureCollection',
    features: raw.features.map((f, i) => {
      const p = parseOr(lineIn, f.properties, `lines feature ${i}`);
      return {
        type: 'Feature',
        geometry: f.geometry as LineString | MultiLineString,
        properties: { id: p.id, name_zh: p.name_zh, name_en: lineNameEn(p.name_en), colour: p.colour },
      };
    }),
  };
}
