import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CAMERA_BOUNDS,
  EMPTY_URL_STATE,
  isNavigation,
  onHistoryMove,
  PARAMS,
  parseUrl,
  serializeUrl,
  type UrlState,
} from '../../src/state/url';

/** One changed value per parameter, and whether that change must make a history entry. */
const CHANGES: { key: keyof UrlState; value: UrlState[keyof UrlState]; history: boolean }[] = [
  { key: 'project', value: 'zhongguancun-no-1', history: true },
  { key: 'district', value: '110114', history: true },
  { key: 'compare', value: ['110108', '110114'], history: true },
  { key: 'panel', value: 'parks', history: true },
  { key: 'sectors', value: ['education'], history: false },
  { key: 'statuses', value: ['planned'], history: false },
  { key: 'areas', value: ['110108'], history: false },
  { key: 'q', value: '中关村', history: false },
  { key: 'sort', value: 'floor_area', history: false },
  { key: 'camera', value: { lng: 116.3, lat: 40, zoom: 11 }, history: false },
  { key: 'lang', value: 'en', history: false },
  { key: 'basemap', value: 'osm', history: false },
  { key: 'near', value: { lng: 116.3, lat: 40.05, m: 1000 }, history: false },
  { key: 'choropleth', value: 'density', history: false },
];

describe('URL history: which parameters make a history entry', () => {
  it('the table covers every parameter of the registry', () => {
    expect(CHANGES.map((c) => c.key).sort()).toEqual(PARAMS.map((p) => p.key).sort());
  });

  for (const c of CHANGES)
    it(`${c.key}: ${c.history ? 'a new entry' : 'replaces the entry'}`, () => {
      const b = { ...EMPTY_URL_STATE, [c.key]: c.value };
      expect(isNavigation(EMPTY_URL_STATE, b)).toBe(c.history);
      expect(isNavigation(b, EMPTY_URL_STATE)).toBe(c.history);
    });

  it('Back/Forward keep the current language but restore everything else the entry had', () => {
    const current = { ...EMPTY_URL_STATE, lang: 'en' as const, project: 'b' };
    const entry = { ...EMPTY_URL_STATE, lang: 'zh' as const, project: 'a', sectors: ['education' as const] };
    expect(onHistoryMove(current, entry)).toEqual({ ...entry, lang: 'en' });
  });
});

describe('URL parsing of malformed values', () => {
  it('drops an empty or partial camera instead of reading it as 0,0,0', () => {
    for (const v of [',,', '116.3,,11', ',40,11', '116.3,40,', '1e2,40,11', '116.3,40,11,4', ' 116,40,11'])
      expect(parseUrl(`?view=${v}`).camera, v).toBeNull();
    expect(parseUrl('?view=116.3,40,11').camera).toEqual({ lng: 116.3, lat: 40, zoom: 11 });
  });

  it("drops a camera outside Beijing's bounds", () => {
    expect(parseUrl('?view=0,0,3').camera).toBeNull();
    expect(parseUrl('?view=-116.3,40,11').camera).toBeNull();
    expect(parseUrl(`?view=${CAMERA_BOUNDS.lng[1] + 0.1},40,11`).camera).toBeNull();
  });

  it('cuts a long query without splitting a surrogate pair', () => {
    const q = `${'x'.repeat(99)}😀😀`;
    const got = parseUrl(`?q=${encodeURIComponent(q)}`).q;
    expect(Array.from(got)).toHaveLength(100);
    expect(got.endsWith('😀')).toBe(true);
    expect(got).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('reads and writes the sort, leaving the default out', () => {
    expect(parseUrl('?sort=floor_area').sort).toBe('floor_area');
    expect(parseUrl('?sort=price').sort).toBe('relevance');
    expect(serializeUrl({ ...EMPTY_URL_STATE, sort: 'floor_area' })).toBe('?sort=floor_area');
    expect(serializeUrl({ ...EMPTY_URL_STATE, sort: 'relevance' })).toBe('');
  });

  it('any string: never throws, and gives a state whose every value is valid or the default', () => {
    const names = PARAMS.map((p) => p.name);
    const query = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .array(fc.tuple(fc.constantFrom(...names, 'zzz'), fc.string({ unit: 'binary', maxLength: 40 })), {
          maxLength: 8,
        })
        .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
    );
    fc.assert(
      fc.property(query, (search) => {
        const s = parseUrl(search);
        // What it writes reads back to itself: every kept value is valid.
        expect(parseUrl(serializeUrl(s))).toEqual(s);
        expect(Object.keys(s).sort()).toEqual(Object.keys(EMPTY_URL_STATE).sort());
        if (s.camera) {
          expect(s.camera.lng).toBeGreaterThanOrEqual(CAMERA_BOUNDS.lng[0]);
          expect(Number.isFinite(s.camera.zoom)).toBe(true);
        }
        expect(Array.from(s.q).length).toBeLessThanOrEqual(100);
      }),
      { numRuns: 500 },
    );
  });
});
