import { describe, expect, it } from 'vitest';
import { EMPTY_URL_STATE, isNavigation, parseUrl, serializeUrl } from '../../src/state/url';

describe('URL state', () => {
  it('round-trips a full view', () => {
    const s = {
      ...EMPTY_URL_STATE,
      project: 'zgc-wenquan-science-park-phase-2',
      lang: 'en' as const,
      camera: { lng: 116.18, lat: 40.04, zoom: 12 },
      sectors: ['education' as const, 'healthcare' as const],
      statuses: ['planned' as const],
      areas: ['110108' as const, 'bda' as const],
      q: '中关村',
      compare: [],
    };
    expect(parseUrl(serializeUrl(s))).toEqual(s);
  });

  it('reads the documented parameters', () => {
    expect(parseUrl('?district=110108&lang=zh')).toMatchObject({ district: '110108', lang: 'zh' });
    expect(parseUrl('?project=abc-1')).toMatchObject({ project: 'abc-1' });
    expect(parseUrl('?compare=110108,110114,bda')).toMatchObject({ compare: ['110108', '110114', 'bda'] });
  });

  it('ignores unknown or malformed values without throwing', () => {
    const s = parseUrl(
      '?project=%3Cscript%3E&district=999&lang=fr&view=1,2&sector=education,casino&status=maybe&area=110108,xx&compare=a,b&zzz=1',
    );
    expect(s).toEqual({ ...EMPTY_URL_STATE, sectors: ['education'], areas: ['110108'] });
    expect(parseUrl('?view=NaN,40,10').camera).toBeNull();
    expect(parseUrl('?view=116,40,99').camera).toBeNull();
    expect(parseUrl('%%%').project).toBeNull();
    expect(parseUrl(`?q=${'x'.repeat(500)}`).q).toHaveLength(100);
  });

  it('keeps at most four compared areas and drops duplicates', () => {
    expect(parseUrl('?compare=110101,110101,110102,110105,110106,110107').compare).toEqual([
      '110101',
      '110102',
      '110105',
      '110106',
    ]);
  });

  it('treats a new selection as navigation, and a camera move as not', () => {
    const a = EMPTY_URL_STATE;
    expect(isNavigation(a, { ...a, project: 'x' })).toBe(true);
    expect(isNavigation(a, { ...a, camera: { lng: 1, lat: 2, zoom: 3 } })).toBe(false);
  });
});
