import { useMemo } from 'react';
import { useAppData } from '../data/queries';
import { useFilters } from '../state/store';
import type { ProjectFilter } from './expression';
import { buildSearchIndex, type SearchIndex } from './search';

const indexCache = new WeakMap<object, SearchIndex>();

/** The search index for the loaded projects, built once per data load. */
export function useSearchIndex(): SearchIndex | null {
  const data = useAppData().data;
  return useMemo(() => {
    if (!data) return null;
    let idx = indexCache.get(data);
    if (!idx) indexCache.set(data, (idx = buildSearchIndex(data.projects.features.map((f) => f.properties))));
    return idx;
  }, [data]);
}

/** The user's current filter (sectors, statuses, areas, and the ids the search text matches). */
export function useProjectFilter(): ProjectFilter {
  const { sectors, statuses, areas, q } = useFilters();
  const index = useSearchIndex();
  return useMemo(
    () => ({ sectors, statuses, areas, ids: q.trim() && index ? index.search(q) : null }),
    [sectors, statuses, areas, q, index],
  );
}
