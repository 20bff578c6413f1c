/** Proximity maths, class breaks, places search and the near/choropleth URL parameters (issue 11, part A). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classBreaks, classIndex, computeChoropleth, districtValues } from '../../src/choropleth/choropleth';
import type { Profile, ProjectFeature, ProjectProps } from '../../src/data/model';
import { sortProjects } from '../../src/list/sort';
import { buildPlaces, normalise, searchPlaces } from '../../src/places/places';
import { formatDistance } from '../../src/proximity/format';
import { distanceTo, isApproximate, nearestStations, withinRadius } from '../../src/proximity/proximity';
import { computeSelection } from '../../src/selection/selection';
import { EMPTY_URL_STATE, parseUrl, serializeUrl } from '../../src/state/url';

/** Haversine on the mean Earth radius, written out independently of turf. */
function haversine(a: readonly number[], b: readonly number[]): number {
  const R = 6371008.8;
  const rad = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(rad(b[1]! - a[1]!) / 2) ** 2 +
    Math.cos(rad(a[1]!)) * Math.cos(rad(b[1]!)) * Math.sin(rad(b[0]! - a[0]!) / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

const pt = (id: string, lng: number, lat: number, precision = 'site'): ProjectFeature =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lng, lat] },
    properties: { id, precision },
  }) as unknown as ProjectFeature;

const XIERQI: [number, number] = [116.300181, 40.051716];

describe('proximity maths', () => {
  it('counts the same projects as a haversine count, for random points and radii around Beijing', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 116.0, max: 116.7, noNaN: true }),
            fc.double({ min: 39.7, max: 40.3, noNaN: true }),
          ),
          { minLength: 1, maxLength: 60 },
        ),
        fc.integer({ min: 500, max: 10000 }),
        (coords, m) => {
          const features = coords.map(([lng, lat], i) => pt(`p${i}`, lng, lat));
          const got = withinRadius(features, { lng: XIERQI[0], lat: XIERQI[1], m });
          // Away from the edge (±0.5 m, rounding), turf and the haversine agree on every project.
          for (const [i, c] of coords.entries()) {
            const h = haversine(XIERQI, c);
            if (Math.abs(h - m) < 0.5) continue;
            expect(got.has(`p${i}`), `p${i} at ${h} m`).toBe(h <= m);
            if (h <= m) expect(Math.abs(got.get(`p${i}`)! - h)).toBeLessThan(0.5);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('measures a line by its nearest part, not its vertices', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [[116.2, 40.0] as [number, number], [116.4, 40.0] as [number, number]],
    };
    // 1 km north of the line's middle: far from both ends, about 1 km from the line.
    const d = distanceTo([116.3, 40.0 + 1000 / 111195], line);
    expect(d).toBeGreaterThan(990);
    expect(d).toBeLessThan(1010);
    expect(haversine([116.3, 40.009], [116.2, 40.0])).toBeGreaterThan(8000);
  });

  it('marks town- and district-level positions approximate', () => {
    expect(['site', 'street', 'town', 'district'].map(isApproximate)).toEqual([false, false, true, true]);
  });

  it('finds the nearest open stations in order, skipping closed ones', () => {
    const st = (name: string, lng: number, lat: number, open = true) => ({
      geometry: { coordinates: [lng, lat] as [number, number] },
      properties: { name_zh: name, name_en: name, open, lines: ['1'] },
    });
    const stations = [
      st('far', 116.5, 40.1),
      st('closed', 116.3001, 40.0001, false),
      st('near', 116.301, 40.0),
      st('mid', 116.32, 40.0),
    ];
    const got = nearestStations({ type: 'Point', coordinates: [116.3, 40.0] }, stations, 3);
    expect(got.map((s) => s.name_zh)).toEqual(['near', 'mid', 'far']);
    expect(Math.abs(got[0]!.metres - haversine([116.3, 40.0], [116.301, 40.0]))).toBeLessThan(0.5);
  });

  it('restricts the selection to the radius, with search, and sorts by distance', () => {
    const projects = [
      { id: 'a', sector: 'education', status: 'planned', district: '110108', name_zh: '甲', name_en: 'A' },
      { id: 'b', sector: 'education', status: 'planned', district: '110108', name_zh: '乙', name_en: 'B' },
      { id: 'c', sector: 'education', status: 'planned', district: '110108', name_zh: '丙', name_en: 'C' },
    ] as unknown as ProjectProps[];
    const near = new Map([
      ['c', 200],
      ['a', 900],
    ]);
    const base = { sectors: [], statuses: [], areas: [], q: '', open: null };
    const s = computeSelection(projects, null, { ...base, near });
    expect(s.listed.map((p) => p.id).sort()).toEqual(['a', 'c']);
    expect(s.filter.ids && [...s.filter.ids].sort()).toEqual(['a', 'c']);
    expect(sortProjects([...s.listed], 'distance', 'en', near).map((p) => p.id)).toEqual(['c', 'a']);
    const searched = computeSelection(projects, { search: () => ['b', 'a'] }, { ...base, q: 'x', near });
    expect(searched.listed.map((p) => p.id)).toEqual(['a']);
    expect(computeSelection(projects, null, base).filter.ids).toBeNull();
  });

  it('formats distances in both languages', () => {
    expect(formatDistance(847, 'en')).toBe('850 m');
    expect(formatDistance(847, 'zh')).toBe('850米');
    expect(formatDistance(1249, 'en')).toBe('1.2 km');
    expect(formatDistance(10000, 'zh')).toBe('10公里');
  });
});

