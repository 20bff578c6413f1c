import { createContext, useContext, useDeferredValue, useMemo, type ReactNode } from 'react';
import { useAppData } from '../data/queries';
import { buildSearchIndex, type SearchIndex } from '../filters/search';
import { useFilters, useSelectedDistrict } from '../state/store';
import { computeSelection, type Selection } from './selection';

const indexCache = new WeakMap<object, SearchIndex>();
const SelectionContext = createContext<Selection | null>(null);

/** Computes the selection once for the whole app; the search text is deferred so typing stays fluid. */
export function SelectionProvider({ children }: { children: ReactNode }) {
  const data = useAppData().data;
  const { sectors, statuses, areas, q } = useFilters();
  const open = useSelectedDistrict();
  const query = useDeferredValue(q);
  const projects = useMemo(() => data?.projects.features.map((f) => f.properties) ?? [], [data]);
  const index = useMemo(() => {
    if (!data) return null;
    let idx = indexCache.get(data);
    if (!idx) indexCache.set(data, (idx = buildSearchIndex(projects)));
    return idx;
  }, [data, projects]);
  const selection = useMemo(
    () => computeSelection(projects, index, { sectors, statuses, areas, q: query, open }),
    [projects, index, sectors, statuses, areas, query, open],
  );
  return <SelectionContext.Provider value={selection}>{children}</SelectionContext.Provider>;
}

/** The current selection (see selection.ts). */
export function useSelection(): Selection {
  const s = useContext(SelectionContext);
  if (!s) throw new Error('useSelection needs a <SelectionProvider> above it');
  return s;
}
