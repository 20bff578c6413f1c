/**
 * The downloads of the export menu, the data page and an area's panel: the projects (CSV, GeoJSON) as whole
 * records, so the details (quotes, placement basis) are loaded first from the files the projects are in
 * (src/data/details.ts), and the area profiles (CSV).
 * While they load, `status` says so (the buttons stay focusable: a second click waits for the first); a
 * failed file is said in the user's language and loses nothing.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { Profile, ProjectFeature } from '../data/model';
import { DataLoadError, withDetailsLoaded } from '../data/queries';
import { useLang } from '../i18n';
import { chunk, ChunkLoadError } from '../ui/chunk';
import { loadFailure } from '../ui/LoadState';

/**
 * Every file builder and the map image, one chunk loaded with the first download (issue 12: the first view
 * does not need them; asked again after a failure: src/ui/chunk.ts).
 */
export const loadDownloads = chunk(() => import('./downloads'));
type Files = Awaited<ReturnType<typeof loadDownloads>>;

/** Says why a download failed, in the user's language: a file that failed is named, code that did not arrive is said so. */
function downloadFailure(e: unknown, t: ReturnType<typeof useLang>['t']): string {
  // Anything else is a fault of this code, logged for a developer.
  if (!(e instanceof DataLoadError || e instanceof ChunkLoadError)) console.error(e);
  return e instanceof DataLoadError
    ? loadFailure(e, t)
    : e instanceof ChunkLoadError
      ? t('app.codeNotLoaded')
      : t('exports.downloadBroken');
}

/** Runs downloads one at a time, with what the live region next to the buttons says (preparing, a failure). */
export function useDownloads() {
  const { t } = useLang();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const busy = useRef(false);
  /** Runs one download (a second click while one runs waits for it: nothing happens). */
  const run = async (job: (files: Files) => Promise<void> | void): Promise<void> => {
    if (busy.current) return;
    busy.current = true;
    setState({ busy: true, error: null });
    try {
      await job(await loadDownloads());
      setState({ busy: false, error: null });
    } catch (e) {
      setState({ busy: false, error: t('exports.downloadFailed', { message: downloadFailure(e, t) }) });
    } finally {
      busy.current = false;
    }
  };
  return {
    busy: state.busy,
    error: state.error,
    /** What the live region says: preparing, the failure, or nothing. */
    status: state.busy ? t('exports.downloadBusy') : (state.error ?? ''),
    run,
    profilesCsv: (profiles: readonly Profile[], base?: string) =>
      void run((files) => files.downloadProfilesCsv(profiles, base)),
  };
}

/** The downloads plus the projects' files, whose details are loaded first (they need the app's query client). */
export function useProjectDownloads(projectCount: number) {
  const client = useQueryClient();
  const downloads = useDownloads();
  const projects = (kind: 'csv' | 'geojson', features: readonly ProjectFeature[], base?: string) =>
    void downloads.run(async (files) => {
      const records = await withDetailsLoaded(client, projectCount, features);
      (kind === 'csv' ? files.downloadProjectsCsv : files.downloadProjectsGeoJson)(records, base);
    });
  return {
    ...downloads,
    csv: (features: readonly ProjectFeature[], base?: string) => projects('csv', features, base),
    geojson: (features: readonly ProjectFeature[], base?: string) => projects('geojson', features, base),
  };
}
