import { useAppData } from '../data/queries';
import { useLang } from '../i18n';

/** Loading and failure of the data: a failure says what failed and offers a retry. */
export function LoadState() {
  const q = useAppData();
  const { t } = useLang();
  if (q.isPending)
    return (
      <div className="load-state" role="status">
        {t('app.loading')}
      </div>
    );
  if (q.isError)
    return (
      <div className="load-state error" role="alert" data-testid="load-error">
        <p>{t('app.loadError', { message: q.error.message })}</p>
        <button type="button" onClick={() => void q.refetch()}>
          {t('app.retry')}
        </button>
      </div>
    );
  return null;
}
