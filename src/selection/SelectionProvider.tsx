import {
  createContext,
  useContext,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useAppData } from '../data/queries';
import type { ProjectProps } from '../data/model';
import {
  searchIndexSteps,
  fuzzyVersion,
  loadFuzzy,
  mayMatchTypos,
  onFuzzyReady,
  type SearchIndex,
  WARM_CHARS,
} from '../filters/search';
import { withinRadius } from '../proximity/proximity';
import { useAreas, useNear, useSearchText, useSectors, useSelectedDistrict, useStatuses } from '../state/store';
import { computeSelection, prepareSelection, type Selection } from './selection';
import { useAfterFirstView } from '../ui/afterFirstView';
import { LARGE_DATA, TYPING_PAUSE_MS } from './typing';

const indexCache = new WeakMap<object, SearchIndex>();
/** An index being built a part at a time (at idle moments after load), until it is done. */
const indexBuilds = new WeakMap<object, Generator<void, SearchIndex, undefined>>();
/**
 * The search index of these projects, built once: a part at each idle moment after load (`buildIndexStep`),
 * or what is left of it at once on a search that comes first.
 */
function indexOf(projects: readonly ProjectProps[]): SearchIndex {
  while (!buildIndexStep(projects)) continue;
  return indexCache.get(projects)!;
}
/** Builds one part of the index (issue 12: the whole was one task of ≈1.4 s at 100,000); true once it is built. */
function buildIndexStep(projects: readonly ProjectProps[]): boolean {
  if (indexCache.has(projects)) return true;
  let steps = indexBuilds.get(projects);
  if (!steps) indexBuilds.set(projects, (steps = searchIndexSteps(projects)));
  let step: IteratorResult<void, SearchIndex>;
  try {
    step = steps.next();
  } catch (error) {
    // A build that threw is dropped, so the next search starts again rather than taking no index.
    indexBuilds.delete(projects);
    throw error;
  }
  if (!step.done) return false;
  indexBuilds.delete(projects);
  indexCache.set(projects, step.value);
  return true;
}
/** Runs `f` when the main thread is next idle, at the latest a second from now (MapLibre drawing tiles can leave no idle time). */
function whenIdle(f: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const h = requestIdleCallback(f, { timeout: 1000 });
    return () => cancelIdleCallback(h);
  }
  const h = setTimeout(f, 200);
  return () => clearTimeout(h);
}
/**
 * Runs `f` in an idle period with room left in it (no forced deadline), so that work made ahead never falls
 * between two keys typed or a map redraw.
 */
function whenQuiet(f: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') return whenIdle(f);
  let h = 0;
  const wait = () => {
    h = requestIdleCallback((deadline) => (deadline.timeRemaining() >= 20 ? f() : wait()));
  };
  wait();
  return () => cancelIdleCallback(h);
}
const SelectionContext = createContext<Selection | null>(null);

