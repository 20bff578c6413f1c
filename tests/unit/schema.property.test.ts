/**
 * Property-based tests (fast-check) on the record schema: any record the schema accepts becomes GeoJSON and
 * profile JSON that the app accepts (the full zod schemas the build checks its output with, and the browser's
 * checks of the profiles file, src/data/fileSchemas.ts), after
 * a JSON round trip like the real files take. Records are generated mostly valid, with hostile text (controls,
 * bidi, lone surrogates, emoji, huge strings), odd numbers (NaN, ±Infinity, -0, 1e308) and unknown keys mixed in.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProfiles, resolvePositions, toFeature, type DistrictFeature } from '../../geo/build/assemble';
import { readStations } from '../../geo/build/build';
import type { RecordProblem } from '../../geo/build/errors';
import { profilesFile } from '../../src/data/fileSchemas';
import { profilesSchema, projectCollectionSchema } from '../../src/data/model';
import {
  AREA_CODES,
  DOCS,
  FIGURE_KINDS,
  INDICATOR_KINDS,
  METRICS,
  PRECISIONS,
  PROJECT_AREA_CODES,
  SECTORS,
  STATUSES,
  THEMES,
  profileSeedSchema,
  projectSeedSchema,
} from '../../src/data/schema';

const root = new URL('../..', import.meta.url).pathname;
const stations = readStations(`${root}geo/beijing-metro/stations.geojson`);
const districts = (
  JSON.parse(readFileSync(`${root}geo/beijing-districts.geojson`, 'utf8')) as { features: DistrictFeature[] }
).features;

/** Fixed seeds: a failure is reproducible; raise FUZZ_RUNS for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2500);
const TIMEOUT = Math.max(5000, RUNS * 2);

const nasty = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\u202e',
  '\u2066',
  '\u200f',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '😀',
  '<script>alert(1)</script>',
  '"',
  '\\',
  ' ',
  '__proto__',
);
const cjk = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c)) });
const text = fc.oneof(
  { weight: 30, arbitrary: fc.oneof(cjk, fc.string({ minLength: 1, maxLength: 40 })).filter((s) => s.trim() !== '') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.tuple(cjk, nasty, cjk).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', 'x'.repeat(5000)) },
);
const quote = fc.oneof(
  { weight: 5, arbitrary: cjk.filter((s) => s.length >= 8 && s.length <= 200) },
  { weight: 1, arbitrary: text },
);
const number = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.double() }, // NaN, ±Infinity, -0, 1e308 …
  { weight: 1, arbitrary: fc.constantFrom(1e305, -1e305, Number.MAX_VALUE, Number.MIN_VALUE, -0) },
  { weight: 1, arbitrary: fc.integer() },
);
const year = fc.oneof(
  { weight: 19, arbitrary: fc.integer({ min: 1990, max: 2050 }) },
  { weight: 1, arbitrary: number },
);
const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
const source = fc.record({
  doc: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...DOCS) }, fc.constant('x.txt')),
  quote,
});
const sources = fc.oneof(
  { weight: 9, arbitrary: fc.array(source, { minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constant([]) },
);
const lonLat = fc.oneof(
  { weight: 9, arbitrary: fc.tuple(fc.double({ min: 115.5, max: 117.5 }), fc.double({ min: 39.5, max: 41 })) },
  { weight: 1, arbitrary: fc.tuple(number, number) },
);
const knownStation = fc.constantFrom(...[...stations.keys()].slice(0, 40));
const station = fc.oneof({ weight: 9, arbitrary: knownStation }, text);
const placed = { precision: fc.constantFrom(...PRECISIONS), basis: text, basis_zh: text };
const location = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('point'), coordinates: lonLat, ...placed }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('point'), station, ...placed }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('line'),
      coordinates: fc.array(lonLat, { minLength: 2, maxLength: 5 }),
      ...placed,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('line'),
      stations: fc.array(station, { minLength: 2, maxLength: 4 }),
      ...placed,
    }),
  },
  {
    // Anything goes: both or neither of coordinates and station, one-vertex lines …
    weight: 1,
    arbitrary: fc.record(
      {
        type: fc.constantFrom('point', 'line', 'polygon'),
        coordinates: fc.oneof(lonLat, fc.array(lonLat, { maxLength: 2 })),
        station,
        stations: fc.array(station, { maxLength: 2 }),
        ...placed,
      },
      { requiredKeys: ['type', 'precision'] },
    ),
  },
);
const figure = fc.record(
  {
    kind: fc.constantFrom(...FIGURE_KINDS),
    value: number,
    unit: fc.oneof(fc.constantFrom('万平方米', '平方米', '个', '亿元'), text),
    label_zh: text,
    label_en: text,
  },
  { requiredKeys: ['kind', 'value', 'unit'] },
);
const industries = fc.array(text, { maxLength: 3 });
const extraKey = fc.oneof(
  { weight: 9, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('colour', 'constructor', 'notes'), text) },
);

const project = fc
  .record({
    id: fc.oneof({ weight: 19, arbitrary: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/) }, text),
    name_zh: text,
    name_en: text,
    aliases_zh: optional(fc.array(text, { maxLength: 2 })),
    sector: fc.oneof({ weight: 19, arbitrary: fc.constantFrom(...SECTORS) }, text),
    district: fc.oneof({ weight: 19, arbitrary: fc.constantFrom(...PROJECT_AREA_CODES) }, text),
    also_districts: optional(fc.array(fc.constantFrom(...PROJECT_AREA_CODES), { maxLength: 2 })),
    status: fc.constantFrom(...STATUSES),
    status_year: year,
    summary_zh: text,
    summary_en: text,
    address_zh: optional(text),
    address_en: optional(text),
    location,
    figures: optional(fc.array(figure, { maxLength: 3 })),
    industries: fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .array(fc.tuple(text, text), { maxLength: 3 })
          .map((pairs) => ({ zh: pairs.map((t) => t[0]), en: pairs.map((t) => t[1]) })),
      },
      // Lengths that may not pair up.
      { weight: 1, arbitrary: fc.record({ zh: industries, en: industries }) },
    ),
    sources,
  })
  .chain(({ industries: { zh, en }, ...p }) =>
    extraKey.map((extra) => ({
      ...p,
      ...(zh.length || en.length ? { industries_zh: zh, industries_en: en } : {}),
      ...extra,
    })),
  );

const entrySources = sources;
const indicator = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/),
    theme: fc.constantFrom(...THEMES),
    label_zh: text,
    label_en: text,
    value: number,
    unit: text,
    year,
    kind: fc.constantFrom(...INDICATOR_KINDS),
    metric: fc.constantFrom(...METRICS),
    sources: entrySources,
  },
  { requiredKeys: ['id', 'theme', 'label_zh', 'label_en', 'value', 'unit', 'year', 'kind', 'sources'] },
);
const plan = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/),
    theme: fc.constantFrom(...THEMES),
    text_zh: text,
    text_en: text,
    value: number,
    unit: text,
    projects: fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { maxLength: 2 }),
    sources: entrySources,
  },
  { requiredKeys: ['id', 'theme', 'text_zh', 'text_en', 'sources'] },
);
const profile = fc.record(
  {
    code: fc.constantFrom(...AREA_CODES),
    indicators: fc.array(indicator, { maxLength: 3 }),
    plans: fc.array(plan, { maxLength: 3 }),
  },
  { requiredKeys: ['code'] },
);

/** What the build writes and the app reads: JSON text (NaN and Infinity would turn into null here). */
const roundTrip = <T>(x: T): unknown => JSON.parse(JSON.stringify(x));

