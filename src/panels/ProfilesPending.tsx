import type { ProfilesState } from '../data/queries';
import { useLang } from '../i18n';
import { loadFailure } from '../ui/LoadState';
import { Panel } from './Panel';

/**
 * A panel whose areas' profiles (`profiles.json`, loaded when a panel needs them) are still on their way, or
 * failed: a panel like the one it stands for (its title, Escape and the close button close it, focus moves to
 * its heading), saying so, with a retry on failure.
 */
export function ProfilesPending({
  title,
  kicker,
  subject,
  state,
  onClose,
}: {
  title: string;
  kicker: string;
  subject: string;
  state: ProfilesState;
  onClose: () => void;
}) {
  const { t } = useLang();
  return (
    <Panel
      title={title}
      subject={subject}
      kicker={kicker}
      onClose={onClose}
      testId={state.error ? 'profiles-error' : 'profiles-loading'}
    >
      {state.error ? (
        <div className="notice" role="alert">
          <p>{t('app.loadError', { message: loadFailure(state.error, t) })}</p>
          <button type="button" className="secondary" onClick={state.retry} data-testid="profiles-retry">
            {t('app.retry')}
          </button>
        </div>
      ) : (
        <p className="muted" role="status">
          {t('panel.profilesLoading')}
        </p>
      )}
    </Panel>
  );
}