describe('class breaks', () => {
  it('groups close values and keeps an outlier in its own class (Ckmeans)', () => {
    const classes = classBreaks([1, 2, 2, 3, 10, 11, 12, 40, 41, 79]);
    expect(classes.length).toBe(5);
    expect(classes.at(-1)).toEqual({ min: 79, max: 79, count: 1 });
    expect(classes.reduce((n, c) => n + c.count, 0)).toBe(10);
    // Ordered and not overlapping; every value falls in exactly one class.
    for (let i = 1; i < classes.length; i++) expect(classes[i]!.min).toBeGreaterThan(classes[i - 1]!.max);
    for (const v of [1, 2, 3, 10, 11, 12, 40, 41, 79]) expect(classIndex(classes, v)).toBeGreaterThanOrEqual(0);
  });

  it('never makes more classes than distinct values, and none for no values', () => {
    expect(classBreaks([5, 5, 5])).toEqual([{ min: 5, max: 5, count: 3 }]);
    expect(classBreaks([1, 9])).toHaveLength(2);
    expect(classBreaks([])).toEqual([]);
    expect(classIndex([], null)).toBe(-1);
  });

  it('gives districts without any project "no data", not zero; a chosen sector can give a real zero', () => {
    const profile = (code: string, area_km2: number) =>
      ({
        code,
        name_zh: code,
        name_en: code,
        area_km2,
        center: [0, 0],
        indicators: [],
        plans: [],
      }) as unknown as Profile;
    const pr = (id: string, district: string, sector: string, floor?: number) =>
      ({ id, district, sector, floor_area_total_m2: floor }) as unknown as ProjectProps;
    const projects = [
      pr('1', '110108', 'education', 1000),
      pr('2', '110108', 'healthcare'),
      pr('3', '110114', 'healthcare'),
    ];
    const districts = [profile('110108', 400), profile('110114', 200), profile('110109', 100)];
    expect([...districtValues(projects, districts, 'projects')]).toEqual([
      ['110108', 2],
      ['110114', 1],
      ['110109', null],
    ]);
    expect(districtValues(projects, districts, 'projects', ['education']).get('110114')).toBe(0);
    expect(districtValues(projects, districts, 'floor_area').get('110108')).toBe(1000);
    expect(districtValues(projects, districts, 'floor_area').get('110114')).toBeNull();
    expect(districtValues(projects, districts, 'density').get('110108')).toBe(0.5);
    const c = computeChoropleth(projects, [...districts, profile('bda', 0)], 'projects');
    expect(c.classOf.get('110109')).toBe(-1);
    expect(c.classOf.has('bda')).toBe(false);
    expect(c.classOf.get('110108')).not.toBe(c.classOf.get('110114'));
  });
});

