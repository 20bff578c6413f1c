import { useSelection } from '../selection/SelectionProvider';
import type { ProjectFilter } from './expression';

/** The user's current filter as the map draws it, read from the one selection (computed once per change). */
export function useProjectFilter(): ProjectFilter {
  return useSelection().filter;
}
