import { useState } from 'react';
import { areaNamer } from '../data/areas';
import { useAppData } from '../data/queries';
import type { ProjectFeature } from '../data/model';
import { useLang } from '../i18n';
import { activeFilters, legendEntries } from '../print/summary';
import { useSelection } from '../selection/SelectionProvider';
import { useStore } from '../state/store';
import { ChunkLoadError } from '../ui/chunk';
import { loadDownloads, useProjectDownloads } from './useProjectDownloads';

/** Downloads of what the selection lists (filters, search and the open area), and the map as an image. */
export function ExportMenu() {
  const { lang, t } = useLang();
  const data = useAppData().data;
  const selection = useSelection();
  const [image, setImage] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const downloads = useProjectDownloads(data?.projects.features.length ?? 0);
  if (!data) return null;
  const features = () =>
    selection.listed.map((p) => data.projectById.get(p.id)).filter((f): f is ProjectFeature => !!f);
  const saveImage = async () => {
    setImage({ busy: true, error: null });
    try {
      const { downloadMapImage } = await loadDownloads();
      // Read when the image is made: the menu does not re-render on every keystroke for it.
      const chips = activeFilters(useStore.getState().view, t, areaNamer(data.areas, lang, 'short'));
      await downloadMapImage({
        title: t('app.title'),
        filters: `${t('print.filters')}: ${chips.length ? chips.join(' · ') : t('print.none')}`,
        legend: legendEntries(selection.bySector, t),
        attribution: t('app.attribution'),
      });
      setImage({ busy: false, error: null });
    } catch (e) {
      setImage({ busy: false, error: e instanceof ChunkLoadError ? t('app.codeNotLoaded') : (e as Error).message });
    }
  };
  return (
    <section className="export-menu" aria-labelledby="export-title" data-testid="export-menu">
      <h2 id="export-title">{t('exports.filtered', { count: selection.listed.length })}</h2>
      <p className="export-buttons">
        <button
          type="button"
          className="secondary small"
          onClick={() => downloads.csv(features())}
          disabled={!selection.listed.length}
          aria-busy={downloads.busy}
          data-testid="download-csv"
        >
          {t('exports.csv')}
        </button>
        <button
          type="button"
          className="secondary small"
          onClick={() => downloads.geojson(features())}
          disabled={!selection.listed.length}
          aria-busy={downloads.busy}
          data-testid="download-geojson"
        >
          {t('exports.geojson')}
        </button>
        <button
          type="button"
          className="secondary small"
          onClick={() => void saveImage()}
          disabled={image.busy}
          data-testid="download-image"
        >
          {image.busy ? t('exports.imageBusy') : t('exports.image')}
        </button>
      </p>
      <p role="status" className="muted">
        {downloads.status || (image.error ? t('exports.imageFailed', { message: image.error }) : '')}
      </p>
    </section>
  );
}
