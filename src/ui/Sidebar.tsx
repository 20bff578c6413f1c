import { useEffect, useMemo, useRef } from 'react';
import { areaName, areaNamer } from '../data/areas';
import { useAppData } from '../data/queries';
import { ExportMenu } from '../export/ExportMenu';
import { FilterControls } from '../filters/FilterControls';
import { useLang } from '../i18n';
import { ResultsList } from '../list/ResultsList';
import { PlaceResults } from '../places/PlaceResults';
import { ProximityBar } from '../proximity/ProximityBar';
import { useSelection } from '../selection/SelectionProvider';
import { useActions, useFiltersOpen } from '../state/store';

/** Filters, search and the results list: a column on desktop, a drawer on phones. */
export function Sidebar() {
  const data = useAppData().data;
  const selection = useSelection();
  const open = useFiltersOpen();
  const { setFiltersOpen, selectDistrict, openPanel } = useActions();
  const { lang, t } = useLang();
  const nameOf = useMemo(() => areaNamer(data?.profiles ?? [], lang, 'short'), [lang, data]);
  const scopeProfile = selection.scope ? data?.profileByCode.get(selection.scope) : undefined;
  const closeButton = useRef<HTMLButtonElement>(null);

  // The phone drawer: focus moves into it when it opens, Escape closes it (before any panel).
  useEffect(() => {
    if (!open) return;
    closeButton.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      setFiltersOpen(false);
      document.querySelector<HTMLElement>('[data-testid="drawer-toggle"]')?.focus();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [open, setFiltersOpen]);

  if (!data) return <aside className="sidebar" aria-label={t('filters.title')} />;

  return (
    <aside id="sidebar" className={open ? 'sidebar open' : 'sidebar'} aria-label={t('filters.title')}>
      <div className="drawer-head">
        <h2>{t('filters.title')}</h2>
        <button
          type="button"
          className="icon-button"
          onClick={() => setFiltersOpen(false)}
          aria-label={t('filters.close')}
        >
          ×
        </button>
      </div>
      <nav className="quick-links" aria-label={t('filters.profiles')}>
        <button type="button" className="link" onClick={() => selectDistrict('beijing')} data-testid="open-beijing">
          {t('filters.cityProfile')}
        </button>
        <button type="button" className="link" onClick={() => selectDistrict('bda')} data-testid="open-bda">
          {t('filters.bdaProfile')}
        </button>
        <button type="button" className="link" onClick={() => openPanel('parks')} data-testid="open-parks">
          {t('parks.open')}
        </button>
      </nav>
      <FilterControls facets={selection.facets} areaName={nameOf} />
      <ProximityBar />
      <PlaceResults />
      <ExportMenu />
      <ResultsList
        matches={selection.listed}
        total={selection.total}
        byId={data.projectById}
        areaName={nameOf}
        searching={selection.searching}
        distances={selection.distances}
        scopeName={scopeProfile ? areaName(scopeProfile, lang, 'long') : null}
      />
    </aside>
  );
}
