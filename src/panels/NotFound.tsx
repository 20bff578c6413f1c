import { useLang } from '../i18n';

/** Said when a link names a project the data does not have (the id is shown as text, never as markup). */
export function NotFound({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useLang();
  return (
    <section className="panel not-found" role="alert" data-testid="not-found">
      <header className="panel-header">
        <p>{t('panel.notFoundId', { id })}</p>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('panel.close')}>
          ×
        </button>
      </header>
    </section>
  );
}
