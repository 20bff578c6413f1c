/**
 * Search across names, English names, industries, addresses and summaries, in Chinese, pinyin (full and
 * initials) and English, tolerant of small typos. The pinyin is computed by the data build (pinyin-pro);
 * Fuse.js does the fuzzy match.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { ProjectProps } from '../data/model';

interface SearchDoc {
  id: string;
  name_zh: string;
  name_en: string;
  name_pinyin: string;
  name_initials: string;
  industries: string;
  address: string;
  summary: string;
}

const han = /[\u3400-\u9fff]/;

const OPTIONS: IFuseOptions<SearchDoc> = {
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 1,
  keys: [
    { name: 'name_zh', weight: 3 },
    { name: 'name_en', weight: 3 },
    { name: 'name_pinyin', weight: 2 },
    { name: 'name_initials', weight: 2 },
    { name: 'industries', weight: 1 },
    { name: 'address', weight: 1 },
    { name: 'summary', weight: 0.5 },
  ],
};

/** 1 when a name starts with the query, 0.5 when it contains it (ignoring spaces), else 0. */
export function nameBonus(
  d: Pick<SearchDoc, 'name_zh' | 'name_en' | 'name_pinyin' | 'name_initials'>,
  query: string,
): number {
  const q = query.replace(/ /g, '');
  const names = [d.name_zh, d.name_en.toLowerCase().replace(/ /g, ''), d.name_pinyin, d.name_initials];
  if (names.some((n) => n.startsWith(q))) return 1;
  if (names.some((n) => n.includes(q))) return 0.5;
  return 0;
}

export interface SearchIndex {
  search(q: string): string[];
}

export function buildSearchIndex(projects: ProjectProps[]): SearchIndex {
  const docs: SearchDoc[] = projects.map((p) => {
    return {
      id: p.id,
      name_zh: p.name_zh,
      name_en: p.name_en,
      name_pinyin: p.name_pinyin,
      name_initials: p.name_initials,
      industries: [...p.industries_zh, ...p.industries_en].join(' '),
      address: [p.address_zh ?? '', p.address_en ?? ''].join(' '),
      summary: `${p.summary_zh} ${p.summary_en}`,
    };
  });
  const fuse = new Fuse(docs, OPTIONS);
  const byId = new Map(docs.map((d) => [d.id, d]));
  return {
    search(q: string): string[] {
      const query = q.trim().toLowerCase().replace(/\s+/g, ' ');
      if (!query) return [];
      const scores = (term: string) => new Map(fuse.search(term).map((r) => [r.item.id, r.score ?? 1]));
      // Every word must match somewhere ("sujiatuo hospitl"); the score is the words' mean.
      const words = query.split(' ');
      const perWord = words.map(scores);
      const best = new Map<string, number>();
      for (const [id, s0] of perWord[0]!) {
        if (perWord.every((m) => m.has(id)))
          best.set(id, perWord.reduce((sum, m) => sum + m.get(id)!, 0) / perWord.length || s0);
      }
      // Pinyin typed with spaces ("su jia tuo") also matches the joined form.
      if (words.length > 1 && !han.test(query))
        for (const [id, s] of scores(words.join(''))) best.set(id, Math.min(best.get(id) ?? 1, s));
      // Names that start with, or contain, what was typed rank above fuzzy and summary matches.
      const ranked = [...best.entries()].map(([id, score]) => [id, score - nameBonus(byId.get(id)!, query)] as const);
      return ranked.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([id]) => id);
    },
  };
}
