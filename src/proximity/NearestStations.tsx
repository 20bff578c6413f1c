import { useMemo } from 'react';
import type { ProjectFeature } from '../data/model';
import type { MetroLines, MetroStations } from '../data/queries';
import { pick, useLang } from '../i18n';
import { useActions, useNear } from '../state/store';
import { formatDistance, lineNamer } from './format';
import { DEFAULT_RADIUS, isApproximate, nearestStations } from './proximity';

/** A project's three nearest open metro stations, with distance; approximate where the project's point is. */
export function NearestStations({
  project,
  stations,
  lines,
}: {
  project: ProjectFeature;
  stations: MetroStations['features'] | undefined;
  lines: MetroLines['features'] | undefined;
}) {
  const { lang, t } = useLang();
  const lineName = lineNamer(lines, lang);
  const near = useNear();
  const { setNear } = useActions();
  const list = useMemo(
    () => (stations ? nearestStations(project.geometry, stations, 3) : []),
    [stations, project.geometry],
  );
  const p = project.properties;
  /** The level the project is placed to, when only approximately ('town' or 'district'). */
  const approxLevel = isApproximate(p.precision) ? p.precision : null;
  const approx = approxLevel !== null;
  const at = project.geometry.type === 'Point' ? project.geometry.coordinates : null;
  return (
    <section className="nearest" data-testid="nearest-stations">
      <h3>{t('near.nearestStations')}</h3>
      {approxLevel ? (
        <p className="muted small" data-testid="nearest-approx">
          {t('near.approxStations', { level: t(`near.level.${approxLevel}`) })}
        </p>
      ) : null}
      {list.length ? (
        <ol className="nearest-list">
          {list.map((s) => (
            <li key={s.name_zh} data-testid="nearest-station" data-metres={Math.round(s.metres)}>
              {pick(lang, s.name_zh, s.name_en)}{' '}
              <span className="muted">
                {approx ? '≈ ' : ''}
                {formatDistance(s.metres, lang)} · {s.lines.map(lineName).join(lang === 'zh' ? '、' : ', ')}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      {at ? (
        <button
          type="button"
          className="link"
          onClick={() => setNear({ lng: at[0], lat: at[1], m: near?.m ?? DEFAULT_RADIUS })}
          data-testid="near-project"
        >
          {t('near.fromProject')}
        </button>
      ) : null}
    </section>
  );
}
