/**
 * Typo matching's documents and answer, the same on the page and in its worker (fuzzy.worker.ts): Fuse.js
 * over each project's English name, name pinyin and place pinyin, made from the search index's haystacks
 * (one string per field, documents separated by a newline, and where each starts) so that the worker is sent
 * three strings and three offset arrays rather than 300,000 small strings.
 */
import type Fuse from 'fuse.js';
import type { IFuseOptions } from 'fuse.js';

/** What the fuzzy fallback looks in, per document. */
interface FuzzyDoc {
  name_en: string;
  fuzzy_name_py: string;
  fuzzy_place_py: string;
}

/** One haystack: the documents' values joined by newlines, and the offset where each starts (n + 1 of them). */
export interface JoinedField {
  text: string;
  starts: Uint32Array;
}
export type FuzzyFields = Record<'name_en' | 'name_py' | 'place_py', JoinedField>;

/** Typos are tolerated only in words this long; "AI", "zgc" or "5G" must match exactly. */
export const FUZZY_MIN_LENGTH = 5;

const FUSE: IFuseOptions<FuzzyDoc> = {
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.2,
  minMatchCharLength: FUZZY_MIN_LENGTH - 1,
  keys: ['name_en', 'fuzzy_name_py', 'fuzzy_place_py'],
};

/** Documents `from` to `to` (not included) of each field, as fields of their own (document 0 is `from`). */
export function shardFields(fields: FuzzyFields, from: number, to: number): FuzzyFields {
  const part = ({ text, starts }: JoinedField): JoinedField => {
    const base = starts[from]!;
    return { text: text.slice(base, starts[to]! - 1), starts: starts.slice(from, to + 1).map((x) => x - base) };
  };
  return { name_en: part(fields.name_en), name_py: part(fields.name_py), place_py: part(fields.place_py) };
}

/** Document `i`'s value in a joined field. */
export const valueAt = ({ text, starts }: JoinedField, i: number): string => text.slice(starts[i], starts[i + 1]! - 1);

function fuzzyDocs(fields: FuzzyFields): FuzzyDoc[] {
  const n = fields.name_en.starts.length - 1;
  return Array.from({ length: n }, (_, i) => ({
    name_en: valueAt(fields.name_en, i),
    fuzzy_name_py: valueAt(fields.name_py, i),
    fuzzy_place_py: valueAt(fields.place_py, i),
  }));
}

/** A word's typo matches: document positions and their Fuse scores (0 best … 1), in Fuse's order. */
export interface FuzzyHits {
  at: Uint32Array;
  score: Float64Array;
}

function fuzzyHits(fuse: Fuse<FuzzyDoc>, word: string): FuzzyHits {
  const found = fuse.search(word);
  const at = new Uint32Array(found.length);
  const score = new Float64Array(found.length);
  found.forEach((r, k) => {
    at[k] = r.refIndex;
    score[k] = r.score ?? 1;
  });
  return { at, score };
}

/** A word → its typo matches, over these documents; Fuse's index is built on the first word, or by `build`. */
export interface FuzzyMatcher {
  (word: string): FuzzyHits;
  build(): void;
}
export function fuzzyMatcher(FuseClass: typeof Fuse, fields: FuzzyFields): FuzzyMatcher {
  let fuse: Fuse<FuzzyDoc> | undefined;
  const build = () => (fuse ??= new FuseClass(fuzzyDocs(fields), FUSE));
  return Object.assign((word: string) => fuzzyHits(build(), word), { build: () => void build() });
}

/** The page's messages to the worker, and the worker's answers. */
export type ToFuzzyWorker = { type: 'docs'; fields: FuzzyFields } | { type: 'search'; word: string };
export type FromFuzzyWorker =
  ({ type: 'hits'; word: string } & FuzzyHits) | { type: 'error'; word?: string; message: string };

/**
 * The worker's side, apart from the worker itself so it can be tested in-process: the documents arrive once,
 * Fuse's index is built as they do, and each search is answered with its hits (or an error).
 */
export function fuzzyServer(FuseClass: typeof Fuse): (m: ToFuzzyWorker) => FromFuzzyWorker | null {
  let match: FuzzyMatcher | undefined;
  return (m) => {
    try {
      if (m.type === 'docs') {
        // Built now, while the user is still typing: the first search then waits for less.
        match = fuzzyMatcher(FuseClass, m.fields);
        match.build();
        return null;
      }
      if (!match) return { type: 'error', word: m.word, message: 'search before the documents arrived' };
      return { type: 'hits', word: m.word, ...match(m.word) };
    } catch (e) {
      return {
        type: 'error',
        word: m.type === 'search' ? m.word : undefined,
        message: e instanceof Error ? e.message : String(e),
      };
    }
  };
}
