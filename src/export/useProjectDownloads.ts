/**
 * The project downloads (CSV, GeoJSON) of the export menu and the data page: whole records, so the details
 * (quotes, placement basis) are loaded first from the files the projects are in (src/data/details.ts).
 * While they load, `status` says so (the buttons stay focusable: a second click waits for the first); a
 * failed file is said in the user's language and loses nothing.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { ProjectFeature } from '../data/model';
import { DataLoadError, withDetailsLoaded } from '../data/queries';
import { useLang } from '../i18n';
import { chunk, ChunkLoadError } from '../ui/chunk';
import { loadFailure } from '../ui/LoadState';

/** The file builders, loaded with the first download (asked again after a failure: chunk.ts). */
const loadDownloads = chunk(() => import('./downloads'));

export function useProjectDownloads(projectCount: number) {
  const client = useQueryClient();
  const { t } = useLang();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const busy = useRef(false);
  const run =
    (kind: 'csv' | 'geojson', base?: string) =>
    async (features: readonly ProjectFeature[]): Promise<void> => {
      if (busy.current) return;
      busy.current = true;
      setState({ busy: true, error: null });
      try {
        // The file builders load with the first download (issue 12: the first view does not need them).
        const [records, files] = await Promise.all([
          withDetailsLoaded(client, projectCount, features),
          loadDownloads(),
        ]);
        (kind === 'csv' ? files.downloadProjectsCsv : files.downloadProjectsGeoJson)(records, base);
        setState({ busy: false, error: null });
      } catch (e) {
        // A file that failed is named, code that did not arrive is said so; anything else is a fault of this
        // code, logged for a developer.
        if (!(e instanceof DataLoadError || e instanceof ChunkLoadError)) console.error(e);
        const message =
          e instanceof DataLoadError
            ? loadFailure(e, t)
            : e instanceof ChunkLoadError
              ? t('exports.codeNotLoaded')
              : t('exports.downloadBroken');
        setState({ busy: false, error: t('exports.downloadFailed', { message }) });
      } finally {
        busy.current = false;
      }
    };
  return {
    ...state,
    /** What the menu's live region says: preparing, the failure, or nothing. */
    status: state.busy ? t('exports.downloadBusy') : (state.error ?? ''),
    csv: (features: readonly ProjectFeature[], base?: string) => void run('csv', base)(features),
    geojson: (features: readonly ProjectFeature[], base?: string) => void run('geojson', base)(features),
  };
}