/** Computes the selection once for the whole app, in the render of the change that asks for it. */
export function SelectionProvider({ children }: { children: ReactNode }) {
  const data = useAppData().data;
  const sectors = useSectors();
  const statuses = useStatuses();
  const areas = useAreas();
  const q = useSearchText();
  const open = useSelectedDistrict();
  // Typo matching loads on demand, and with many projects answers from a worker: when it can answer more, the
  // same query is searched again.
  const fuzzy = useSyncExternalStore(onFuzzyReady, fuzzyVersion, fuzzyVersion);
  const nearPlace = useNear();
  const nearKey = nearPlace ? `${nearPlace.lng},${nearPlace.lat},${nearPlace.m}` : '';
  const projects = useMemo(() => data?.projects.features.map((f) => f.properties) ?? [], [data]);
  const large = projects.length > LARGE_DATA;
  // The search goes in the keystroke's own render at every size. With 100,000 projects it was deferred to a
  // render of its own (useDeferredValue) so the box would show the key at once; once the index made a search
  // take ≈5–20 ms, that second render cost more than it saved: "ho" 53 ms from key to list deferred, 28 ms
  // not, and the key's next paint up to 500 ms deferred against 184 not (issue 12, BENCHMARKS.md, session 20).
  // What still takes long waits for a pause in typing instead: typo matching (below) and the map (useMapSync).
  // Except a key typed while the index is still being made (in the first seconds after a large load): what is
  // left of it (up to ≈1 s at 100,000) goes in a render of its own, after the box has shown the key.
  const deferred = useDeferredValue(q);
  const query = large && q.trim() && !indexCache.has(projects) ? deferred : q;
  // Typo matching (Fuse over every name) takes ≈0.6–1.5 s at 100,000 projects, for every key of a word that
  // matches nothing exactly: with many projects it waits until typing pauses, and exact matches show at once.
  // `pausedAt` is the text typing last paused at; until the data is large it follows the text at once, so a
  // search from the link is matched with typos as soon as the data has loaded.
  const [pausedAt, setPausedAt] = useState(q);
  if (!large && pausedAt !== q) setPausedAt(q);
  useEffect(() => {
    if (!large || q === pausedAt) return;
    const timer = setTimeout(() => setPausedAt(q), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [large, q, pausedAt]);
  // Short words are never matched with typos: the answer is the same either way, so it is not searched again.
  const typos = !large || query === pausedAt || !mayMatchTypos(query);
  // The index is needed only to search: it is built when the page is idle, so the first view does not wait
  // for it, and the first keystroke does not either.
  // With many projects the answers to one letter or digit are made too, one per idle moment: the first key of
  // a search then only counts and lists (issue 12: "h" at 100,000 projects spent ≈50 ms ranking a third of them).
  useEffect(() => {
    if (!projects.length) return;
    const built = () => {
      const index = indexOf(projects);
      if (!large || !index.warm) return;
      const next = (k: number) => {
        if (k === WARM_CHARS.length) return;
        cancel = whenQuiet(() => {
          index.warm!(WARM_CHARS[k]!);
          next(k + 1);
        });
      };
      next(0);
    };
    // The index a part per idle moment, then the one-character answers.
    const build = () => {
      if (buildIndexStep(projects)) built();
      else cancel = whenIdle(build);
    };
    let cancel = whenIdle(() => {
      prepareSelection(projects);
      build();
    });
    return () => cancel();
  }, [projects, large]);
  // Typo matching on the page (Fuse.js, ≈9 kB gz) loads once the first view is done (the map has drawn or
  // failed, or the user has acted): the first view does not need it (issue 12: it was fetched inside the first
  // view). A typo before then loads it itself; a large data set matches typos in workers, started by the first typo.
  const afterFirstView = useAfterFirstView();
  // (Not before the projects have loaded: large data, whose map draws before them, matches typos in workers.)
  const loaded = projects.length > 0;
  useEffect(
    () => (afterFirstView && loaded && !large ? whenIdle(() => void loadFuzzy()) : undefined),
    [afterFirstView, loaded, large],
  );
  const near = useMemo(() => {
    if (!data || !nearKey) return null;
    const [lng, lat, m] = nearKey.split(',').map(Number) as [number, number, number];
    return withinRadius(data.projects.features, { lng, lat, m });
  }, [data, nearKey]);
  const selection = useMemo(
    () =>
      computeSelection(projects, query.trim() ? indexOf(projects) : null, {
        sectors,
        statuses,
        areas,
        q: query,
        typos,
        open,
        near,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `fuzzy` changes what the index finds for a typo
    [projects, sectors, statuses, areas, query, typos, open, near, fuzzy],
  );
  return <SelectionContext.Provider value={selection}>{children}</SelectionContext.Provider>;
}

/** The current selection (see selection.ts). */
export function useSelection(): Selection {
  const s = useContext(SelectionContext);
  if (!s) throw new Error('useSelection needs a <SelectionProvider> above it');
  return s;
}
