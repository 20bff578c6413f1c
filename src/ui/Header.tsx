import { useLang } from '../i18n';
import { useActions } from '../state/store';

export function Header() {
  const { lang, t } = useLang();
  const { setLang } = useActions();
  const other = lang === 'zh' ? 'en' : 'zh';
  return (
    <header className="app-header">
      <div>
        <h1>{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
      </div>
      <button
        type="button"
        className="lang-switch"
        lang={other}
        aria-label={t('app.switchToLabel')}
        onClick={() => setLang(other)}
        data-testid="lang-switch"
      >
        {t('app.switchTo')}
      </button>
    </header>
  );
}
