/** Checks that run on validated seeds. Each returns the problems it finds; none throws. */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { findCorruption } from '../../src/data/corruption';
import { textWritesNumber } from '../../src/data/numerals';
import type { ProfileSeed, ProjectSeed, Qualifier, Source } from '../../src/data/schema';
import { hasEnglishUnit } from '../../src/i18n/format';
import type { RecordProblem } from './errors';
import type { Located } from './load';

type DistrictFeature = Feature<Polygon | MultiPolygon, { code: string }>;

/** Every quote, with where it sits, for the quote check. */
function* allSources(
  projects: Located<ProjectSeed>[],
  profiles: Located<ProfileSeed>[],
): Generator<{ file: string; record: string; field: string; source: Source }> {
  for (const { file, record } of projects)
    for (const [i, source] of record.sources.entries())
      yield { file, record: record.id, field: `sources.${i}.quote`, source };
  for (const { file, record } of profiles) {
    for (const ind of record.indicators)
      for (const [i, source] of ind.sources.entries())
        yield { file, record: `${record.code}/${ind.id}`, field: `sources.${i}.quote`, source };
    for (const plan of record.plans)
      for (const [i, source] of plan.sources.entries())
        yield { file, record: `${record.code}/${plan.id}`, field: `sources.${i}.quote`, source };
  }
}

/** Each quote must occur, character for character, in its document. */
export function checkQuotes(
  projects: Located<ProjectSeed>[],
  profiles: Located<ProfileSeed>[],
  docs: ReadonlyMap<string, string>,
): RecordProblem[] {
  const problems: RecordProblem[] = [];
  for (const { file, record, field, source } of allSources(projects, profiles)) {
    const text = docs.get(source.doc);
    if (text === undefined) problems.push({ file, record, field, message: `document ${source.doc} not found` });
    else if (!text.includes(source.quote))
      problems.push({ file, record, field, message: `quote is not verbatim in ${source.doc}: «${source.quote}»` });
  }
  return problems;
}

/** How each qualifier may be written in a quote (002 swapped 超过 for 卓越). */
const QUALIFIER_WRITTEN: Record<Qualifier, string[]> = {
  近: ['近'],
  约: ['约'],
  左右: ['左右'],
  超: ['超', '卓越'],
  超过: ['超过', '卓越'],
  突破: ['突破'],
  逾: ['逾'],
  余: ['余'],
  多: ['多'],
  '+': ['+'],
  以上: ['以上'],
  以内: ['以内'],
};

interface Valued {
  value?: number;
  unit?: string;
  qualifier?: Qualifier;
}

/** Every value-bearing entry (project figure, indicator, plan) with where it sits. */
function* allValues(
  projects: Located<ProjectSeed>[],
  profiles: Located<ProfileSeed>[],
): Generator<{ file: string; record: string; prefix: string; entry: Valued; sources: Source[] }> {
  for (const { file, record } of projects)
    for (const [i, f] of (record.figures ?? []).entries())
      yield { file, record: record.id, prefix: `figures.${i}.`, entry: f, sources: record.sources };
  for (const { file, record } of profiles)
    for (const e of [...record.indicators, ...record.plans])
      yield { file, record: `${record.code}/${e.id}`, prefix: '', entry: e, sources: e.sources };
}

/**
 * A figure's number must be written in one of its record's quotes (figures are never invented), as a whole
 * number: "12.1" does not vouch for 2.1, "7.9" not for 9. Chinese numerals count ("三席" is 3, "千亩" is
 * 1000, "近一半" is 0.5). A qualifier must be written in a quote too.
 */
export function checkFiguresQuoted(
  projects: Located<ProjectSeed>[],
  profiles: Located<ProfileSeed>[],
): RecordProblem[] {
  const problems: RecordProblem[] = [];
  for (const { file, record, prefix, entry, sources } of allValues(projects, profiles)) {
    if (entry.value !== undefined && !sources.some((s) => textWritesNumber(s.quote, entry.value!)))
      problems.push({
        file,
        record,
        field: `${prefix}value`,
        message: `${entry.value} is written in none of the quotes (as a whole number)`,
      });
    const q = entry.qualifier;
    if (q && !sources.some((s) => QUALIFIER_WRITTEN[q].some((w) => s.quote.includes(w))))
      problems.push({ file, record, field: `${prefix}qualifier`, message: `"${q}" is in none of the quotes` });
    if (q && entry.value === undefined)
      problems.push({ file, record, field: `${prefix}qualifier`, message: 'a qualifier needs a value' });
  }
  return problems;
}

