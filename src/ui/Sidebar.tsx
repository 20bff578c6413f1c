import { useEffect, useMemo, useRef } from 'react';
import { useAppData } from '../data/queries';
import { matchesFilter } from '../filters/expression';
import { areaNamer, FilterControls } from '../filters/FilterControls';
import { useProjectFilter } from '../filters/useProjectFilter';
import { useLang } from '../i18n';
import { ResultsList } from '../list/ResultsList';
import { useActions, useFiltersOpen } from '../state/store';

/** Filters, search and the results list: a column on desktop, a drawer on phones. */
export function Sidebar() {
  const data = useAppData().data;
  const filter = useProjectFilter();
  const open = useFiltersOpen();
  const { setFiltersOpen, selectDistrict } = useActions();
  const { lang, t } = useLang();
  const projects = useMemo(() => data?.projects.features.map((f) => f.properties) ?? [], [data]);
  const matches = useMemo(() => {
    const m = projects.filter((p) => matchesFilter(p, filter));
    if (!filter.ids) return m;
    const rank = new Map(filter.ids.map((id, i) => [id, i]));
    return m.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  }, [projects, filter]);
  const areaName = useMemo(() => areaNamer(lang, data?.profiles ?? []), [lang, data]);
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
      </nav>
      <FilterControls projects={projects} filter={filter} areaName={areaName} />
      <ResultsList
        matches={matches}
        total={projects.length}
        byId={data.projectById}
        areaName={areaName}
        searching={!!filter.ids}
      />
    </aside>
  );
}
