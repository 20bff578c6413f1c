/**
 * Typo matching in a worker for large data sets (issue 12: Fuse.js froze the page for seconds at 100,000
 * projects). The worker's side (fuzzyServer) runs here in-process behind a stand-in Worker that answers
 * asynchronously, as a real one does; the answers must be the ones the page's own Fuse gives.
 */
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { toFeature, type DistrictFeature } from '../../geo/build/assemble';
import { syntheticSeeds } from '../../geo/build/synthetic';
import { thinProps } from '../../src/data/details';
import {
  fuzzyServer,
  shardFields,
  valueAt,
  type FromFuzzyWorker,
  type FuzzyFields,
  type ToFuzzyWorker,
} from '../../src/filters/fuzzy';
import { ANSWER_TIMEOUT_MS, remoteFuzzy, type FuzzyWorkerLike } from '../../src/filters/fuzzyRemote';
import { buildSearchIndex, loadFuzzy, onFuzzyReady, typosPending } from '../../src/filters/search';
import { computeSelection } from '../../src/selection/selection';
import { LARGE_DATA } from '../../src/selection/typing';
import { makeProject } from '../fixtures/factories';

/** A Worker stand-in: the real worker's handler, answering in a later task; counts the messages it got. */
class FakeWorker implements FuzzyWorkerLike {
  static created = 0;
  static received: ToFuzzyWorker[] = [];
  onmessage: ((e: MessageEvent<FromFuzzyWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  private readonly answer = fuzzyServer(Fuse);
  constructor() {
    FakeWorker.created++;
  }
  postMessage(m: ToFuzzyWorker) {
    FakeWorker.received.push(m);
    setTimeout(() => {
      const reply = this.answer(structuredClone(m));
      if (reply && !this.terminated) this.onmessage?.({ data: reply } as MessageEvent<FromFuzzyWorker>);
    });
  }
  terminate() {
    this.terminated = true;
  }
}

const fields = (values: { name_en: string; name_py: string; place_py: string }[]): FuzzyFields => {
  const join = (vs: string[]) => {
    const starts = new Uint32Array(vs.length + 1);
    let at = 0;
    vs.forEach((v, i) => {
      starts[i] = at;
      at += v.length + 1;
    });
    starts[vs.length] = at;
    return { text: vs.join('\n'), starts };
  };
  return {
    name_en: join(values.map((v) => v.name_en)),
    name_py: join(values.map((v) => v.name_py)),
    place_py: join(values.map((v) => v.place_py)),
  };
};
const SMALL = fields([
  { name_en: 'sujiatuo central hospital', name_py: 'sujiatuozhongxinyiyuan', place_py: 'sujiatuo' },
  { name_en: 'wenquan science park', name_py: 'wenquankejiyuan', place_py: 'wenquan' },
]);
const nextAnswer = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

describe('the remote typo matcher', () => {
  afterEach(() => {
    FakeWorker.created = 0;
    FakeWorker.received = [];
  });

  it('asks once per word, answers later, keeps the answer, and says when it came', async () => {
    const changed = vi.fn();
    const remote = remoteFuzzy(SMALL, changed, () => new FakeWorker());
    expect(remote.hits('hospitl')).toBeNull();
    expect(remote.hits('hospitl')).toBeNull();
    expect(remote.pending()).toBe(true);
    await nextAnswer();
    expect(changed).toHaveBeenCalledOnce();
    expect(remote.pending()).toBe(false);
    expect(Array.from(remote.hits('hospitl')!.at)).toEqual([0]);
    // One worker, sent the documents once and the word once.
    expect(FakeWorker.created).toBe(1);
    expect(FakeWorker.received.map((m) => m.type)).toEqual(['docs', 'search']);
  });

  it('gives the worker up when it fails, so the page matches typos itself', async () => {
    const changed = vi.fn();
    const broken = new FakeWorker();
    broken.postMessage = () => setTimeout(() => broken.onerror?.({} as ErrorEvent));
    const remote = remoteFuzzy(SMALL, changed, () => broken);
    expect(remote.hits('hospitl')).toBeNull();
    await nextAnswer();
    expect(remote.failed).toBe(true);
    expect(remote.pending()).toBe(false);
    expect(broken.terminated).toBe(true);
    expect(changed).toHaveBeenCalledOnce();
    // A worker that cannot even start (a blocked script, say).
    const never = remoteFuzzy(SMALL, vi.fn(), () => {
      throw new Error('blocked');
    });
    expect(never.hits('hospitl')).toBeNull();
    expect(never.failed).toBe(true);
  });

  it('treats an error answer as a failed worker', async () => {
    const remote = remoteFuzzy(SMALL, vi.fn(), () => {
      const w = new FakeWorker();
      w.postMessage = (m) =>
        m.type === 'search' &&
        setTimeout(() => w.onmessage?.({ data: { type: 'error', word: m.word, message: 'x' } } as MessageEvent));
      return w;
    });
    remote.hits('hospitl');
    await nextAnswer();
    expect(remote.failed).toBe(true);
  });

  it('shares the documents out to several workers and merges their answers into the one-index answer', async () => {
    const names = Array.from({ length: 50 }, (_, i) =>
      i % 7 === 0 ? `sujiatuo central hospital ${i}` : `wenquan science park ${i}`,
    );
    const many = fields(names.map((v) => ({ name_en: v, name_py: v.replace(/ /g, ''), place_py: 'haidian' })));
    // A shard's documents are the same values, numbered from 0.
    const shard = shardFields(many, 20, 35);
    expect(Array.from({ length: 15 }, (_, i) => valueAt(shard.name_py, i))).toEqual(
      Array.from({ length: 15 }, (_, i) => valueAt(many.name_py, 20 + i)),
    );
    const pairs = async (shards: number) => {
      const remote = remoteFuzzy(many, vi.fn(), () => new FakeWorker(), shards);
      remote.hits('hospitl');
      await vi.waitFor(() => expect(remote.pending()).toBe(false));
      const h = remote.hits('hospitl')!;
      return Array.from(h.at, (at, k) => [at, h.score[k]!]).sort((a, b) => a[0]! - b[0]!);
    };
    const one = await pairs(1);
    expect(one.map(([at]) => at)).toEqual(names.flatMap((v, i) => (v.includes('hospital') ? [i] : [])));
    FakeWorker.created = 0;
    expect(await pairs(3)).toEqual(one);
    expect(FakeWorker.created).toBe(3);
  });

  it('gives a silent worker up after a while, rather than looking for ever', () => {
    vi.useFakeTimers();
    try {
      const changed = vi.fn();
      const silent = new FakeWorker();
      silent.postMessage = () => undefined;
      const remote = remoteFuzzy(SMALL, changed, () => silent);
      expect(remote.hits('hospitl')).toBeNull();
      vi.advanceTimersByTime(ANSWER_TIMEOUT_MS - 1);
      expect(remote.failed).toBe(false);
      vi.advanceTimersByTime(1);
      expect(remote.failed).toBe(true);
      expect(remote.pending()).toBe(false);
      expect(silent.terminated).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets its workers go when disposed (the data was replaced)', async () => {
    const made: FakeWorker[] = [];
    const remote = remoteFuzzy(SMALL, vi.fn(), () => (made.push(new FakeWorker()), made.at(-1)!), 2);
    remote.warm();
    remote.dispose();
    expect(made.map((w) => w.terminated)).toEqual([true, true]);
    expect(remote.hits('hospitl')).toBeNull();
    expect(remote.failed).toBe(true);
    await nextAnswer();
    expect(made).toHaveLength(2);
  });

  it('answers a search before the documents with an error, not a crash', () => {
    expect(fuzzyServer(Fuse)({ type: 'search', word: 'hospitl' })).toMatchObject({ type: 'error' });
  });
});

describe('a large index matches typos in its worker', () => {
  beforeAll(() => loadFuzzy());
  const districts = (
    JSON.parse(readFileSync('geo/beijing-districts.geojson', 'utf8')) as { features: DistrictFeature[] }
  ).features;
  const projects = syntheticSeeds(LARGE_DATA + 12, districts).map((s) =>
    thinProps(toFeature(s, s.location.type === 'point' ? [s.location.coordinates!] : []).properties),
  );

  it('finds what the page itself would, once the worker has answered', async () => {
    const onPage = buildSearchIndex(projects);
    vi.stubGlobal('Worker', FakeWorker);
    try {
      const large = buildSearchIndex(projects);
      // "Huilongguan" misspelt: nothing matches exactly.
      const typo = 'huilongguna';
      const expected = onPage.search(typo);
      expect(expected.length).toBeGreaterThan(100);
      // As the selection does: search again whenever typo matching can answer more.
      const answers: string[][] = [];
      const off = onFuzzyReady(() => answers.push(large.search(typo)));
      expect(large.search(typo)).toEqual([]);
      expect(typosPending()).toBe(true);
      expect(large.waitingForTypos!(` ${typo.toUpperCase()} `)).toBe(true);
      await vi.waitFor(() => expect(answers.at(-1)).toEqual(expected));
      off();
      expect(typosPending()).toBe(false);
      expect(large.waitingForTypos!(typo)).toBe(false);
      // Exact matches never wait for the worker.
      expect(large.search('huilongguan')).toEqual(onPage.search('huilongguan'));
      expect(FakeWorker.received.filter((m) => m.type === 'search')).toHaveLength(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('the selection while typo matches are on their way', () => {
  const projects = [makeProject({ id: 'a' })];
  const index = { search: () => [], prepare: () => {}, waitingForTypos: (q: string) => q === 'hospitl' };
  const input = { sectors: [], statuses: [], areas: [], open: null };

  it('says so to the list, and tells the map to keep what it draws', () => {
    const s = computeSelection(projects, index, { ...input, q: 'hospitl' });
    expect(s.typosPending).toBe(true);
    expect(s.filter.typosPending).toBe(true);
  });

  it('does not wait when the search did not ask for typos, or asked for none', () => {
    expect(computeSelection(projects, index, { ...input, q: 'hospitl', typos: false }).typosPending).toBe(false);
    const done = computeSelection(projects, index, { ...input, q: 'hospital' });
    expect(done.typosPending).toBe(false);
    expect(done.filter.typosPending).toBeUndefined();
  });
});
