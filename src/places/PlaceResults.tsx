import './places.css';
import { useDeferredValue, useMemo } from 'react';
import { useAppData, useMetroLines } from '../data/queries';
import { lineNamer } from '../proximity/format';
import { pick, useLang } from '../i18n';
import { DEFAULT_RADIUS } from '../proximity/proximity';
import { useActions, useNear, useSearchText } from '../state/store';
import { goToPlace } from './goToPlace';
import { searchPlaces, type Place } from './places';
import { usePlaces } from './usePlaces';

/** The places a search finds (stations, districts, the BDA), above the projects: go there, or list what is near. */
export function PlaceResults() {
  const { lang, t } = useLang();
  const q = useDeferredValue(useSearchText());
  const places = usePlaces();
  const data = useAppData().data;
  const near = useNear();
  const a = useActions();
  const found = useMemo(() => searchPlaces(places, q), [places, q]);
  const lineName = lineNamer(useMetroLines(!!data).data?.features, lang);
  if (!found.length) return null;

  const name = (p: Place) => pick(lang, p.name_zh, p.name_en);
  const badge = (p: Place) =>
    t(p.kind === 'station' ? 'places.station' : p.code === 'bda' ? 'places.bda' : 'places.district');
  const nearHere = (p: Place) => {
    a.setNear({ lng: p.center[0], lat: p.center[1], m: near?.m ?? DEFAULT_RADIUS });
    a.setQuery('');
  };
  return (
    <section className="places" aria-label={t('places.title')} data-testid="places">
      <h3 className="places-title">{t('places.title')}</h3>
      <ul>
        {found.map((p) => (
          <li key={p.id} data-place={p.id}>
            <button
              type="button"
              className="place"
              onClick={() => goToPlace(p, data)}
              aria-label={t('places.goTo', { name: name(p) })}
              data-testid="place"
            >
              <span className={`place-badge ${p.kind}`}>{badge(p)}</span>
              <span className="place-name">{name(p)}</span>
              {p.lines?.length ? (
                <span className="muted place-lines">
                  {t('places.lines', { lines: p.lines.map(lineName).join(' · ') })}
                </span>
              ) : null}
            </button>
            {p.kind === 'station' ? (
              <button
                type="button"
                className="link"
                onClick={() => nearHere(p)}
                aria-label={t('places.nearHereLabel', { name: name(p) })}
                data-testid="place-near"
              >
                {t('places.nearHere')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
