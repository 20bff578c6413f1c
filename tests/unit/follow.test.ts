import { describe, expect, it } from 'vitest';
import { mapFollowDelay, type FollowedFilter } from '../../src/map/follow';
import { LARGE_DATA, TYPING_PAUSE_MS } from '../../src/selection/typing';

const f = (over: Partial<FollowedFilter> = {}): FollowedFilter => ({
  q: '',
  sectors: [],
  statuses: [],
  areas: [],
  ...over,
});
const MANY = LARGE_DATA + 1;

describe('mapFollowDelay: when the map follows a new filter', () => {
  it('waits for a pause in typing when only the search text changed, with many points', () => {
    expect(mapFollowDelay(f({ q: 'h' }), f({ q: 'ho' }), MANY)).toBe(TYPING_PAUSE_MS);
    expect(mapFollowDelay(f(), f({ q: 'h', sectors: ['school'] }), MANY)).toBe(0);
    expect(mapFollowDelay(f({ q: 'h', sectors: ['school'] }), f({ q: 'ho', sectors: ['school'] }), MANY)).toBe(
      TYPING_PAUSE_MS,
    );
  });
  it('goes at once for a ticked sector, status or area, or when the text is unchanged', () => {
    expect(mapFollowDelay(f({ q: 'h' }), f({ q: 'h', sectors: ['school'] }), MANY)).toBe(0);
    expect(mapFollowDelay(f({ q: 'h' }), f({ q: 'ho', statuses: ['planned'] }), MANY)).toBe(0);
    expect(mapFollowDelay(f({ q: 'h', areas: ['110108'] }), f({ q: 'ho' }), MANY)).toBe(0);
    expect(mapFollowDelay(f({ q: 'h' }), f({ q: 'h' }), MANY)).toBe(0);
  });
  it('goes at once with few points, and for the first filter', () => {
    expect(mapFollowDelay(f({ q: 'h' }), f({ q: 'ho' }), LARGE_DATA)).toBe(0);
    expect(mapFollowDelay(null, f({ q: 'ho' }), MANY)).toBe(0);
  });
});
