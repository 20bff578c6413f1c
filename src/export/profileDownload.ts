/**
 * The area profiles' CSV, saved from the panels that show them (an area, the data page). Kept apart from
 * downloads.ts, which only the export menu loads on demand: a module the panels imported too would share a
 * chunk with them, and a shared chunk cannot be asked for again by its URL after a failure (src/ui/chunk.ts).
 */
import type { Profile } from '../data/model';
import { downloadText, stampedName } from './browser';
import { profilesCsv } from './dataset';

export const downloadProfilesCsv = (profiles: readonly Profile[], base = 'beijing-plans-profiles') =>
  downloadText(profilesCsv(profiles), stampedName(base, 'csv'), 'text/csv;charset=utf-8');
