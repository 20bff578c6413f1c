import { SECTORS } from '../data/schema';
import { useLang } from '../i18n';
import { SECTOR_COLORS } from '../map/sectors';

export function Legend({ counts }: { counts: Map<string, number> }) {
  const { t } = useLang();
  return (
    // Open where the map has room for it; the sector filter repeats the colours beside the map anyway.
    <details className="legend" open={!!window.matchMedia?.('(min-width: 1400px)').matches}>
      <summary>{t('legend.title')}</summary>
      <ul>
        {SECTORS.filter((s) => counts.get(s)).map((s) => (
          <li key={s}>
            <span className="dot" style={{ background: SECTOR_COLORS[s] }} aria-hidden="true" />
            {t(`sector.${s}`)} <span className="muted">{counts.get(s)}</span>
          </li>
        ))}
        <li>
          <span className="ring" aria-hidden="true" />
          {t('legend.approx')}
        </li>
        <li>
          <span className="dash" aria-hidden="true" />
          {t('legend.line')}
        </li>
      </ul>
    </details>
  );
}
