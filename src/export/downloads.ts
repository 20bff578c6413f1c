/**
 * The project downloads the export menu offers, each a file built from the loaded data (no server); loaded on
 * demand by useProjectDownloads.ts only (the profiles' CSV is profileDownload.ts).
 */
import type { ProjectRecordFeature } from '../data/model';
import { downloadText, stampedName } from './browser';
import { projectsCsv, projectsGeoJson } from './dataset';

const CSV = 'text/csv;charset=utf-8';
const GEOJSON = 'application/geo+json';

export const downloadProjectsCsv = (features: readonly ProjectRecordFeature[], base = 'beijing-plans-projects') =>
  downloadText(projectsCsv(features), stampedName(base, 'csv'), CSV);
export const downloadProjectsGeoJson = (features: readonly ProjectRecordFeature[], base = 'beijing-plans-projects') =>
  downloadText(projectsGeoJson(features), stampedName(base, 'geojson'), GEOJSON);
