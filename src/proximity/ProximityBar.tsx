import { useId } from 'react';
import { useLang } from '../i18n';
import { getMap } from '../map/mapInstance';
import { useActions, useNear } from '../state/store';
import { NEAR_BOUNDS } from '../state/url';
import { formatDistance } from './format';
import { DEFAULT_RADIUS, RADII } from './proximity';
import { useNearLabel } from './useNearLabel';

const inBeijing = (lng: number, lat: number) =>
  lng >= NEAR_BOUNDS.lng[0] && lng <= NEAR_BOUNDS.lng[1] && lat >= NEAR_BOUNDS.lat[0] && lat <= NEAR_BOUNDS.lat[1];

/**
 * The proximity filter: its radius (500 m to 10 km) and a way to remove it; without one, a way to start
 * one at the map centre (stations and project panels offer their own).
 */
export function ProximityBar() {
  const { lang, t } = useLang();
  const near = useNear();
  const label = useNearLabel();
  const a = useActions();
  const id = useId();
  if (!near) {
    const fromCentre = () => {
      const c = getMap()?.getCenter();
      if (c && inBeijing(c.lng, c.lat))
        a.setNear({ lng: Math.round(c.lng * 1e5) / 1e5, lat: Math.round(c.lat * 1e5) / 1e5, m: DEFAULT_RADIUS });
    };
    return (
      <div className="proximity">
        <button type="button" className="link" onClick={fromCentre} data-testid="near-centre">
          {t('near.mapCentre')}
        </button>
      </div>
    );
  }
  // A radius from a link that is not one of the choices stays selectable.
  const radii = [...new Set([...RADII, near.m])].sort((x, y) => x - y);
  return (
    <div className="proximity active" data-testid="proximity">
      <p className="proximity-label">{label}</p>
      <label htmlFor={id} className="field-label inline">
        {t('near.radius')}
      </label>{' '}
      <select
        id={id}
        className="select inline"
        value={near.m}
        onChange={(e) => a.setNear({ ...near, m: Number(e.target.value) })}
        data-testid="near-radius"
      >
        {radii.map((m) => (
          <option key={m} value={m}>
            {formatDistance(m, lang)}
          </option>
        ))}
      </select>{' '}
      <button type="button" className="secondary" onClick={() => a.setNear(null)} data-testid="near-remove">
        {t('near.remove')}
      </button>
      <p className="muted small">{t('near.distanceHint')}</p>
    </div>
  );
}
