import { memo, useId } from 'react';
import { AREA_CODES, SECTORS, STATUSES, type AreaCode } from '../data/codes';
import { useLang } from '../i18n';
import { SECTOR_COLORS } from '../map/sectors';
import type { Selection } from '../selection/selection';
import { useNearLabel } from '../proximity/useNearLabel';
import { useActions, useAreas, useSearchText, useSectors, useStatuses } from '../state/store';

interface Props {
  facets: Selection['facets'];
  areaName: (code: string) => string;
}

/**
 * Search box, sector / area / status filters with counts, and the active filters as removable chips. Each
 * part reads only what it shows, so a keystroke re-renders the search box and the chips at once, and the
 * counts when the selection follows (issue 12).
 */
export function FilterControls({ facets, areaName }: Props) {
  return (
    <div className="filters">
      <SearchBox />
      <FilterChips areaName={areaName} />
      <Facets facets={facets} areaName={areaName} />
    </div>
  );
}

/** The search text, controlled by the store: the one part of the sidebar a keystroke must re-render at once. */
const SearchBox = memo(function SearchBox() {
  const { t } = useLang();
  const q = useSearchText();
  const { setQuery } = useActions();
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="field-label">
        {t('filters.search')}
      </label>
      <input
        id={id}
        type="search"
        className="search"
        value={q}
        placeholder={t('filters.searchPlaceholder')}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        data-testid="search"
      />
    </>
  );
});

/** The active filters and search as removable chips. */
const FilterChips = memo(function FilterChips({ areaName }: Pick<Props, 'areaName'>) {
  const { t } = useLang();
  const q = useSearchText();
  const sectors = useSectors();
  const statuses = useStatuses();
  const areas = useAreas();
  const a = useActions();
  const nearLabel = useNearLabel();
  const chips = [
    ...(nearLabel ? [{ key: 'near', label: nearLabel, remove: () => a.setNear(null) }] : []),
    ...(q ? [{ key: 'q', label: t('filters.query', { q }), remove: () => a.setQuery('') }] : []),
    ...sectors.map((s) => ({ key: s, label: t(`sector.${s}`), remove: () => a.toggleSector(s) })),
    ...areas.map((c) => ({ key: c, label: areaName(c), remove: () => a.toggleArea(c) })),
    ...statuses.map((s) => ({ key: s, label: t(`status.${s}`), remove: () => a.toggleStatus(s) })),
  ];
  if (!chips.length) return null;
  return (
    <div className="chips" role="group" aria-label={t('filters.active')}>
      {chips.map((c) => (
        <button
          key={c.key}
          type="button"
          className="chip"
          onClick={c.remove}
          aria-label={t('filters.remove', { label: c.label })}
        >
          {c.label} <span aria-hidden="true">×</span>
        </button>
      ))}
      <button type="button" className="link" onClick={a.clearFilters} data-testid="clear-filters">
        {t('filters.clearAll')}
      </button>
    </div>
  );
});

/** Sector, area and status choices, each with the count it would show given the other filters. */
const Facets = memo(function Facets({ facets, areaName }: Props) {
  const { t } = useLang();
  const sectors = useSectors();
  const statuses = useStatuses();
  const areas = useAreas();
  const a = useActions();
  const areaId = useId();
  const { sectors: sectorCounts, statuses: statusCounts, areas: areaCounts } = facets;
  // A choice with nothing behind it in the whole data (today: elderly care) is not offered; one ticked from
  // the URL stays so it can be removed.
  const offeredSectors = SECTORS.filter((s) => sectors.includes(s) || facets.present.sectors.has(s));
  const offeredStatuses = STATUSES.filter((s) => statuses.includes(s) || facets.present.statuses.has(s));
  return (
    <>
      <fieldset className="facet grid">
        <legend>{t('filters.sector')}</legend>
        {offeredSectors.map((s) => (
          <FacetCheck
            key={s}
            id={`sector-${s}`}
            label={t(`sector.${s}`)}
            count={sectorCounts.get(s) ?? 0}
            checked={sectors.includes(s)}
            onChange={() => a.toggleSector(s)}
            color={SECTOR_COLORS[s]}
          />
        ))}
      </fieldset>
      <label htmlFor={areaId} className="field-label">
        {t('filters.area')}
      </label>
      <select
        id={areaId}
        className="select"
        value={areas.length === 1 ? areas[0] : ''}
        onChange={(e) => a.setArea((e.target.value || null) as AreaCode | null)}
        data-testid="area-select"
      >
        <option value="">
          {t('filters.allBeijing')} ({facets.anyArea})
        </option>
        {AREA_CODES.filter((c) => c !== 'beijing').map((c) => (
          <option key={c} value={c}>
            {areaName(c)} ({areaCounts.get(c) ?? 0})
          </option>
        ))}
      </select>
      <fieldset className="facet grid">
        <legend>{t('filters.status')}</legend>
        {offeredStatuses.map((s) => (
          <FacetCheck
            key={s}
            id={`status-${s}`}
            label={t(`status.${s}`)}
            count={statusCounts.get(s) ?? 0}
            checked={statuses.includes(s)}
            onChange={() => a.toggleStatus(s)}
          />
        ))}
      </fieldset>
    </>
  );
});

interface FacetCheckProps {
  id: string;
  label: string;
  count: number;
  checked: boolean;
  onChange: () => void;
  color?: string;
}

/** One choice of a facet: checkbox, optional colour swatch, label and the count it would show. */
function FacetCheck({ id, label, count, checked, onChange, color }: FacetCheckProps) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={onChange} data-testid={id} />
      {color ? <span className="swatch" style={{ background: color }} aria-hidden="true" /> : null}
      <span className="check-label">{label}</span>
      <span className="count">{count}</span>
    </label>
  );
}
