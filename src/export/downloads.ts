/** The downloads the app offers, each a file built from the loaded data (no server). */
import type { Profile, ProjectRecordFeature } from '../data/model';
import { downloadText, stampedName } from './browser';
import { profilesCsv, projectsCsv, projectsGeoJson } from './dataset';

const CSV = 'text/csv;charset=utf-8';
const GEOJSON = 'application/geo+json';

export const downloadProjectsCsv = (features: readonly ProjectRecordFeature[], base = 'beijing-plans-projects') =>
  downloadText(projectsCsv(features), stampedName(base, 'csv'), CSV);
export const downloadProjectsGeoJson = (features: readonly ProjectRecordFeature[], base = 'beijing-plans-projects') =>
  downloadText(projectsGeoJson(features), stampedName(base, 'geojson'), GEOJSON);
export const downloadProfilesCsv = (profiles: readonly Profile[], base = 'beijing-plans-profiles') =>
  downloadText(profilesCsv(profiles), stampedName(base, 'csv'), CSV);