describe('schema properties (fast-check)', () => {
  it(
    'any project the schema accepts becomes a feature the app loads',
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(project, (raw) => {
          const parsed = projectSeedSchema.safeParse(raw);
          if (!parsed.success) return;
          const problems: RecordProblem[] = [];
          const positions = resolvePositions(parsed.data, stations, 'f.yaml', problems);
          if (problems.length) return; // an unknown station: the build stops with file › record › field
          accepted++;
          const feature = toFeature(parsed.data, positions);
          const loaded = projectCollectionSchema.safeParse(
            roundTrip({ type: 'FeatureCollection', features: [feature] }),
          );
          expect(loaded.error?.issues ?? []).toEqual([]);
          expect(loaded.data!.features[0]!.properties.name_zh).toBe(parsed.data.name_zh);
          expect(loaded.data!.features[0]!.properties.sources).toEqual(parsed.data.sources);
        }),
        { numRuns: RUNS, seed: 20250117 },
      );
      // The generator must reach the interesting part: a good share of records pass the schema.
      expect(accepted).toBeGreaterThan(RUNS * 0.1);
      console.info(`fuzz: ${RUNS} projects generated, ${accepted} accepted by the schema, all loaded by the app`);
    },
    TIMEOUT,
  );

  it(
    'any profile the schema accepts becomes a profile the app loads',
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(profile, (raw) => {
          const parsed = profileSeedSchema.safeParse(raw);
          if (!parsed.success) return;
          accepted++;
          const own = districts.filter((d) => d.properties.code === parsed.data.code);
          const built = buildProfiles([{ file: 'f.yaml', record: parsed.data }], own);
          const loaded = profilesSchema.safeParse(roundTrip(built));
          expect(loaded.error?.issues ?? []).toEqual([]);
          expect(profilesFile.safeParse(roundTrip(built)).success).toBe(true);
          const mine = loaded.data!.find((p) => p.code === parsed.data.code)!;
          expect(mine.indicators).toHaveLength(parsed.data.indicators.length);
          expect(mine.plans).toHaveLength(parsed.data.plans.length);
        }),
        { numRuns: RUNS, seed: 20250108 },
      );
      expect(accepted).toBeGreaterThan(RUNS * 0.1);
      console.info(`fuzz: ${RUNS} profiles generated, ${accepted} accepted by the schema, all loaded by the app`);
    },
    TIMEOUT,
  );

  it(
    'no text the schema accepts holds a control, bidi or surrogate character',
    () => {
      fc.assert(
        fc.property(project, (raw) => {
          const parsed = projectSeedSchema.safeParse(raw);
          if (!parsed.success) return;
          const strings: string[] = [];
          const walk = (x: unknown): void => {
            if (typeof x === 'string') strings.push(x);
            else if (x && typeof x === 'object') Object.values(x).forEach(walk);
          };
          walk(parsed.data);
          for (const s of strings)
            // eslint-disable-next-line no-control-regex -- the characters under test
            expect(s).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\ufeff]|\p{Cs}/u);
        }),
        { numRuns: RUNS, seed: 7 },
      );
    },
    TIMEOUT,
  );
});
