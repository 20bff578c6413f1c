import type { MouseEvent } from 'react';
import { useLang } from '../i18n';
import { useActions, useFiltersOpen, useSelectedDistrict, useStore } from '../state/store';

/** Focuses an element once the next frames have rendered (after a drawer opens). */
const focusSoon = (find: () => HTMLElement | null | undefined) =>
  requestAnimationFrame(() => requestAnimationFrame(() => find()?.focus()));

/** Skip to the results: the list's current row (its one tab stop), or the list's heading when it is empty. */
function skipToResults(e: MouseEvent) {
  e.preventDefault();
  const { actions, ui } = useStore.getState();
  // On phones the list is in a drawer: open it first.
  if (window.matchMedia?.('(max-width: 760px)').matches && !ui.filtersOpen) actions.setFiltersOpen(true);
  focusSoon(
    () =>
      document.querySelector<HTMLElement>('#results .result[tabindex="0"]') ??
      document.querySelector<HTMLElement>('#results'),
  );
}

/** Skip to the map canvas (MapLibre's focusable canvas: arrow keys pan, +/- zoom). */
function skipToMap(e: MouseEvent) {
  e.preventDefault();
  const { actions, ui } = useStore.getState();
  if (ui.filtersOpen) actions.setFiltersOpen(false);
  focusSoon(() => document.querySelector<HTMLElement>('.maplibregl-canvas'));
}

export function Header() {
  const { lang, t } = useLang();
  const { setLang, setFiltersOpen, openCompare, openPanel } = useActions();
  const filtersOpen = useFiltersOpen();
  const district = useSelectedDistrict();
  const other = lang === 'zh' ? 'en' : 'zh';
  return (
    <header className="app-header">
      <a className="skip-link" href="#results" onClick={skipToResults} data-testid="skip-results">
        {t('app.skip')}
      </a>
      <a className="skip-link" href="#map" onClick={skipToMap} data-testid="skip-map">
        {t('app.skipMap')}
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
        <button type="button" className="header-button" onClick={() => openPanel('data')} data-testid="data-open">
          <span className="long">{t('data.open')}</span>
          <span className="short">{t('data.openShort')}</span>
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
