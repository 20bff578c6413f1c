import { SECTORS, STATUSES } from '../data/codes';
import { useLang } from '../i18n';
import { SECTOR_COLORS, STATUS_FILL } from '../map/sectors';

const C = '#4a5668';

/** A point drawn as the map draws it: `fill` is the share of its disc filled (see STATUS_FILL). */
function PointSwatch({ fill, color = C }: { fill: number; color?: string }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <circle
        cx="8"
        cy="8"
        r="6"
        fill={color}
        fillOpacity={fill}
        stroke={fill >= 1 ? '#fff' : color}
        strokeWidth={fill >= 1 ? 1.5 : 2}
      />
    </svg>
  );
}

const Swatch = {
  approx: (
    <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
      <circle cx="11" cy="11" r="9.5" fill="#fff" fillOpacity="0.55" stroke={C} strokeWidth="1.5" />
      <text x="11" y="14.5" fontSize="9" textAnchor="middle" fill="#1f2933">
        9
      </text>
    </svg>
  ),
  town: (
    <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
      <circle cx="11" cy="11" r="10" fill={C} fillOpacity="0.15" />
      <circle cx="11" cy="11" r="4.5" fill={C} stroke="#fff" strokeWidth="1.5" />
    </svg>
  ),
  stack: (
    <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
      <circle cx="9" cy="13" r="5" fill={C} stroke="#fff" strokeWidth="1.5" />
      <circle cx="15" cy="7" r="6" fill="#1f2933" stroke="#fff" strokeWidth="1" />
      <text x="15" y="10" fontSize="8" textAnchor="middle" fill="#fff">
        3
      </text>
    </svg>
  ),
  cluster: (
    <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
      <circle cx="11" cy="11" r="9" fill="#fff" stroke="#1f2933" strokeWidth="2" />
      <text x="11" y="14.5" fontSize="9" textAnchor="middle" fill="#1f2933">
        12
      </text>
    </svg>
  ),
  metro: (
    <svg width="22" height="16" viewBox="0 0 22 16" aria-hidden="true">
      <path d="M1 8h20" stroke="#C23A30" strokeWidth="3" />
      <circle cx="11" cy="8" r="3.5" fill="#fff" stroke="#1f2933" strokeWidth="2" />
    </svg>
  ),
};

/**
 * What every mark on the map means: colour is the sector, fill the status, the shape how precisely a
 * project is placed. Folded on small screens; it sits in a corner the camera keeps clear when it is open.
 */
export function Legend({ counts }: { counts: Map<string, number> }) {
  const { t } = useLang();
  return (
    <details
      className="legend"
      data-testid="legend"
      data-covers-map=""
      open={!!window.matchMedia?.('(min-width: 1400px)').matches}
    >
      <summary>{t('legend.title')}</summary>
      <h3>{t('legend.sectors')}</h3>
      <ul>
        {SECTORS.filter((s) => counts.get(s)).map((s) => (
          <li key={s}>
            <span className="dot" style={{ background: SECTOR_COLORS[s] }} aria-hidden="true" />
            {t(`sector.${s}`)} <span className="muted">{counts.get(s)}</span>
          </li>
        ))}
      </ul>
      <h3>{t('legend.statusHead')}</h3>
      <ul>
        {STATUSES.map((s) => (
          <li key={s}>
            <PointSwatch fill={STATUS_FILL[s]} />
            {t(`status.${s}`)}
          </li>
        ))}
      </ul>
      <h3>{t('legend.precisionHead')}</h3>
      <ul>
        <li>
          <PointSwatch fill={1} />
          {t('legend.site')}
        </li>
        <li>
          {Swatch.town}
          {t('legend.town')}
        </li>
        <li>
          {Swatch.approx}
          {t('legend.approx')}
        </li>
        <li>
          {Swatch.stack}
          {t('legend.stack')}
        </li>
        <li>
          {Swatch.cluster}
          {t('legend.cluster')}
        </li>
        <li>
          <span className="dash" aria-hidden="true" />
          {t('legend.line')}
        </li>
        <li>
          {Swatch.metro}
          {t('legend.metro')}
        </li>
      </ul>
    </details>
  );
}
