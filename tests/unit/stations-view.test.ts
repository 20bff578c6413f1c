import { describe, expect, it } from 'vitest';
import { viewShowsStations } from '../../src/data/queries';
import { EMPTY_URL_STATE } from '../../src/state/url';

describe('viewShowsStations: which views need the metro stations at once (issue 12)', () => {
  it('the default city view does not: they load once the first view is done', () => {
    expect(viewShowsStations(EMPTY_URL_STATE)).toBe(false);
    expect(viewShowsStations({ ...EMPTY_URL_STATE, camera: { lng: 116.4, lat: 39.9, zoom: 10.49 } })).toBe(false);
    expect(viewShowsStations({ ...EMPTY_URL_STATE, q: '  ' })).toBe(false);
  });
  it('a zoom they are drawn at, a project, proximity or a search does', () => {
    expect(viewShowsStations({ ...EMPTY_URL_STATE, camera: { lng: 116.4, lat: 39.9, zoom: 10.5 } })).toBe(true);
    expect(viewShowsStations({ ...EMPTY_URL_STATE, project: 'zgc-wenquan-science-park-phase-2' })).toBe(true);
    expect(viewShowsStations({ ...EMPTY_URL_STATE, near: { lng: 116.3, lat: 40.05, m: 1000 } })).toBe(true);
    expect(viewShowsStations({ ...EMPTY_URL_STATE, q: 'xierqi' })).toBe(true);
  });
});
