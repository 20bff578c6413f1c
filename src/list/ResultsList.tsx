import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ProjectFeature, ProjectProps } from '../data/model';
import { formatQuantity, formatSquareMetres } from '../i18n/format';
import { pick, useLang } from '../i18n';
import { focusProject } from '../map/camera';
import { SECTOR_COLORS } from '../map/sectors';
import { useActions, useSelectedProject, useSort } from '../state/store';
import { formatDistance } from '../proximity/format';
import { isApproximate } from '../proximity/proximity';
import { rowFigure } from './figure';
import { nameOrder, sortProjects } from './sort';
import { SORT_KEYS, type SortKey } from './sortKeys';

interface Props {
  matches: readonly ProjectProps[];
  /** Each match's position in the data (`byId`'s order), for a fast name order. */
  matchesAt?: readonly number[];
  total: number;
  byId: Map<string, ProjectFeature>;
  areaName: (code: string) => string;
  searching: boolean;
  /** The open area the list follows (its long name), if any. */
  scopeName: string | null;
  /** Distances in metres from the proximity centre (shown in rows, and a sort order), or null. */
  distances?: ReadonlyMap<string, number> | null;
  /** The search's typo matches are still being looked for: an empty list says so, not "no match". */
  typosPending?: boolean;
}

const ROW_ESTIMATE = 54;

function Figure({ p, sort }: { p: ProjectProps; sort: SortKey }) {
  const { lang, t } = useLang();
  const f = rowFigure(p, sort);
  if (!f) return null;
  const label = f.label_zh && f.label_en ? pick(lang, f.label_zh, f.label_en) : t(`figure.${f.kind}`);
  const value =
    f.m2 !== undefined
      ? formatSquareMetres(f.m2, lang, f.qualifier)
      : formatQuantity(f.value ?? 0, f.unit ?? '', lang, f.qualifier);
  return (
    <span className="result-figure" data-testid="result-figure">
      <span className="figure-label">{label}</span>
      <span className="figure-value">{value}</span>
    </span>
  );
}

/**
 * The filtered projects as a list: a full alternative to the map. Hovering a row highlights its point;
 * activating it opens the project and moves the map to it; a project picked on the map scrolls into view.
 * Rows are virtualized; the list is one tab stop and the arrow keys move between rows (roving tab index).
 */
