/**
 * Every file the app makes (the projects' CSV and GeoJSON, the area profiles' CSV, the map image), built from
 * the loaded data in the browser (no server). One chunk loaded on the first download (`loadDownloads` in
 * useProjectDownloads.ts): nothing else imports these modules, so after a failure the chunk can be asked for
 * again by its URL (src/ui/chunk.ts).
 */
import type { Profile, ProjectRecordFeature } from '../data/model';
import { downloadText, stampedName } from './browser';
import { profilesCsv, projectsCsv, projectsGeoJson } from './dataset';

export { downloadMapImage } from '../print/mapImage';

const CSV = 'text/csv;charset=utf-8';
const GEOJSON = 'application/geo+json';

export const downloadProjectsCsv = (features: readonly ProjectRecordFeature[], base = 'beijing-plans-projects') =>
  downloadText(projectsCsv(features), stampedName(base, 'csv'), CSV);
export const downloadProjectsGeoJson = (features: readonly ProjectRecordFeature[], base = 'beijing-plans-projects') =>
  downloadText(projectsGeoJson(features), stampedName(base, 'geojson'), GEOJSON);
export const downloadProfilesCsv = (profiles: readonly Profile[], base = 'beijing-plans-profiles') =>
  downloadText(profilesCsv(profiles), stampedName(base, 'csv'), CSV);
