import { useDeferredValue, useMemo } from 'react';
import { areaNamer } from '../data/areas';
import { useAppData } from '../data/queries';
import { useLang } from '../i18n';
import { useAreas, useSearchText, useSectors, useStatuses } from '../state/store';
import { activeFilters, legendEntries } from './summary';

/** Shown only on paper: the active filters and the legend of what is drawn (the screen legend is a disclosure). */
export function PrintSheet({ counts }: { counts: Map<string, number> }) {
  const { lang, t } = useLang();
  const areaList = useAppData().data?.areas;
  // The search text follows in a deferred pass: the sheet is only on paper, so it stays out of the keystroke's render.
  const q = useDeferredValue(useSearchText());
  const sectors = useSectors();
  const statuses = useStatuses();
  const areas = useAreas();
  const chips = useMemo(
    () => activeFilters({ q, sectors, statuses, areas }, t, areaNamer(areaList ?? [], lang, 'short')),
    [q, sectors, statuses, areas, t, areaList, lang],
  );
  return (
    <section className="print-sheet" data-testid="print-sheet" aria-hidden="true">
      <p data-testid="print-filters">
        <strong>{t('print.filters')}:</strong> {chips.length ? chips.join(' · ') : t('print.none')}
      </p>
      <ul className="print-legend" data-testid="print-legend">
        {legendEntries(counts, t).map((e) => (
          <li key={e.label}>
            <span className="dot" style={{ background: e.color }} />
            {e.label} {e.count}
          </li>
        ))}
      </ul>
    </section>
  );
}
