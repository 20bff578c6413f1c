/**
 * The results list's orders, as the URL names them (`?sort=`). Apart from the sorting itself (sort.ts), which
 * only the list, loaded after the first view, needs.
 */
export const SORT_KEYS = ['relevance', 'distance', 'name', 'district', 'floor_area'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
