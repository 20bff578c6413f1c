/**
 * Search in Chinese, pinyin (full, by syllable, and initials) and English, ranked in tiers:
 *   0. names: the query starts the name or one of its words (English), or a run of its syllables (pinyin);
 *   1. addresses and the places a record is located by (towns, stations);
 *   2. industries, then summaries — whole words only, so "hospital" does not find "hospitality";
 *   3. typos: only for a word that matches nothing exactly, a tight fuzzy match (Fuse.js) on names, pinyin
 *      and places ("zhongguancn", "hospitl"), never on summaries.
 * Every word of the query must match. The pinyin is computed by the data build, so the app ships no dictionary.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { ProjectProps } from '../data/model';

interface SearchDoc {
  id: string;
  name_zh: string;
  name_en: string;
  /** Syllables of the name ("zhong guan cun"). */
  name_py: string[];
  name_initials: string;
  place_zh: string;
  place_en: string;
  place_py: string[][];
  industries_zh: string;
  industries_en: string;
  summary_zh: string;
  summary_en: string;
  /** For the fuzzy fallback only. */
  fuzzy_name_py: string;
  fuzzy_place_py: string;
}

const han = /[\u3400-\u9fff]/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Typos are tolerated only in words this long; "AI", "zgc" or "5G" must match exactly. */
const FUZZY_MIN_LENGTH = 5;
const FUSE: IFuseOptions<SearchDoc> = {
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.2,
  minMatchCharLength: FUZZY_MIN_LENGTH - 1,
  keys: ['name_en', 'fuzzy_name_py', 'fuzzy_place_py'],
};

/** Whether the letters `q` start at a syllable boundary and run over whole syllables (the last may be partial). */
function syllableMatch(syllables: readonly string[], q: string): 'start' | 'inside' | null {
  for (let i = 0; i < syllables.length; i++) {
    let rest = q;
    for (let j = i; j < syllables.length && rest; j++) {
      const s = syllables[j]!;
      if (rest.startsWith(s)) rest = rest.slice(s.length);
      else if (s.startsWith(rest)) rest = '';
      else break;
    }
    if (!rest) return i === 0 ? 'start' : 'inside';
  }
  return null;
}

/** The best tier (lower is better, with a fraction for "starts" over "contains") at which one word matches. */
function exactTier(d: SearchDoc, word: string): number | null {
  const isHan = han.test(word);
  const letters = word.replace(/[^a-z0-9]/g, '');
  const prefix = new RegExp(`(^|[^a-z0-9])${escape(word)}`, 'i');
  const whole = new RegExp(`(^|[^a-z0-9])${escape(word)}(s|es)?($|[^a-z0-9])`, 'i');
  // 0: names
  if (isHan) {
    if (d.name_zh.startsWith(word)) return 0;
    if (d.name_zh.includes(word)) return 0.3;
  } else {
    if (d.name_en.toLowerCase().startsWith(word)) return 0;
    const py = letters.length >= 2 ? syllableMatch(d.name_py, letters) : null;
    if (py === 'start') return 0;
    if (letters.length >= 2 && d.name_initials.startsWith(letters)) return 0.1;
    if (prefix.test(d.name_en)) return 0.2;
    if (py === 'inside') return 0.3;
    if (letters.length >= 3 && d.name_initials.includes(letters)) return 0.4;
  }
  // 1: addresses and places
  if (isHan ? d.place_zh.includes(word) : whole.test(d.place_en)) return 1;
  if (!isHan && letters.length >= 3 && d.place_py.some((p) => syllableMatch(p, letters))) return 1.2;
  // 2: industries, then summaries
  if (isHan ? d.industries_zh.includes(word) : whole.test(d.industries_en)) return 2;
  if (isHan ? d.summary_zh.includes(word) : whole.test(d.summary_en)) return 2.5;
  return null;
}

export interface SearchIndex {
  /** Ids in rank order; empty for an empty query. */
  search(q: string): string[];
}

function toSearchDoc(p: ProjectProps): SearchDoc {
  const s = p.search;
  const syl = (x: string) => x.split(' ').filter(Boolean);
  const places_py = [...(s?.places_py ?? []), ...(s?.address_py ? [s.address_py] : [])];
  return {
    id: p.id,
    name_zh: p.name_zh,
    name_en: p.name_en,
    name_py: syl(s?.name_py ?? ''),
    name_initials: p.name_initials,
    place_zh: [p.address_zh ?? '', ...(s?.places_zh ?? []), p.station ?? ''].join(' '),
    place_en: p.address_en ?? '',
    place_py: places_py.map(syl),
    industries_zh: p.industries_zh.join(' '),
    industries_en: p.industries_en.join(' · '),
    summary_zh: p.summary_zh,
    summary_en: p.summary_en,
    fuzzy_name_py: p.name_pinyin,
    fuzzy_place_py: places_py.map((x) => x.replace(/ /g, '')).join(' '),
  };
}

export function buildSearchIndex(projects: readonly ProjectProps[]): SearchIndex {
  const docs = projects.map(toSearchDoc);
  const fuse = new Fuse(docs, FUSE);

  /** Per doc, the tier at which this word matches (exact tiers, else the fuzzy fallback). */
  const wordTiers = (word: string): Map<string, number> => {
    const out = new Map<string, number>();
    for (const d of docs) {
      const t = exactTier(d, word);
      if (t !== null) out.set(d.id, t);
    }
    if (out.size || han.test(word) || word.length < FUZZY_MIN_LENGTH) return out;
    for (const r of fuse.search(word)) out.set(r.item.id, 3 + (r.score ?? 1));
    return out;
  };

  return {
    search(q: string): string[] {
      const query = q.trim().toLowerCase().replace(/\s+/g, ' ');
      if (!query) return [];
      const words = query.split(' ');
      const perWord = words.map(wordTiers);
      const score = new Map<string, number>();
      for (const [id] of perWord[0]!) {
        if (!perWord.every((m) => m.has(id))) continue;
        score.set(id, Math.max(...perWord.map((m) => m.get(id)!)));
      }
      if (words.length > 1) {
        // The whole phrase ("science park") ranks above its words found apart; pinyin typed with spaces
        // ("su jia tuo") also matches the joined syllables.
        for (const [id, t] of wordTiers(query)) score.set(id, Math.min(score.get(id) ?? Infinity, t - 0.05));
        if (!han.test(query))
          for (const [id, t] of wordTiers(words.join(''))) score.set(id, Math.min(score.get(id) ?? Infinity, t));
      }
      return [...score.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([id]) => id);
    },
  };
}
