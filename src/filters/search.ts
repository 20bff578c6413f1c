/**
 * Search in Chinese, pinyin (full, by syllable, and initials) and English, ranked in tiers:
 *   0. names: the query starts the name or one of its words (English), or a run of its syllables (pinyin);
 *   1. addresses and the places a record is located by (towns, stations);
 *   2. industries, then summaries — whole words only, so "hospital" does not find "hospitality";
 *   3. typos: only for a word that matches nothing exactly, a tight fuzzy match (Fuse.js) on names, pinyin
 *      and places ("zhongguancn", "hospitl"), never on summaries.
 * Every word of the query must match. The pinyin is computed by the data build, so the app ships no dictionary.
 *
 * Speed (issue 12): a keystroke must stay well under 50 ms at 100,000 projects. The English whole-word
 * fields (places, industries, summaries) are answered from an inverted index (word → documents), built once
 * on first use; names, pinyin and Chinese text are scanned, each field once, with plain string operations and
 * no regular expression per document; Fuse's index is built only when a typo first needs it.
 */
import type { ProjectProps } from '../data/model';
import { LARGE_DATA } from '../selection/typing';
import { FUZZY_MIN_LENGTH, type FuzzyFields, type FuzzyHits } from './fuzzy';
import type { RemoteFuzzy } from './fuzzyRemote';

/**
 * Typo matching is loaded on demand (issue 12: it is not needed to draw the first view). On the page
 * (fuzzyLocal.ts: Fuse.js) at an idle moment once the map has drawn (SelectionProvider), or by the first
 * search that needs a typo match; with more than LARGE_DATA projects in a worker instead (fuzzyRemote.ts, loaded by the
 * first typo). Until an answer is there a typo finds nothing; `onFuzzyReady` listeners (the selection) are
 * told whenever more can be found (a module has loaded, a worker has answered), and search again.
 */
let local: typeof import('./fuzzyLocal') | undefined;
let localLoad: Promise<void> | undefined;
let remoteModule: typeof import('./fuzzyRemote') | undefined;
let remoteLoad: Promise<void> | undefined;
/** The worker's module could not be loaded: typos are matched on the page. */
let remoteUnavailable = false;
const fuzzyListeners = new Set<() => void>();
/** Bumped whenever typo matching can answer more than before. */
let version = 0;
const fuzzyChanged = () => {
  version++;
  for (const f of fuzzyListeners) f();
};
/** Fuse's chunk could not be loaded (offline, or a release replaced it): typos find nothing, said at once. */
let localUnavailable = false;
export function loadFuzzy(): Promise<void> {
  return (localLoad ??= import('./fuzzyLocal').then(
    (m) => {
      local = m;
      fuzzyChanged();
    },
    () => {
      localUnavailable = true;
      fuzzyChanged();
    },
  ));
}
const NO_HITS: FuzzyHits = { at: new Uint32Array(0), score: new Float64Array(0) };
/** A typo is waiting for the worker's module (loaded ahead, while typing, nothing else waits for it). */
let typoWaiting = false;
const loadRemote = (): Promise<void> =>
  (remoteLoad ??= import('./fuzzyRemote').then(
    (m) => {
      remoteModule = m;
      if (typoWaiting) fuzzyChanged();
    },
    () => {
      remoteUnavailable = true;
      if (typoWaiting) fuzzyChanged();
    },
  ));
/** Whether typo matching is available on the page yet. */
export const fuzzyReady = () => local !== undefined;
/** A snapshot for useSyncExternalStore: changes whenever the same query may now find more typo matches. */
export const fuzzyVersion = () => version;
export function onFuzzyReady(f: () => void): () => void {
  fuzzyListeners.add(f);
  return () => fuzzyListeners.delete(f);
}
/** The latest index's worker for typo matches, if it has one (for the test hook's `isIdle`). */
let latestRemote: RemoteFuzzy | undefined;
/** Whether typo matches are on their way from the worker (its module loading, or a word asked). */
export const typosPending = (): boolean =>
  (!!remoteLoad && !remoteModule && !remoteUnavailable) || !!latestRemote?.pending();

const han = /[\u3400-\u9fff]/;
/** A query as the search reads it: trimmed, lower case, words apart by one space. */
const normalize = (q: string) => q.trim().toLowerCase().replace(/\s+/g, ' ');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOT_ALNUM = /[^a-z0-9]+/;
const isAlnumCode = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Whether typo matching could change the answer to `q`: only a word this long is ever matched with typos. */
export const mayMatchTypos = (q: string): boolean =>
  q
    .trim()
    .split(/\s+/)
    .some((w) => w.length >= FUZZY_MIN_LENGTH);

