/**
 * A quote must say something about its record, not only be verbatim somewhere in the document.
 *
 * Each quote (at least MIN_QUOTE_CHARS long, see the schema) must
 *   1. name the record: contain a distinctive part of its name (a run of three characters of the name, or a
 *      whole short segment such as 文庙, that few other names share; 002's swapped words are read back first,
 *      so 人命谷 counts for 生命谷), or an alias the record lists; or
 *   2. give one of the record's figures as a whole number (12.1 is not found in 112.1 nor 2.1 in 12.1); or
 *   3. stand in the passage where the document names the record: within PASSAGE_CHARS characters of a
 *      distinctive part of its name. This keeps 004's "空间位置:海淀区温泉镇" lines (just under "项目名称:…")
 *      and sentences that say 该院 or 我们医院, and still refuses a sentence from elsewhere in the document.
 */
import { withRealWords } from '../../src/data/corruption';
import type { ProfileSeed, ProjectSeed, Source } from '../../src/data/schema';
import type { RecordProblem } from './errors';
import type { Located } from './load';

/** How near the record's name (in characters of the document) a quote that does not name it must stand. */
const PASSAGE_CHARS = 150;
/** A run of the name shared by this many names (or more) of the same kind is generic (科技园, 产业园…). */
const GENERIC_NAMES = 3;

interface QuoteOf {
  file: string;
  record: string;
  field: string;
  kind: 'project' | 'indicator' | 'plan';
  names: string[];
  figures: number[];
  source: Source;
}

function* quotes(projects: Located<ProjectSeed>[], profiles: Located<ProfileSeed>[]): Generator<QuoteOf> {
  for (const { file, record: p } of projects)
    for (const [i, source] of p.sources.entries())
      yield {
        file,
        record: p.id,
        field: `sources.${i}.quote`,
        kind: 'project',
        names: [p.name_zh, ...(p.aliases_zh ?? [])],
        figures: (p.figures ?? []).map((f) => f.value),
        source,
      };
  for (const { file, record } of profiles) {
    for (const ind of record.indicators)
      for (const [i, source] of ind.sources.entries())
        yield {
          file,
          record: `${record.code}/${ind.id}`,
          field: `sources.${i}.quote`,
          kind: 'indicator',
          names: [ind.label_zh],
          figures: [ind.value],
          source,
        };
    for (const plan of record.plans)
      for (const [i, source] of plan.sources.entries())
        yield {
          file,
          record: `${record.code}/${plan.id}`,
          field: `sources.${i}.quote`,
          kind: 'plan',
          names: [plan.text_zh],
          figures: plan.value === undefined ? [] : [plan.value],
          source,
        };
  }
}

/** Runs of a name: its short segments whole (2–3 characters), and every three-character run of longer ones. */
export function nameParts(name: string): string[] {
  const parts = new Set<string>();
  for (const segment of withRealWords(name).split(/[\s·・\-—–_/()（）[\]【】“”"'‘’「」《》、，,。；;:：!！?？+]+/u)) {
    const chars = [...segment];
    if (chars.length < 2) continue;
    if (chars.length <= 3) parts.add(segment);
    else for (let i = 0; i + 3 <= chars.length; i++) parts.add(chars.slice(i, i + 3).join(''));
  }
  return [...parts];
}

/** The numbers written in a text, as whole tokens (digits not cut out of a longer number). */
export const numbersIn = (text: string): number[] =>
  [...text.matchAll(/(?<![\d.])\d+(?:\.\d+)?(?!\d)/g)].map((m) => Number(m[0]));

export function checkQuotesSaySomething(
  projects: Located<ProjectSeed>[],
  profiles: Located<ProfileSeed>[],
  docs: ReadonlyMap<string, string>,
): RecordProblem[] {
  const all = [...quotes(projects, profiles)];
  // How many records of each kind share each name part: parts most names have are not distinctive.
  const shared = new Map<string, number>();
  const seen = new Set<string>();
  for (const q of all) {
    const key = `${q.kind}:${q.record}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const part of new Set(q.names.flatMap(nameParts)))
      shared.set(`${q.kind}:${part}`, (shared.get(`${q.kind}:${part}`) ?? 0) + 1);
  }
  const distinctive = (q: QuoteOf): string[] => {
    const parts = [...new Set(q.names.flatMap(nameParts))];
    const rare = parts.filter((p) => (shared.get(`${q.kind}:${p}`) ?? 0) < GENERIC_NAMES);
    return rare.length ? rare : parts;
  };
  const realDocs = new Map([...docs].map(([d, t]) => [d, withRealWords(t)]));

  const problems: RecordProblem[] = [];
  for (const q of all) {
    const text = withRealWords(q.source.quote);
    // A quote about a group the record is declared to belong to (at least 4 characters of it, as written).
    const about = q.source.about_zh;
    if (about && [...about].length >= 4 && q.source.quote.includes(about)) continue;
    const parts = distinctive(q);
    if (parts.some((p) => text.includes(p))) continue;
    const numbers = numbersIn(q.source.quote);
    if (q.figures.some((f) => numbers.includes(Math.abs(f)))) continue;
    const doc = realDocs.get(q.source.doc);
    if (doc !== undefined && inPassage(doc, text, parts)) continue;
    if (doc === undefined) continue; // a missing document is reported by the quote check
    problems.push({
      file: q.file,
      record: q.record,
      field: q.field,
      message:
        `the quote «${q.source.quote}» does not say what it is about: it neither names the record ` +
        `(«${q.names[0]}») nor gives one of its figures${q.figures.length ? ` (${q.figures.join(', ')})` : ''}, ` +
        `and ${q.source.doc} does not name the record within ${PASSAGE_CHARS} characters of it`,
    });
  }
  return problems;
}

/** Whether the document names the record (one of `parts`) within PASSAGE_CHARS of an occurrence of the quote. */
function inPassage(doc: string, quote: string, parts: string[]): boolean {
  for (let at = doc.indexOf(quote); at >= 0; at = doc.indexOf(quote, at + 1)) {
    const passage = doc.slice(Math.max(0, at - PASSAGE_CHARS), at + quote.length + PASSAGE_CHARS);
    if (parts.some((p) => passage.includes(p))) return true;
  }
  return false;
}
