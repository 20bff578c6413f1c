import { useId } from 'react';
import { useLang } from '../i18n';
import { useActions } from '../state/store';
import { BASEMAPS_OFFERED, defaultBasemap } from './basemapConfig';
import type { BasemapId } from './layers/common';

/**
 * The basemap switch on the map: the offline map (districts and metro, drawn from local data) or an online
 * map of streets. Online tiles are requested only once a user picks them.
 */
export function BasemapControl({ current }: { current: BasemapId }) {
  const { t } = useLang();
  const { setBasemap } = useActions();
  const id = useId();
  if (BASEMAPS_OFFERED.length < 2) return null;
  return (
    <div className="basemap-control">
      <label htmlFor={id}>{t('map.basemap')}</label>
      <select
        id={id}
        value={current}
        data-testid="basemap"
        onChange={(e) => {
          const b = e.target.value as BasemapId;
          setBasemap(b === defaultBasemap() ? null : b);
        }}
      >
        {BASEMAPS_OFFERED.map((b) => (
          <option key={b} value={b}>
            {t(`map.basemaps.${b}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
