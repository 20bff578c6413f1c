import { useEffect, useId, useRef } from 'react';
import { useAppData } from '../data/queries';
import { pick, useLang } from '../i18n';
import { useActions, useChooser } from '../state/store';
import { SECTOR_COLORS } from './sectors';

/**
 * Several projects at one spot (a town or district centroid, or points too close to tell apart): a small
 * dialog lists every one of them, each one click (or Enter) from its panel. Focus moves into it and back
 * to where it came from; Escape closes it.
 */
export function StackChooser() {
  const chooser = useChooser();
  const data = useAppData().data;
  const { lang, t } = useLang();
  const a = useActions();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const returnTo = useRef<Element | null>(null);
  const open = !!chooser && !!data;

  useEffect(() => {
    if (!open) return;
    returnTo.current = document.activeElement;
    ref.current?.querySelector<HTMLElement>('button[data-id]')?.focus();
    return () => {
      const back = returnTo.current as HTMLElement | null;
      if (back?.isConnected && document.activeElement === document.body) back.focus();
    };
  }, [open, chooser]);

  if (!chooser || !data) return null;
  const projects = chooser.ids
    .flatMap((id) => {
      const f = data.projectById.get(id);
      return f ? [f.properties] : [];
    })
    .sort((x, y) => pick(lang, x.name_zh, x.name_en).localeCompare(pick(lang, y.name_zh, y.name_en), lang));

  return (
    <div
      ref={ref}
      className="stack-chooser"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      data-testid="stack-chooser"
      style={{ left: chooser.x, top: chooser.y }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          a.openChooser(null);
        }
      }}
    >
      <div className="stack-chooser-head">
        <h2 id={titleId}>{t('map.stack', { count: projects.length })}</h2>
        <button type="button" className="icon" aria-label={t('panel.close')} onClick={() => a.openChooser(null)}>
          ×
        </button>
      </div>
      <ul>
        {projects.map((p) => (
          <li key={p.id}>
            <button type="button" data-id={p.id} onClick={() => a.selectProject(p.id, 'map')}>
              <span className="swatch" style={{ background: SECTOR_COLORS[p.sector] }} aria-hidden="true" />
              <span>{pick(lang, p.name_zh, p.name_en)}</span>
              <span className="muted">
                {t(`sector.${p.sector}`)} · {t(`precision.${p.precision}`)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
