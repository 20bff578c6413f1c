/** When the map follows a new filter (issue 12): at once, or once typing pauses. */
import { LARGE_DATA, TYPING_PAUSE_MS } from '../selection/typing';

/** What the map's filter last followed: the search text and the parts a user picks. */
export interface FollowedFilter {
  q: string;
  sectors: readonly string[];
  statuses: readonly string[];
  areas: readonly string[];
}
const sameParts = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);
/**
 * How long the map waits before it draws a new filter (ms). With many points, sending the matches to the
 * map takes the main thread for hundreds of milliseconds (issue 12: ≈300 ms for 33,000 points at 100k); a
 * key typed meanwhile would wait for it. So while only the search text changes, the map waits for a pause
 * in typing, and each key restarts the wait; a sector, status or area ticked, or few points, go at once.
 */
export function mapFollowDelay(last: FollowedFilter | null, now: FollowedFilter, points: number): number {
  if (points <= LARGE_DATA || !last || last.q === now.q) return 0;
  const partsSame =
    sameParts(last.sectors, now.sectors) && sameParts(last.statuses, now.statuses) && sameParts(last.areas, now.areas);
  return partsSame ? TYPING_PAUSE_MS : 0;
}