export function ResultsList({
  matches,
  matchesAt,
  total,
  byId,
  areaName,
  searching,
  scopeName,
  distances = null,
  typosPending = false,
}: Props) {
  const { lang, t } = useLang();
  const a = useActions();
  const sort = useSort();
  const selected = useSelectedProject();
  const ids = { title: useId(), hint: useId() };
  const scroller = useRef<HTMLDivElement>(null);
  // While the list scrolls, rows passing under a still pointer must not hover their points on the map one
  // after another (at 100k rows that dropped scrolling to ≈15 frames a second: tests/perf/list-scroll.ts):
  // the rows take no pointer events until the scrolling has stopped for a moment.
  const scrollEnd = useRef<number | undefined>(undefined);
  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    el.classList.add('scrolling');
    window.clearTimeout(scrollEnd.current);
    scrollEnd.current = window.setTimeout(() => el.classList.remove('scrolling'), 150);
  };
  useEffect(() => () => window.clearTimeout(scrollEnd.current), []);
  // Near a place the list is nearest first unless another order is chosen; distance needs a place.
  const effectiveSort: SortKey =
    sort === 'distance' && !distances
      ? 'name'
      : sort === 'relevance' && !searching
        ? distances
          ? 'distance'
          : 'name'
        : sort;
  const rows = useMemo(
    () =>
      sortProjects(
        matches,
        effectiveSort,
        lang,
        distances,
        effectiveSort === 'relevance' ? undefined : nameOrder(byId, lang),
        matchesAt,
      ),
    [matches, matchesAt, effectiveSort, lang, distances, byId],
  );
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(rows.length - 1, 0));
  // The row the keys moved to, focused once it is rendered. The index, not a flag: a commit of another change
  // (the hover a focused row sets) can come before the one with the new active row, and focusing that commit's
  // active row sent the focus back to the row the key had left.
  const focusAfterRender = useRef<number | null>(null);

  const rangeExtractor = useCallback(
    (range: Range) => {
      // The row holding the tab stop is always rendered, so Tab can reach the list from anywhere.
      const out = defaultRangeExtractor(range);
      if (rows.length && !out.includes(activeIndex)) out.push(activeIndex);
      return out.sort((x, y) => x - y);
    },
    [activeIndex, rows.length],
  );
  // TanStack Virtual returns functions the React Compiler cannot memoize; this component is left uncompiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
    rangeExtractor,
    // TanStack Virtual keys its measurements by index (its default), not by project id: it walks every row's
    // key whenever the rows change, and looking up 33,000 ids in its size cache was ≈50 ms of a 100k keystroke
    // (tests/perf/keystroke.ts --profile). React's key stays the project id (below), so a row's element, its
    // hover and focus handlers belong to one project; a new element is measured when it mounts.
    initialRect: { width: 340, height: 600 },
  });

  // A project picked elsewhere (map, panel) becomes the list's current row and scrolls into view.
  useEffect(() => {
    if (!selected) return;
    const i = rows.findIndex((p) => p.id === selected);
    if (i < 0) return;
    setActive(i);
    virtualizer.scrollToIndex(i, { align: 'auto' });
  }, [selected, rows, virtualizer]);

  useEffect(() => {
    const target = focusAfterRender.current;
    if (target === null) return;
    const button = scroller.current?.querySelector<HTMLElement>(`[data-index="${target}"] button`);
    // (The active row is always rendered: once the commit holding it has come, the target is not waited for.)
    if (button || target === activeIndex) focusAfterRender.current = null;
    button?.focus();
  });

  const moveTo = (i: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, i));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    focusAfterRender.current = next;
    scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"] button`)?.focus();
  };
  const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 600) / ROW_ESTIMATE) - 1);
  const onKeyDown = (e: KeyboardEvent) => {
    const step: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: page,
      PageUp: -page,
      Home: -Infinity,
      End: Infinity,
    };
    const d = step[e.key];
    if (d === undefined || !rows.length) return;
    e.preventDefault();
    moveTo(d === -Infinity ? 0 : d === Infinity ? rows.length - 1 : activeIndex + d);
  };

  const open = (p: ProjectProps) => {
    a.selectProject(p.id);
    a.setFiltersOpen(false);
    const f = byId.get(p.id);
    if (f) focusProject(f);
  };

  const looking = typosPending && !matches.length;
  const count = looking
    ? t('list.countLooking')
    : matches.length === total
      ? t('list.count', { count: total })
      : t('list.countOf', { count: matches.length, total });
  return (
    <section id="results" className="results" aria-labelledby={ids.title} tabIndex={-1}>
      <div className="results-head">
        <h2 id={ids.title} className="results-title">
          {scopeName ? t('list.titleIn', { area: scopeName }) : t('list.title')}{' '}
          <span className="muted" role="status" data-testid="result-count">
            {count}
          </span>
        </h2>
        <label className="sort">
          <span>{t('list.sort')}</span>
          <select value={effectiveSort} onChange={(e) => a.setSort(e.target.value as SortKey)} data-testid="sort">
            {SORT_KEYS.filter((k) => (k !== 'relevance' || searching) && (k !== 'distance' || distances)).map((k) => (
              <option key={k} value={k}>
                {t(`list.sortBy.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {scopeName ? <p className="scope-note">{t('list.scopeNote')}</p> : null}
      <p id={ids.hint} className="visually-hidden">
        {t('list.keysHint')}
      </p>
      {rows.length ? (
        <div className="result-scroll" ref={scroller} data-testid="results-scroll" onScroll={onScroll}>
          <ul
            className="result-list"
            data-testid="results"
            data-count={rows.length}
            style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
            onKeyDown={onKeyDown}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const p = rows[item.index]!;
              const current = p.id === selected;
              const metres = distances?.get(p.id);
              return (
                <li
                  key={p.id}
                  data-id={p.id}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className={current ? 'selected' : undefined}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
                  aria-setsize={rows.length}
                  aria-posinset={item.index + 1}
                >
                  <button
                    type="button"
                    className="result"
                    tabIndex={item.index === activeIndex ? 0 : -1}
                    aria-current={current ? 'true' : undefined}
                    aria-describedby={item.index === activeIndex ? ids.hint : undefined}
                    onMouseEnter={() => a.hoverProject(p.id)}
                    onMouseLeave={() => a.hoverProject(null)}
                    onFocus={() => {
                      setActive(item.index);
                      a.hoverProject(p.id);
                    }}
                    onBlur={() => a.hoverProject(null)}
                    onClick={() => open(p)}
                  >
                    <span className="swatch" style={{ background: SECTOR_COLORS[p.sector] }} aria-hidden="true" />
                    <span className="result-main">
                      <span className="result-name">{pick(lang, p.name_zh, p.name_en)}</span>
                      <span className="result-meta">
                        {t(`sector.${p.sector}`)} · {areaName(p.district)}
                        {p.precision === 'district' ? ` · ${t('list.approx')}` : ''}
                      </span>
                      {metres !== undefined ? (
                        <span
                          className="result-distance"
                          data-testid="result-distance"
                          data-metres={Math.round(metres)}
                        >
                          {formatDistance(metres, lang)}
                          {isApproximate(p.precision) ? ` · ${t('near.approx')}` : ''}
                        </span>
                      ) : null}
                    </span>
                    <Figure p={p} sort={effectiveSort} />
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ) : looking ? (
        <p className="notice" data-testid="looking-for-typos">
          {t('list.lookingForTypos')}
        </p>
      ) : (
        <p className="notice">{t('list.none')}</p>
      )}
    </section>
  );
}
