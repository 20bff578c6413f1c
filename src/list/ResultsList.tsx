import { useEffect, useId, useRef } from 'react';
import type { ProjectFeature, ProjectProps } from '../data/model';
import { formatSquareMetres, formatQuantity } from '../i18n/format';
import { pick, useLang } from '../i18n';
import { focusProject } from '../map/camera';
import { SECTOR_COLORS } from '../map/sectors';
import { useActions, useSelectedProject, useSort } from '../state/store';
import { SORT_KEYS, sortProjects, type SortKey } from './sort';

interface Props {
  matches: ProjectProps[];
  total: number;
  byId: Map<string, ProjectFeature>;
  areaName: (code: string) => string;
  searching: boolean;
}

/** The key figure shown in a row, with its qualifier: floor area where the source gives one, else the first figure. */
function keyFigure(p: ProjectProps, lang: 'zh' | 'en'): string | null {
  const total = p.figures.find((f) => f.kind === 'floor_area_total');
  if (p.floor_area_total_m2 !== undefined) return formatSquareMetres(p.floor_area_total_m2, lang, total?.qualifier);
  const f = p.figures[0];
  return f ? formatQuantity(f.value, f.unit, lang, f.qualifier) : null;
}

/**
 * The filtered projects as a list: a full alternative to the map. Hovering a row highlights its point;
 * activating it opens the project and moves the map to it; a project picked on the map scrolls into view.
 */
export function ResultsList({ matches, total, byId, areaName, searching }: Props) {
  const { lang, t } = useLang();
  const a = useActions();
  const sort = useSort();
  const selected = useSelectedProject();
  const sortId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const effectiveSort: SortKey = sort === 'relevance' && !searching ? 'name' : sort;
  const rows = sortProjects(matches, effectiveSort, lang);

  useEffect(() => {
    if (!selected) return;
    listRef.current?.querySelector(`[data-id="${CSS.escape(selected)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <section className="results" aria-labelledby={`${sortId}-title`}>
      <div className="results-head">
        <h2 id={`${sortId}-title`} className="results-title">
          {t('list.title')}{' '}
          <span className="muted" role="status" data-testid="result-count">
            {matches.length === total
              ? t('list.count', { count: total })
              : t('list.countOf', { count: matches.length, total })}
          </span>
        </h2>
        <label className="sort">
          <span>{t('list.sort')}</span>
          <select value={effectiveSort} onChange={(e) => a.setSort(e.target.value as SortKey)} data-testid="sort">
            {SORT_KEYS.filter((k) => k !== 'relevance' || searching).map((k) => (
              <option key={k} value={k}>
                {t(`list.sortBy.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {rows.length ? (
        <ul className="result-list" ref={listRef} data-testid="results">
          {rows.map((p) => {
            const figure = keyFigure(p, lang);
            return (
              <li key={p.id} data-id={p.id} className={p.id === selected ? 'selected' : undefined}>
                <button
                  type="button"
                  className="result"
                  aria-current={p.id === selected ? 'true' : undefined}
                  onMouseEnter={() => a.hoverProject(p.id)}
                  onMouseLeave={() => a.hoverProject(null)}
                  onFocus={() => a.hoverProject(p.id)}
                  onBlur={() => a.hoverProject(null)}
                  onClick={() => {
                    a.selectProject(p.id);
                    a.setFiltersOpen(false);
                    const f = byId.get(p.id);
                    if (f) focusProject(f);
                  }}
                >
                  <span className="swatch" style={{ background: SECTOR_COLORS[p.sector] }} aria-hidden="true" />
                  <span className="result-main">
                    <span className="result-name">{pick(lang, p.name_zh, p.name_en)}</span>
                    <span className="result-meta">
                      {t(`sector.${p.sector}`)} · {areaName(p.district)}
                      {p.precision === 'district' ? ` · ${t('list.approx')}` : ''}
                    </span>
                  </span>
                  {figure ? <span className="result-figure">{figure}</span> : null}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="notice">{t('list.none')}</p>
      )}
    </section>
  );
}
