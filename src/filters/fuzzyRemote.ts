/**
 * The page's side of typo matching in a worker (fuzzy.worker.ts), for large data sets (issue 12). A word's
 * typo matches are asked for once and kept; until they arrive the search answers without them, and
 * `onChange` is called when they do (or when the worker fails), so the selection searches again and finds
 * them in the cache. A worker that fails to start or answer is given up for good: `failed` tells the search
 * to match typos on the page instead.
 */
import { shardFields, type FromFuzzyWorker, type FuzzyFields, type FuzzyHits, type ToFuzzyWorker } from './fuzzy';

/** What the remote needs of a worker (a real Worker, or a stand-in in tests). */
export interface FuzzyWorkerLike {
  postMessage(m: ToFuzzyWorker): void;
  onmessage: ((e: MessageEvent<FromFuzzyWorker>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface RemoteFuzzy {
  /** Starts the worker and sends it the documents, so it builds its index before the first typo. */
  warm(): void;
  /** The word's typo matches if known; otherwise asks for them (once) and returns null. */
  hits(word: string): FuzzyHits | null;
  /** Whether a word asked for has not been answered yet. */
  pending(): boolean;
  /** Whether this word has been asked for and not answered yet. */
  waiting(word: string): boolean;
  /** The worker could not be used: match typos on the page. */
  readonly failed: boolean;
  /** Stops the workers (their index's data was replaced); any later question is matched on the page. */
  dispose(): void;
}

/** Answers kept, most recent last: a typed query asks for a few words, and edits come back to them. */
const KEEP = 64;
/**
 * A word not answered by then gives the workers up, for the page's own matcher: a worker can be killed
 * without an error event (out of memory on a phone), and the list would say it is looking for ever. At
 * 100,000 projects one word takes ≈1–2 s here (tests/perf/typo.ts).
 */
export const ANSWER_TIMEOUT_MS = 20_000;
/**
 * Workers the documents are shared out to, each with its own Fuse index over a run of them: a word is searched
 * in all at once, on as many cores as the device has (at most 4). Fuse scores each document on its own, so the
 * answers are the same as one index's.
 */
const shardCount = (n: number) =>
  Math.max(1, Math.min(4, globalThis.navigator?.hardwareConcurrency ?? 1, Math.ceil(n / 20_000)));

const startWorker = (): FuzzyWorkerLike =>
  new Worker(new URL('./fuzzy.worker.ts', import.meta.url), { type: 'module', name: 'typo matching' });

export function remoteFuzzy(
  fields: FuzzyFields,
  onChange: () => void,
  create: () => FuzzyWorkerLike = startWorker,
  shards = shardCount(fields.name_en.starts.length - 1),
): RemoteFuzzy {
  const n = fields.name_en.starts.length - 1;
  /** Where each shard's documents start (and, last, n). */
  const bounds = Array.from({ length: shards + 1 }, (_, k) => Math.round((k * n) / shards));
  const known = new Map<string, FuzzyHits>();
  /** Words asked, with the shards' answers so far. */
  const asked = new Map<string, (FuzzyHits | undefined)[]>();
  let workers: FuzzyWorkerLike[] | null = null;
  let failed = false;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const stop = () => {
    failed = true;
    asked.clear();
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
    for (const w of workers ?? []) w.terminate();
    workers = null;
  };
  const fail = () => {
    if (failed) return;
    stop();
    // Not during the search that found out (a render): the selection hears it after.
    queueMicrotask(onChange);
  };
  const answered = (word: string, shard: number, hits: FuzzyHits) => {
    const parts = asked.get(word);
    if (!parts) return;
    parts[shard] = hits;
    if (parts.some((p) => !p)) return;
    asked.delete(word);
    clearTimeout(timers.get(word));
    timers.delete(word);
    known.set(word, merge(parts as FuzzyHits[], bounds));
    if (known.size > KEEP) known.delete(known.keys().next().value!);
    onChange();
  };
  const connect = (): FuzzyWorkerLike[] | null => {
    if (workers || failed) return workers;
    const started: FuzzyWorkerLike[] = [];
    try {
      for (let k = 0; k < shards; k++) started.push(create());
    } catch {
      workers = started;
      fail();
      return null;
    }
    workers = started;
    started.forEach((w, k) => {
      w.onmessage = ({ data }) => {
        if (data.type === 'error') fail();
        else answered(data.word, k, { at: data.at, score: data.score });
      };
      w.onerror = () => fail();
      w.postMessage({ type: 'docs', fields: shardFields(fields, bounds[k]!, bounds[k + 1]!) });
    });
    return workers;
  };
  return {
    warm: () => void connect(),
    hits(word) {
      const hit = known.get(word);
      if (hit) return hit;
      if (!asked.has(word)) {
        const ws = connect();
        if (ws) {
          asked.set(
            word,
            ws.map(() => undefined),
          );
          timers.set(word, setTimeout(fail, ANSWER_TIMEOUT_MS));
          for (const w of ws) w.postMessage({ type: 'search', word });
        }
      }
      return null;
    },
    pending: () => asked.size > 0,
    waiting: (word) => asked.has(word),
    get failed() {
      return failed;
    },
    dispose: () => {
      if (!failed) stop();
    },
  };
}

/** The shards' hits as one answer, each shard's positions moved to where its documents start. */
function merge(parts: readonly FuzzyHits[], bounds: readonly number[]): FuzzyHits {
  const total = parts.reduce((t, p) => t + p.at.length, 0);
  const at = new Uint32Array(total);
  const score = new Float64Array(total);
  let o = 0;
  parts.forEach((p, k) => {
    for (let j = 0; j < p.at.length; j++) at[o + j] = p.at[j]! + bounds[k]!;
    score.set(p.score, o);
    o += p.at.length;
  });
  return { at, score };
}
