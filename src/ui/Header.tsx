import { useLang } from '../i18n';
import { useActions, useFiltersOpen, useSelectedDistrict } from '../state/store';

export function Header() {
  const { lang, t } = useLang();
  const { setLang, setFiltersOpen, openCompare } = useActions();
  const filtersOpen = useFiltersOpen();
  const district = useSelectedDistrict();
  const other = lang === 'zh' ? 'en' : 'zh';
  return (
    <header className="app-header">
      <a className="skip-link" href="#sidebar">
        {t('app.skip')}
      </a>
      <div className="titles">
        <h1>{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
      </div>
      <div className="header-actions">
        <button
          type="button"
          className="header-button drawer-toggle"
          aria-expanded={filtersOpen}
          aria-controls="sidebar"
          onClick={() => setFiltersOpen(!filtersOpen)}
          data-testid="drawer-toggle"
        >
          <span className="long">{t('filters.open')}</span>
          <span className="short">{t('filters.openShort')}</span>
        </button>
        <button
          type="button"
          className="header-button"
          onClick={() => openCompare(district ? [district] : [])}
          data-testid="compare-open"
        >
          <span className="long">{t('compare.open')}</span>
          <span className="short">{t('compare.openShort')}</span>
        </button>
        <button
          type="button"
          className="header-button"
          lang={other}
          title={t('app.switchToLabel')}
          onClick={() => setLang(other)}
          data-testid="lang-switch"
        >
          <span className="long">{t('app.switchTo')}</span>
          <span className="short">{t('app.switchToShort')}</span>
        </button>
      </div>
    </header>
  );
}
