import { createContext, useContext, useDeferredValue, useMemo, type ReactNode } from 'react';
import { useAppData } from '../data/queries';
import { buildSearchIndex, type SearchIndex } from '../filters/search';
import { withinRadius } from '../proximity/proximity';
import { useFilters, useNear, useSelectedDistrict } from '../state/store';
import { computeSelection, type Selection } from './selection';

const indexCache = new WeakMap<object, SearchIndex>();
const SelectionContext = createContext<Selection | null>(null);

/** Computes the selection once for the whole app; the search text is deferred so typing stays fluid. */
export function SelectionProvider({ children }: { children: ReactNode }) {
  const data = useAppData().data;
  const { sectors, statuses, areas, q } = useFilters();
  const open = useSelectedDistrict();
  const query = useDeferredValue(q);
  const nearPlace = useNear();
  const nearKey = nearPlace ? `${nearPlace.lng},${nearPlace.lat},${nearPlace.m}` : '';
  const projects = useMemo(() => data?.projects.features.map((f) => f.properties) ?? [], [data]);
  const index = useMemo(() => {
    if (!data) return null;
    let idx = indexCache.get(data);
    if (!idx) indexCache.set(data, (idx = buildSearchIndex(projects)));
    return idx;
  }, [data, projects]);
  const near = useMemo(() => {
    if (!data || !nearKey) return null;
    const [lng, lat, m] = nearKey.split(',').map(Number) as [number, number, number];
    return withinRadius(data.projects.features, { lng, lat, m });
  }, [data, nearKey]);
  const selection = useMemo(
    () => computeSelection(projects, index, { sectors, statuses, areas, q: query, open, near }),
    [projects, index, sectors, statuses, areas, query, open, near],
  );
  return <SelectionContext.Provider value={selection}>{children}</SelectionContext.Provider>;
}

/** The current selection (see selection.ts). */
export function useSelection(): Selection {
  const s = useContext(SelectionContext);
  if (!s) throw new Error('useSelection needs a <SelectionProvider> above it');
  return s;
}
