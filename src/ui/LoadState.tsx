import type { TFunction } from 'i18next';
import { dataTimeoutMs, useAppData, type DataLoadError } from '../data/queries';
import { useLang } from '../i18n';

const FILE_PART = {
  'districts.geojson': 'districts',
  'projects.geojson': 'projects',
  'areas.json': 'areas',
} as const;

/** Why a file failed, in the interface language: "project-details-0.json: no answer within 15 s". */
export function loadFailure(e: DataLoadError, t: TFunction): string {
  const reason =
    e.kind === 'content' && !e.detail
      ? t('app.loadReason.contentNoPath')
      : t(`app.loadReason.${e.kind}`, {
          status: e.detail,
          path: e.detail,
          seconds: Math.round(dataTimeoutMs() / 100) / 10,
        });
  return `${e.file}: ${reason}`;
}

/**
 * Loading and failure of the data: each failed file says, in the interface language, what failed, why, and
 * what still works; one retry button loads the failed files again. Nothing of the raw error text is shown
 * except the file name, the HTTP status and the path into the file, which read the same in every language.
 */
export function LoadState() {
  const q = useAppData();
  const { t } = useLang();
  if (q.isPending && !q.errors.length)
    return (
      <div className="load-state" role="status">
        {t('app.loading')}
      </div>
    );
  if (!q.errors.length) return null;
  return (
    <div className="load-state error" role="alert" data-testid="load-error">
      {q.errors.map((e) => {
        const part = FILE_PART[e.file as keyof typeof FILE_PART];
        return (
          <p key={e.file}>
            {t('app.loadError', { message: loadFailure(e, t) })}
            {part && !q.isPending ? ` ${t(`app.loadMissing.${part}`)}` : ''}
          </p>
        );
      })}
      <button type="button" onClick={q.retry} data-testid="load-retry">
        {t('app.retry')}
      </button>
    </div>
  );
}
