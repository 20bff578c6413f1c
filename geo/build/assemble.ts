/** Turns validated seeds into the app's data files. Pure: no file system. */
import { area, pointOnFeature } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Area, Profile, ProjectRecordFeature } from '../../src/data/model';
import { toSquareMetres } from '../../src/data/model';
import type { AreaCode, ProfileSeed, ProjectSeed } from '../../src/data/schema';
import { AREA_CODES } from '../../src/data/schema';
import type { RecordProblem } from './errors';
import type { Located } from './load';
import { placeNames, toPinyin, toSyllables } from './pinyin';

export type DistrictFeature = Feature<Polygon | MultiPolygon, { code: string; name_zh: string; name_en: string }>;
export type StationIndex = ReadonlyMap<string, Position>;

const BDA = {
  name_zh: '北京经济技术开发区（北京亦庄）',
  name_en: 'Beijing Economic-Technological Development Area (BDA, Yizhuang)',
  /** 亦庄 station area, the BDA's core, for the label and fly-to (no official outline is kept). */
  center: [116.5067, 39.7952] as [number, number],
};
const CITY = { name_zh: '北京市（全市）', name_en: 'Beijing (city-wide)' };

/** The positions of a project's geometry, resolving metro station names. */
export function resolvePositions(
  p: ProjectSeed,
  stations: StationIndex,
  file: string,
  problems: RecordProblem[],
): Position[] {
  const loc = p.location;
  const lookup = (name: string, field: string): Position | undefined => {
    const pos = stations.get(name);
    if (!pos) problems.push({ file, record: p.id, field, message: `no metro station named ${name} in the reference` });
    return pos;
  };
  if (loc.type === 'point') {
    const pos = loc.coordinates ?? lookup(loc.station!, 'location.station');
    return pos ? [pos] : [];
  }
  if (loc.coordinates) return loc.coordinates;
  return loc.stations!.map((s, i) => lookup(s, `location.stations.${i}`)).filter((x): x is Position => !!x);
}

export function toFeature(p: ProjectSeed, positions: Position[]): ProjectRecordFeature {
  const figure = (kind: string) => p.figures?.find((f) => f.kind === kind);
  const m2 = (kind: string) => {
    const f = figure(kind);
    return f ? toSquareMetres(f.value, f.unit) : undefined;
  };
  const pinyinOf = toPinyin(p.name_zh);
  const props: ProjectRecordFeature['properties'] = {
    id: p.id,
    name_zh: p.name_zh,
    name_en: p.name_en,
    name_pinyin: pinyinOf.full,
    name_initials: pinyinOf.initials,
    sector: p.sector,
    district: p.district,
    status: p.status,
    status_year: p.status_year,
    precision: p.location.precision,
    location_basis: p.location.basis,
    location_basis_zh: p.location.basis_zh,
    summary_zh: p.summary_zh,
    summary_en: p.summary_en,
    figures: p.figures ?? [],
    industries_zh: p.industries_zh ?? [],
    industries_en: p.industries_en ?? [],
    sources: p.sources,
  };
  if (p.also_districts?.length) props.also_districts = p.also_districts;
  if (p.location.type === 'point' && p.location.station) props.station = p.location.station;
  if (p.address_zh) props.address_zh = p.address_zh;
  const stationNames =
    p.location.type === 'point' ? (p.location.station ? [p.location.station] : []) : (p.location.stations ?? []);
  const places = placeNames(p.location.basis, stationNames);
  props.search = {
    name_py: toSyllables(p.name_zh),
    ...(p.address_zh ? { address_py: toSyllables(p.address_zh) } : {}),
    places_zh: places,
    places_py: places.map(toSyllables),
  };
  if (p.address_en) props.address_en = p.address_en;
  const total = m2('floor_area_total');
  const above = m2('floor_area_above_ground');
  if (total !== undefined) props.floor_area_total_m2 = total;
  if (above !== undefined) props.floor_area_above_ground_m2 = above;
  const pos = (q: Position) => [q[0]!, q[1]!] as [number, number];
  return {
    type: 'Feature',
    id: p.id,
    geometry:
      p.location.type === 'point'
        ? { type: 'Point', coordinates: pos(positions[0]!) }
        : { type: 'LineString', coordinates: positions.map(pos) },
    properties: props,
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/** One profile per district, the BDA and the city, merging entries for the same code from several files. */
export function buildProfiles(profiles: Located<ProfileSeed>[], districts: DistrictFeature[]): Profile[] {
  const merged = new Map<AreaCode, Pick<Profile, 'indicators' | 'plans'>>();
  for (const { record } of profiles) {
    const m = merged.get(record.code) ?? { indicators: [], plans: [] };
    m.indicators.push(...record.indicators);
    m.plans.push(...record.plans);
    merged.set(record.code, m);
  }
  const entries = (code: AreaCode) => merged.get(code) ?? { indicators: [], plans: [] };
  const out: Profile[] = districts.map((d) => {
    // The centroid when it lies inside the district, else a point on its surface.
    const center = pointOnFeature(d).geometry.coordinates;
    return {
      code: d.properties.code as AreaCode,
      name_zh: d.properties.name_zh,
      name_en: d.properties.name_en,
      area_km2: round2(area(d) / 1e6),
      center: [round5(center[0]!), round5(center[1]!)],
      ...entries(d.properties.code as AreaCode),
    };
  });
  out.push({ code: 'bda', ...BDA, ...entries('bda') });
  out.push({ code: 'beijing', ...CITY, center: [116.4074, 40.05], ...entries('beijing') });
  return out.sort((a, b) => AREA_CODES.indexOf(a.code) - AREA_CODES.indexOf(b.code));
}

/** An area as the first view reads it (`areas.json`): the profile without its indicators and plans. */
export function toArea({ code, name_zh, name_en, area_km2, center }: Profile): Area {
  return { code, name_zh, name_en, ...(area_km2 !== undefined ? { area_km2 } : {}), center };
}