/**
 * Whether the letters `q` start at a syllable boundary and run over whole syllables (the last may be
 * partial): `syllables` is the pinyin by syllable, separated by spaces ("zhong guan cun"), as the data build
 * writes it. Equivalent to the same test on the syllables as an array (a property test checks it), without
 * the array: at 100,000 projects the arrays of syllables were tens of MB of small strings.
 */
export function syllableMatch(syllables: string, q: string): 'start' | 'inside' | null {
  const n = syllables.length;
  let first = -1;
  for (let b = 0; b < n;) {
    if (syllables.charCodeAt(b) === 32) {
      b++;
      continue;
    }
    if (first < 0) first = b;
    // q must be a prefix of the syllables from this one on, spaces skipped.
    let j = b;
    let k = 0;
    while (k < q.length && j < n) {
      const c = syllables.charCodeAt(j);
      if (c === 32) j++;
      else if (c === q.charCodeAt(k)) {
        j++;
        k++;
      } else break;
    }
    if (k === q.length) return b === first ? 'start' : 'inside';
    const next = syllables.indexOf(' ', b);
    if (next < 0) break;
    b = next + 1;
  }
  return null;
}

/** The three English fields matched by whole words, in tier order. */
const WORD_FIELDS = [
  ['place_en', 1],
  ['industries_en', 2],
  ['summary_en', 2.5],
] as const;
type WordField = (typeof WORD_FIELDS)[number][0];

/** `typos: false` leaves out the fuzzy tier (at 100,000 projects it costs ≈0.5–0.9 s per word). */
interface SearchOptions {
  typos?: boolean;
}

export interface SearchIndex {
  /** Ids in rank order; empty for an empty query. */
  search(q: string, options?: SearchOptions): string[];
  /** The same answer as positions in `projects` (what the index was built on): no id strings to look up. */
  positions?(q: string, options?: SearchOptions): Uint32Array;
  readonly projects?: readonly ProjectProps[];
  /** Whether the last search of `q` answered without typo matches that are still on their way. */
  waitingForTypos?(q: string): boolean;
  /** Makes and keeps the answer to a one-character query now (for an idle moment), not on the first keystroke. */
  warm?(char: string): void;
}
/** The one-character queries whose answers large data makes ahead: the first key of most searches. */
export const WARM_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * What each tier reads of a record. Only strings the record already holds are kept per document; the
 * derived ones (lower case, joined pinyin, places joined) live once, in the haystacks below, and are sliced out
 * for the few documents a query looks at (issue 12: kept per document, they were 80 MB at 100,000 projects).
 */
const placesPy = (p: ProjectProps): readonly string[] => {
  const s = p.search;
  return s?.address_py ? [...s.places_py, s.address_py] : (s?.places_py ?? []);
};
const placeZh = (p: ProjectProps) => [p.address_zh ?? '', ...(p.search?.places_zh ?? []), p.station ?? ''].join(' ');
/** The English whole-word fields, as the regular expression for a word with punctuation reads them. */
const wordField = (p: ProjectProps, field: WordField): string =>
  field === 'place_en' ? (p.address_en ?? '') : field === 'industries_en' ? p.industries_en.join(' · ') : p.summary_en;

/**
 * word → the documents (by position, ascending) whose field has it as a whole word. The lists are stored
 * flat, one typed array for all of them: a `number[]` per word cost ≈22 MB at 100,000 projects in Node
 * (most words are in one document: house numbers), this a word's Map entry and 4 bytes per hit.
 */
export class Postings {
  private constructor(
    private readonly ids: Map<string, number>,
    /** Where each word's documents start in `docs`; one more entry than words. */
    private readonly start: Uint32Array,
    private readonly docs: Uint32Array,
  ) {}

  /** The documents whose field has `word`, ascending; undefined when none has it. */
  get(word: string): Uint32Array | undefined {
    const id = this.ids.get(word);
    return id === undefined ? undefined : this.docs.subarray(this.start[id], this.start[id + 1]);
  }

