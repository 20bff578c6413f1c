import type { ProjectFilter } from './expression';

/** Whether any filter or search is active (the selection module counts the facets). */
export const isFiltered = (f: ProjectFilter): boolean =>
  !!(f.sectors.length || f.statuses.length || f.areas.length || (f.drawn ? f.drawn.byId : f.ids));