/** Every unit the data uses has an English form (src/i18n/format.ts › UNITS); none falls back to Chinese. */
export function checkUnits(projects: Located<ProjectSeed>[], profiles: Located<ProfileSeed>[]): RecordProblem[] {
  const problems: RecordProblem[] = [];
  for (const { file, record, prefix, entry } of allValues(projects, profiles))
    if (entry.unit !== undefined && !hasEnglishUnit(entry.unit))
      problems.push({
        file,
        record,
        field: `${prefix}unit`,
        message: `unit "${entry.unit}" has no English form: add it to UNITS in src/i18n/format.ts`,
      });
  return problems;
}

/** Project ids are unique; indicator and plan ids are unique within their area; plan links resolve. */
export function checkIds(projects: Located<ProjectSeed>[], profiles: Located<ProfileSeed>[]): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const seen = new Map<string, string>();
  for (const { file, record } of projects) {
    const before = seen.get(record.id);
    if (before) problems.push({ file, record: record.id, field: 'id', message: `duplicate id (also in ${before})` });
    seen.set(record.id, file);
  }
  const entryIds = new Map<string, string>();
  for (const { file, record } of profiles)
    for (const e of [...record.indicators, ...record.plans]) {
      const key = `${record.code}/${e.id}`;
      const before = entryIds.get(key);
      if (before) problems.push({ file, record: key, field: 'id', message: `duplicate id (also in ${before})` });
      entryIds.set(key, file);
    }
  for (const { file, record } of profiles)
    for (const plan of record.plans)
      plan.projects?.forEach((pid, i) => {
        if (!seen.has(pid))
          problems.push({
            file,
            record: `${record.code}/${plan.id}`,
            field: `projects.${i}`,
            message: `no project with id ${pid}`,
          });
      });
  return problems;
}

/** Text shown to users carries none of 002's corrupted words and no spam. */
export function checkShownText(projects: Located<ProjectSeed>[], profiles: Located<ProfileSeed>[]): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const check = (file: string, record: string, field: string, text: string | undefined, isName = false) => {
    if (!text) return;
    const hits = findCorruption(text, isName);
    if (hits.length)
      problems.push({ file, record, field, message: `contains corrupted word or spam: ${hits.join(', ')}` });
  };
  for (const { file, record: p } of projects) {
    check(file, p.id, 'name_zh', p.name_zh, true);
    check(file, p.id, 'summary_zh', p.summary_zh);
    check(file, p.id, 'address_zh', p.address_zh);
    p.industries_zh?.forEach((t, i) => check(file, p.id, `industries_zh.${i}`, t));
  }
  for (const { file, record } of profiles) {
    for (const ind of record.indicators) check(file, `${record.code}/${ind.id}`, 'label_zh', ind.label_zh, true);
    for (const plan of record.plans) check(file, `${record.code}/${plan.id}`, 'text_zh', plan.text_zh);
  }
  return problems;
}

/** The districts a project's geometry may lie in: its own and `also_districts`; the BDA lies in 大兴 or 通州. */
export function allowedDistricts(p: Pick<ProjectSeed, 'district' | 'also_districts'>): string[] {
  const codes = [p.district, ...(p.also_districts ?? [])];
  return codes.flatMap((c) => (c === 'bda' ? ['110115', '110112'] : [c]));
}

/** Every point (and every line vertex) lies inside the district it claims. */
export function checkInDistricts(
  projects: { file: string; record: ProjectSeed; positions: Position[] }[],
  districts: DistrictFeature[],
): RecordProblem[] {
  const byCode = new Map(districts.map((d) => [d.properties.code, d]));
  const problems: RecordProblem[] = [];
  for (const { file, record, positions } of projects) {
    const allowed = allowedDistricts(record)
      .map((c) => byCode.get(c))
      .filter((d): d is DistrictFeature => !!d);
    positions.forEach((pos, i) => {
      if (!allowed.some((d) => booleanPointInPolygon(pos, d)))
        problems.push({
          file,
          record: record.id,
          field: record.location.type === 'point' ? 'location' : `location vertex ${i}`,
          message: `[${pos.join(', ')}] lies outside ${allowedDistricts(record).join(' / ')}`,
        });
    });
  }
  return problems;
}