  /** From each document's words (a word may repeat within a document: it is counted once). */
  static build(count: number, wordsOf: (doc: number) => readonly string[]): Postings {
    const ids = new Map<string, number>();
    // Pass 1: (word, document) pairs in document order, each word once per document.
    let pairWord = new Uint32Array(1024);
    let pairDoc = new Uint32Array(1024);
    let pairs = 0;
    const seen = new Set<number>();
    for (let d = 0; d < count; d++) {
      seen.clear();
      for (const w of wordsOf(d)) {
        if (!w) continue;
        let id = ids.get(w);
        if (id === undefined) ids.set(w, (id = ids.size));
        if (seen.has(id)) continue;
        seen.add(id);
        if (pairs === pairWord.length) {
          const grow = (a: Uint32Array) => {
            const b = new Uint32Array(a.length * 2);
            b.set(a);
            return b;
          };
          pairWord = grow(pairWord);
          pairDoc = grow(pairDoc);
        }
        pairWord[pairs] = id;
        pairDoc[pairs++] = d;
      }
    }
    // Pass 2: a counting sort by word keeps each word's documents ascending.
    const start = new Uint32Array(ids.size + 1);
    for (let k = 0; k < pairs; k++) start[pairWord[k]! + 1]!++;
    for (let w = 0; w < ids.size; w++) start[w + 1]! += start[w]!;
    const fill = start.slice(0, ids.size);
    const docs = new Uint32Array(pairs);
    for (let k = 0; k < pairs; k++) docs[fill[pairWord[k]!]!++] = pairDoc[k]!;
    return new Postings(ids, start, docs);
  }
}

const buildPostings = (projects: readonly ProjectProps[], field: WordField): Postings =>
  Postings.build(projects.length, (i) => wordField(projects[i]!, field).toLowerCase().split(NOT_ALNUM));

/**
 * One field of every document joined into one string (documents separated by a newline, which no query
 * word contains), so a word is looked for with a few `indexOf` calls over one string instead of one call per
 * document: the documents that contain it are the candidates for the exact tiers.
 */
class Haystack {
  /** @internal the joined text, for `accept` tests of an offset. */
  readonly text: string;
  /** @internal where each document starts in `text` (and, last, where one after the last would). */
  readonly starts: Uint32Array;
  constructor(values: readonly string[]) {
    this.starts = new Uint32Array(values.length + 1);
    let at = 0;
    values.forEach((v, i) => {
      this.starts[i] = at;
      at += v.length + 1;
    });
    this.starts[values.length] = at;
    this.text = values.join('\n');
  }
  /** Document `i`'s value (a slice of the joined text: V8 keeps a long slice as a view, not a copy). */
  value(i: number): string {
    return this.text.slice(this.starts[i], this.starts[i + 1]! - 1);
  }
  /**
   * Calls `found(doc, at)` once for every document (by position, ascending) whose value contains `w`, with
   * `at` the offset in the joined text of its first occurrence; with `accept`, only occurrences at an offset it
   * accepts count, such as the start of a word. `at === starts[doc]` says the value starts with `w`.
   */
  scan(w: string, found: (doc: number, at: number) => void, accept?: (at: number) => boolean): void {
    if (!w) return;
    const { text, starts } = this;
    let doc = 0;
    for (let at = text.indexOf(w); at >= 0;) {
      if (accept && !accept(at)) {
        at = text.indexOf(w, at + 1);
        continue;
      }
      // The document holding offset `at`: the last start at or before it (binary search).
      let lo = doc,
        hi = starts.length - 2;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      doc = lo;
      found(doc, at);
      at = text.indexOf(w, starts[doc + 1]);
    }
  }
}

/**
 * Where syllables start in a haystack of joined pinyin (one bit per character): "zhong guan cun" joined is
 * "zhongguancun", with starts at 0, 5 and 9. Letters found at a start run over whole syllables (the last
 * may be partial) exactly when `syllableMatch` finds them, so only those documents need looking at.
 */
export function syllableStarts(spaced: readonly string[]): Uint8Array {
  let length = 0;
  for (const s of spaced) length += s.replace(/ /g, '').length + 1;
  const bits = new Uint8Array((length >> 3) + 1);
  let at = 0;
  for (const s of spaced) {
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) === 32) continue;
      if (i === 0 || s.charCodeAt(i - 1) === 32) bits[at >> 3]! |= 1 << (at & 7);
      at++;
    }
    at++; // the newline between documents
  }
  return bits;
}
const hasBit = (bits: Uint8Array, at: number) => (bits[at >> 3]! & (1 << (at & 7))) !== 0;

