/** The rows and files a download holds: projects (CSV, GeoJSON) and an area's profile (CSV). Pure. */
import type { Profile, ProjectRecordFeature } from '../data/model';
import type { Source } from '../data/schema';
import { toCsv, type Cell } from './csv';

/** Sources in one cell: one "doc: quote" per line (the cell is quoted, so Excel keeps the lines in it). */
const sourcesCell = (sources: readonly Source[]) => sources.map((s) => `${s.doc}: ${s.quote}`).join('\n');
const docsCell = (sources: readonly Source[]) => [...new Set(sources.map((s) => s.doc))].join('; ');

export const PROJECT_COLUMNS = [
  'id',
  'name_zh',
  'name_en',
  'sector',
  'district',
  'also_districts',
  'status',
  'status_year',
  'precision',
  'geometry',
  'lng',
  'lat',
  'floor_area_total_m2',
  'floor_area_above_ground_m2',
  'industries_zh',
  'industries_en',
  'address_zh',
  'address_en',
  'summary_zh',
  'summary_en',
  'location_basis_zh',
  'location_basis',
  'source_docs',
  'sources',
] as const;

/** One row per project, with its sources; a line's point is its first vertex (its geometry is in the GeoJSON). */
export function projectsCsv(features: readonly ProjectRecordFeature[]): string {
  const rows = features.map((f): Cell[] => {
    const p = f.properties;
    const [lng, lat] = f.geometry.type === 'Point' ? f.geometry.coordinates : f.geometry.coordinates[0]!;
    return [
      p.id,
      p.name_zh,
      p.name_en,
      p.sector,
      p.district,
      (p.also_districts ?? []).join('; '),
      p.status,
      p.status_year,
      p.precision,
      f.geometry.type,
      lng,
      lat,
      p.floor_area_total_m2,
      p.floor_area_above_ground_m2,
      p.industries_zh.join('; '),
      p.industries_en.join('; '),
      p.address_zh,
      p.address_en,
      p.summary_zh,
      p.summary_en,
      p.location_basis_zh,
      p.location_basis,
      docsCell(p.sources),
      sourcesCell(p.sources),
    ];
  });
  return toCsv(PROJECT_COLUMNS, rows);
}

/** The projects as RFC 7946 GeoJSON, whole (with their details), without the app's search helpers. */
export function projectsGeoJson(features: readonly ProjectRecordFeature[]): string {
  const out = features.map((f) => {
    const properties: Partial<ProjectRecordFeature['properties']> & { docs?: unknown } = { ...f.properties };
    delete properties.search;
    delete properties.docs; // the thin file's list of the documents in `sources`
    return { type: 'Feature', id: f.id, geometry: f.geometry, properties };
  });
  return JSON.stringify({ type: 'FeatureCollection', features: out }, null, 1) + '\n';
}

const PROFILE_COLUMNS = [
  'area',
  'area_zh',
  'area_en',
  'record',
  'id',
  'theme',
  'metric',
  'label_zh',
  'label_en',
  'qualifier',
  'value',
  'unit',
  'year',
  'kind',
  'projects',
  'source_docs',
  'sources',
] as const;

/** An area's profile: one row per indicator (its value as the source writes it) and one per plan. */
function profileRows(profile: Profile): Cell[][] {
  const area = [profile.code, profile.name_zh, profile.name_en];
  return [
    ...profile.indicators.map((i): Cell[] => [
      ...area,
      'indicator',
      i.id,
      i.theme,
      i.metric,
      i.label_zh,
      i.label_en,
      i.qualifier,
      i.value,
      i.unit,
      i.year,
      i.kind,
      '',
      docsCell(i.sources),
      sourcesCell(i.sources),
    ]),
    ...profile.plans.map((p): Cell[] => [
      ...area,
      'plan',
      p.id,
      p.theme,
      '',
      p.text_zh,
      p.text_en,
      p.qualifier,
      p.value,
      p.unit,
      '',
      '',
      (p.projects ?? []).join('; '),
      docsCell(p.sources),
      sourcesCell(p.sources),
    ]),
  ];
}

export const profilesCsv = (profiles: readonly Profile[]) => toCsv(PROFILE_COLUMNS, profiles.flatMap(profileRows));
