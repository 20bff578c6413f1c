/** What a printed page or an image says about the map: title, active filters, legend entries. Pure. */
import { SECTORS } from '../data/codes';
import { SECTOR_COLORS } from '../map/sectors';
import type { TFunction } from 'i18next';
import type { UrlState } from '../state/url';

type T = TFunction;

/** The active filters and search, as the chips read them; empty when nothing is filtered. */
export function activeFilters(
  view: Pick<UrlState, 'q' | 'sectors' | 'areas' | 'statuses'>,
  t: T,
  areaName: (code: string) => string,
): string[] {
  return [
    ...(view.q ? [t('filters.query', { q: view.q })] : []),
    ...view.sectors.map((s) => t(`sector.${s}`)),
    ...view.areas.map((c) => areaName(c)),
    ...view.statuses.map((s) => t(`status.${s}`)),
  ];
}

export interface LegendEntry {
  label: string;
  color: string;
  count: number;
}

/** The sectors drawn, with their colour and count (what the legend lists). */
export function legendEntries(counts: ReadonlyMap<string, number>, t: T): LegendEntry[] {
  return SECTORS.filter((s) => counts.get(s)).map((s) => ({
    label: t(`sector.${s}`),
    color: SECTOR_COLORS[s],
    count: counts.get(s)!,
  }));
}
