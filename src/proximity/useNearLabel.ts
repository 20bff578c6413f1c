import { useAppData, useMetroStations } from '../data/queries';
import { pick, useLang } from '../i18n';
import { useNear } from '../state/store';
import { formatDistance } from './format';
import { stationAt } from './proximity';

/** The proximity filter in words ("Within 1 km of Xi'erqi"), or null when there is none. */
export function useNearLabel(): string | null {
  const near = useNear();
  const { lang, t } = useLang();
  const stations = useMetroStations(!!useAppData().data).data?.features ?? [];
  if (!near) return null;
  const s = stationAt(near, stations);
  const place = s ? pick(lang, s.properties.name_zh, s.properties.name_en) : t('near.point');
  return t('near.chip', { radius: formatDistance(near.m, lang), place });
}