describe('places', () => {
  const stations = [
    {
      geometry: { coordinates: XIERQI },
      properties: { name_zh: '西二旗', name_en: "Xi'erqi", name_py: 'xi er qi', lines: ['13号线'], open: true },
    },
    {
      geometry: { coordinates: [116.31, 39.98] as [number, number] },
      properties: {
        name_zh: '中关村',
        name_en: 'Zhongguancun',
        name_py: 'zhong guan cun',
        lines: ['4号线'],
        open: true,
      },
    },
  ];
  const profiles = [
    { code: '110108', name_zh: '海淀区', name_en: 'Haidian', center: [116.2, 40.0] },
    {
      code: 'bda',
      name_zh: '北京经济技术开发区（北京亦庄）',
      name_en: 'Beijing Economic-Technological Development Area (BDA, Yizhuang)',
      center: [116.5, 39.8],
    },
    { code: 'beijing', name_zh: '北京市（全市）', name_en: 'Beijing (city-wide)', center: [116.4, 39.9] },
  ] as unknown as Profile[];
  const places = buildPlaces(stations, profiles);

  it('finds a station by Chinese, pinyin and English, however the apostrophe and spaces are written', () => {
    for (const q of ['西二旗', '二旗', 'xierqi', "Xi'erqi", 'xi er qi', 'XIERQI', 'xier'])
      expect(
        searchPlaces(places, q).map((p) => p.id),
        q,
      ).toEqual(['station:西二旗']);
  });

  it('finds districts and the BDA by their names and aliases, never the whole city', () => {
    expect(searchPlaces(places, 'haidian')[0]!.code).toBe('110108');
    expect(searchPlaces(places, '海淀')[0]!.code).toBe('110108');
    for (const q of ['亦庄', 'yizhuang', '经开区', 'BDA']) expect(searchPlaces(places, q)[0]?.code, q).toBe('bda');
    expect(places.some((p) => p.code === 'beijing')).toBe(false);
  });

  it('needs three letters (or one Chinese character) and does not match inside a word', () => {
    expect(searchPlaces(places, 'xi')).toEqual([]);
    expect(searchPlaces(places, 'erqi')).toEqual([]);
    expect(normalise("Xi'er-qi ")).toBe('xierqi');
  });
});

describe('URL: near and choropleth', () => {
  it('round-trips a proximity search and a choropleth', () => {
    const s = { ...EMPTY_URL_STATE, near: { lng: 116.30018, lat: 40.05172, m: 3000 }, choropleth: 'density' as const };
    expect(serializeUrl(s)).toBe('?near=116.30018,40.05172,3000&choropleth=density');
    expect(parseUrl(serializeUrl(s))).toEqual(s);
  });

  it('drops a centre outside Beijing, a radius outside 500–10 000 m, and malformed values', () => {
    for (const bad of [
      '120,40,1000',
      '116.3,42,1000',
      '116.3,40.05,499',
      '116.3,40.05,10001',
      '116.3,40.05,1000.5',
      '116.3,40.05',
      '116.3,40.05,1000,1',
      'a,b,c',
      '116.3,,1000',
      '',
    ])
      expect(parseUrl(`?near=${bad}`).near, bad).toBeNull();
    expect(parseUrl('?near=116.3,40.05,500').near).toEqual({ lng: 116.3, lat: 40.05, m: 500 });
    expect(parseUrl('?near=116.3,40.05,10000').near?.m).toBe(10000);
    for (const bad of ['population', 'PROJECTS', '']) expect(parseUrl(`?choropleth=${bad}`).choropleth).toBeNull();
    for (const m of ['projects', 'floor_area', 'density']) expect(parseUrl(`?choropleth=${m}`).choropleth).toBe(m);
  });
});