/** Builds the search index of these projects at once (the steps of `searchIndexSteps`, one after another). */
export function buildSearchIndex(projects: readonly ProjectProps[]): SearchIndex {
  const steps = searchIndexSteps(projects);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The search index built a part at a time: each `next()` makes one part and the last returns the index. At
 * 100,000 projects the whole took ≈1.4 s of the page's main thread in one task after load (issue 12: a key
 * typed or a box ticked then waited for all of it); its parts take ≈100–250 ms each, so a page that builds
 * them at separate idle moments answers in between.
 */
export function* searchIndexSteps(projects: readonly ProjectProps[]): Generator<void, SearchIndex, undefined> {
  const docs = projects;
  // Names, places and industries, a line each; summaries are long, so they are searched in place (no copy).
  const short_zh = new Haystack(docs.map((p) => `${p.name_zh}\n${placeZh(p)}\n${p.industries_zh.join(' ')}`));
  yield;
  const name_en = new Haystack(docs.map((p) => p.name_en.toLowerCase()));
  yield;
  const name_py = new Haystack(docs.map((p) => (p.search?.name_py ?? '').replace(/ /g, '')));
  const initials = new Haystack(docs.map((p) => p.name_initials));
  yield;
  const place_py = new Haystack(
    docs.map((p) =>
      placesPy(p)
        .map((x) => x.replace(/ /g, ''))
        .join(' '),
    ),
  );
  yield;
  const hay = { short_zh, name_en, name_py, initials, place_py };
  // The name tiers need the query at a word start (English) or a syllable start (pinyin): at 100,000
  // projects "ho" is inside "zhongguancun" in most names and starts a word or a syllable in few (issue 12).
  const pyStarts = syllableStarts(docs.map((p) => p.search?.name_py ?? ''));
  yield;
  const atPyStart = (at: number) => hasBit(pyStarts, at);
  const enText = hay.name_en.text;
  const atEnWordStart = (at: number) => at === 0 || !isAlnumCode(enText.charCodeAt(at - 1));
  /** The whole-word postings of the English fields: filled by the last steps, before the index is returned. */
  const postings = {} as Record<WordField, Postings>;
  // Typo matching: in a worker above LARGE_DATA projects (Fuse takes ≈0.5–1 s a word at 100,000 and seconds
  // to build its index, which froze the page), else on the page, where a small index answers at once.
  const fuzzyFields = (): FuzzyFields => ({ name_en: hay.name_en, name_py: hay.name_py, place_py: hay.place_py });
  const offThread = docs.length > LARGE_DATA && typeof Worker === 'function';
  let remote: RemoteFuzzy | undefined;
  let onPage: ((word: string) => FuzzyHits) | undefined;
  /** The worker for typo matches, once its module has loaded (null: use the page). */
  const worker = (): RemoteFuzzy | null => {
    if (!offThread || remoteUnavailable) return null;
    if (!remoteModule) return null;
    if (!remote) {
      // One index's workers at a time: those of an index built on data since replaced are let go.
      latestRemote?.dispose();
      latestRemote = remote = remoteModule.remoteFuzzy(fuzzyFields(), fuzzyChanged);
    }
    return remote;
  };
  /**
   * A word long enough for typos is being typed: the worker starts and builds its index now, so the typo
   * search after the pause waits for less. (Not at load: that index would add to every page's memory.)
   */
  const warmTypos = () => {
    if (!offThread || remoteUnavailable) return;
    if (remoteModule) worker()?.warm();
    else void loadRemote().then(() => worker()?.warm());
  };
  /** Words whose typo matches were not known when last searched for (the listeners hear when they are). */
  const waiting = new Set<string>();
  /** A word's typo matches, or null while they are not known yet. */
  const typoHits = (word: string): FuzzyHits | null => {
    const hits = knownTypoHits(word);
    if (hits) waiting.delete(word);
    else waiting.add(word);
    return hits;
  };
  const knownTypoHits = (word: string): FuzzyHits | null => {
    if (offThread && !remoteUnavailable) {
      const w = worker();
      if (!w) {
        typoWaiting = true;
        void loadRemote();
        return null;
      }
      const hits = w.hits(word);
      if (hits || !w.failed) return hits;
    }
    if (!local) {
      if (localUnavailable) return NO_HITS;
      void loadFuzzy();
      return null;
    }
    onPage ??= local.localMatcher(fuzzyFields());
    return onPage(word);
  };

  /**
   * The documents (by position) where `word` stands as a whole word in `field`, optionally followed by
   * "s" or "es" — the same as the regular expression `(^|\W)word(s|es)?($|\W)` on the field.
   */
  const wholeWord = (field: WordField, word: string): Iterable<number> => {
    const index = postings[field];
    const parts = word.split(NOT_ALNUM);
    if (!parts.some(Boolean)) return [];
    if (!NOT_ALNUM.test(word)) {
      const hits = [...(index.get(word) ?? []), ...(index.get(`${word}s`) ?? []), ...(index.get(`${word}es`) ?? [])];
      return new Set(hits);
    }
    // A word with punctuation or spaces ("e-commerce", "science park"): its inner words stand whole in the
    // field (the last may take "s" or "es"), so only the documents that have them all are scanned.
    const whole = new RegExp(`(^|[^a-z0-9])${escape(word)}(s|es)?($|[^a-z0-9])`, 'i');
    const inner = parts.filter(Boolean);
    const lastIsWord = !!parts[parts.length - 1];
    const required = lastIsWord ? inner.slice(0, -1) : inner;
    // The documents that have the first required word, then those of them that have each next one.
    let candidates: Iterable<number> = required.length ? (index.get(required[0]!) ?? []) : docs.keys();
    for (const w of required.slice(1)) {
      const have = new Set(index.get(w) ?? []);
      candidates = [...candidates].filter((i) => have.has(i));
    }
    return [...candidates].filter((i) => whole.test(wordField(docs[i]!, field)));
  };

  /** Ties in rank order by id: each document's place among the ids sorted, and the documents in that order. */
  const byId = Uint32Array.from(
    docs
      .map((d, i) => [d.id, i] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([, i]) => i),
  );
  const idRank = new Uint32Array(docs.length);
  byId.forEach((i, r) => (idRank[i] = r));
  yield;

  /**
   * Per document (by position), the best tier (lower is better; Infinity: no match) at which this word
   * matches: exact tiers first, else, when `typos` and nothing matched exactly, a fuzzy match.
   */
  const wordTiers = (word: string, typos: boolean): Float64Array => {
    const out = new Float64Array(docs.length).fill(Infinity);
    let found = 0;
    const best = (i: number, t: number) => {
      if (out[i] === Infinity) found++;
      if (t < out[i]!) out[i] = t;
    };
    if (han.test(word)) {
      const candidates = new Set<number>();
      hay.short_zh.scan(word, (i) => candidates.add(i));
      docs.forEach((p, i) => {
        if (p.summary_zh.includes(word)) candidates.add(i);
      });
      for (const i of candidates) {
        const p = docs[i]!;
        if (p.name_zh.includes(word)) {
          best(i, p.name_zh.startsWith(word) ? 0 : 0.3);
          continue;
        }
        const [, place_zh = '', industries_zh = ''] = hay.short_zh.value(i).split('\n');
        const t = place_zh.includes(word)
          ? 1
          : industries_zh.includes(word)
            ? 2
            : p.summary_zh.includes(word)
              ? 2.5
              : null;
        if (t !== null) best(i, t);
      }
      return out;
    }
    const letters = word.replace(/[^a-z0-9]/g, '');
    const py = letters.length >= 2;
    // 0–0.4: names. Each tier is read from where the first accepted occurrence in a document is: at the
    // start of the value, or further in (no string per document is made; at 100,000 projects "zhong" is in
    // 40,000 names). The tiers are those of the chain "the English name or the pinyin starts with it (0), the
    // initials start with it (0.1), it starts a later English word (0.2), it starts a later syllable (0.3),
    // the initials have it (0.4, three letters or more)": the best of them is the first that holds.
    const enStarts = hay.name_en.starts;
    hay.name_en.scan(word, (i, at) => best(i, at === enStarts[i] ? 0 : 0.2), atEnWordStart);
    if (py) {
      // A run of letters from a syllable start covers whole syllables (the last may be partial): the
      // pinyin matches by syllable exactly there (syllableMatch, checked by a property test).
      const pyStartsAt = hay.name_py.starts;
      hay.name_py.scan(letters, (i, at) => best(i, at === pyStartsAt[i] ? 0 : 0.3), atPyStart);
      const initialsAt = hay.initials.starts;
      hay.initials.scan(letters, (i, at) => {
        if (at === initialsAt[i]) best(i, 0.1);
        else if (letters.length >= 3) best(i, 0.4);
      });
    }
    // 1.2: the pinyin of places (after the English place words, which the index answers below), for the
    // documents no name matched.
    if (letters.length >= 3)
      hay.place_py.scan(letters, (i) => {
        if (out[i]! > 1.2 && placesPy(docs[i]!).some((x) => syllableMatch(x, letters))) best(i, 1.2);
      });
    // 1 and 2: addresses, industries and summaries, whole words
    for (const [field, tier] of WORD_FIELDS) for (const i of wholeWord(field, word)) best(i, tier);
    if (found || !typos || word.length < FUZZY_MIN_LENGTH) return out;
    const typo = typoHits(word);
    if (typo) for (let k = 0; k < typo.at.length; k++) out[typo.at[k]!] = 3 + typo.score[k]!;
    return out;
  };

  /**
   * One character is the first key of every search, and with many projects the slowest to answer: one letter is
   * in a third of 100,000 names, ≈50 ms to find and rank (issue 12). Its answer (never a typo match: too short)
   * is kept once made, and `warm` makes the letters' and digits' answers ahead, at idle moments.
   */
  const oneChar = new Map<string, Uint32Array>();
  const positions = (q: string, options: SearchOptions = {}): Uint32Array => {
    const query = normalize(q);
    if (query.length !== 1) return rank(query, options);
    let answer = oneChar.get(query);
    if (!answer) oneChar.set(query, (answer = rank(query, options)));
    return answer;
  };
  const rank = (query: string, { typos = true }: SearchOptions): Uint32Array => {
    if (!query) return new Uint32Array(0);
    const words = query.split(' ');
    if (words.some((w) => w.length >= FUZZY_MIN_LENGTH - 1 && !han.test(w))) warmTypos();
    // A document's score is its worst word's tier: every word must match.
    const score = wordTiers(words[0]!, typos);
    for (const w of words.slice(1)) {
      const tiers = wordTiers(w, typos);
      for (let i = 0; i < score.length; i++) if (tiers[i]! > score[i]!) score[i] = tiers[i]!;
    }
    if (words.length > 1) {
      // The whole phrase ("science park") ranks above its words found apart; pinyin typed with spaces
      // ("su jia tuo") also matches the joined syllables. Typos are looked for in each word, not again here.
      const phrase = wordTiers(query, false);
      for (let i = 0; i < score.length; i++) if (phrase[i]! - 0.05 < score[i]!) score[i] = phrase[i]! - 0.05;
      if (!han.test(query)) {
        const joined = wordTiers(words.join(''), false);
        for (let i = 0; i < score.length; i++) if (joined[i]! < score[i]!) score[i] = joined[i]!;
      }
    }
    // By score, ties by id. The scores are a few tiers: each hit gets one number, its score's rank among
    // the distinct scores times n plus its place in id order, and those numbers are sorted natively (a typed
    // array, no comparator). Many distinct scores (typos) are sorted with a comparator instead.
    const hits: number[] = [];
    const distinct: number[] = [];
    for (let i = 0; i < score.length; i++) {
      const sc = score[i]!;
      if (sc === Infinity) continue;
      hits.push(i);
      if (distinct.length <= 64 && !distinct.includes(sc)) distinct.push(sc);
    }
    if (distinct.length > 64) {
      hits.sort((x, y) => score[x]! - score[y]! || idRank[x]! - idRank[y]!);
      return Uint32Array.from(hits);
    }
    distinct.sort((x, y) => x - y);
    const n = docs.length;
    const keys = new Float64Array(hits.length);
    for (let k = 0; k < hits.length; k++) {
      const i = hits[k]!;
      keys[k] = distinct.indexOf(score[i]!) * n + idRank[i]!;
    }
    keys.sort();
    const out = new Uint32Array(hits.length);
    for (let k = 0; k < keys.length; k++) out[k] = byId[keys[k]! % n]!;
    return out;
  };

  // The whole-word postings, a field a step.
  for (const [field] of WORD_FIELDS) {
    postings[field] = buildPostings(docs, field);
    yield;
  }

  return {
    projects,
    warm: (char) => void positions(char),
    positions,
    waitingForTypos: (q) =>
      waiting.size > 0 &&
      normalize(q)
        .split(' ')
        .some((w) => waiting.has(w)),
    search: (q: string, options?: SearchOptions): string[] => Array.from(positions(q, options), (i) => docs[i]!.id),
  };
}
