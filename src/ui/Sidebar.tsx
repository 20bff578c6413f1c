import { useEffect, useMemo, useRef } from 'react';
import { areaName, areaNamer } from '../data/areas';
import { useAppData, type AppData } from '../data/queries';
import { ExportMenu } from '../export/ExportMenu';
import { FilterControls } from '../filters/FilterControls';
import { LazyResultsList } from '../list/LazyResultsList';
import { useLang } from '../i18n';
import { PlaceResults } from '../places/PlaceResults';
import { ProximityBar } from '../proximity/ProximityBar';
import { useSelection } from '../selection/SelectionProvider';
import { useActions, useFiltersOpen } from '../state/store';

/** Filters, search and the results list: a column on desktop, a drawer on phones. */
export function Sidebar() {
  const data = useAppData().data;
  const open = useFiltersOpen();
  const { setFiltersOpen, selectDistrict, openPanel } = useActions();
  const { lang, t } = useLang();
  const nameOf = useMemo(() => areaNamer(data?.areas ?? [], lang, 'short'), [lang, data]);
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
      <SidebarFilters areaName={nameOf} />
      <ProximityBar />
      <PlaceResults />
      <ExportMenu />
      <SidebarList data={data} areaName={nameOf} />
    </aside>
  );
}

// Only these two follow the selection (a keystroke's result): the rest of the sidebar does not re-render.
function SidebarFilters({ areaName }: { areaName: (code: string) => string }) {
  return <FilterControls facets={useSelection().facets} areaName={areaName} />;
}
function SidebarList({ data, areaName: nameOf }: { data: AppData; areaName: (code: string) => string }) {
  const selection = useSelection();
  const { lang } = useLang();
  const scopeProfile = selection.scope ? data.areaByCode.get(selection.scope) : undefined;
  return (
    <LazyResultsList
      matches={selection.listed}
      matchesAt={selection.listedAt}
      total={selection.total}
      byId={data.projectById}
      areaName={nameOf}
      searching={selection.searching}
      distances={selection.distances}
      typosPending={selection.typosPending}
      scopeName={scopeProfile ? areaName(scopeProfile, lang, 'long') : null}
    />
  );
}
