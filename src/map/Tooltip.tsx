import { useAppData } from '../data/queries';
import { pick, useLang } from '../i18n';
import { useMapHover } from '../state/store';

export const TOOLTIP_ID = 'map-tooltip';
/** How many names a tooltip over a stack lists before "and N more". */
const MAX_NAMES = 4;

/**
 * What the pointer (or keyboard focus) is on: a project's name, sector and how precisely it is placed; over
 * a stack, how many share the spot. Text only, from the data, rendered as text.
 */
export function MapTooltip() {
  const hover = useMapHover();
  const data = useAppData().data;
  const { lang, t } = useLang();
  if (!hover || !data) return null;
  const projects = hover.ids.flatMap((id) => {
    const f = data.projectById.get(id);
    return f ? [f.properties] : [];
  });
  if (!projects.length) return null;
  const one = projects.length === 1 ? projects[0]! : null;
  return (
    <div
      id={TOOLTIP_ID}
      role="tooltip"
      className="map-tooltip"
      data-testid="map-tooltip"
      style={{ left: hover.x, top: hover.y }}
    >
      {one ? (
        <>
          <strong>{pick(lang, one.name_zh, one.name_en)}</strong>
          <span>
            {t(`sector.${one.sector}`)} · {t(`status.${one.status}`)}
          </span>
          <span className="muted">
            {t('map.placed')}: {t(`precision.${one.precision}`)}
          </span>
        </>
      ) : (
        <>
          <strong>{t('map.stack', { count: projects.length })}</strong>
          <ul>
            {projects.slice(0, MAX_NAMES).map((p) => (
              <li key={p.id}>{pick(lang, p.name_zh, p.name_en)}</li>
            ))}
          </ul>
          {projects.length > MAX_NAMES && (
            <span className="muted">{t('map.andMore', { count: projects.length - MAX_NAMES })}</span>
          )}
          <span className="muted">{t('map.stackHint')}</span>
        </>
      )}
    </div>
  );
}
