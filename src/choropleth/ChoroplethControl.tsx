import './choropleth.css';
import { useId } from 'react';
import { formatInteger, formatSquareMetres } from '../i18n/format';
import { useLang } from '../i18n';
import { CHORO_COLORS, CHORO_NO_DATA } from '../map/layers/districts';
import { useActions, useChoropleth, useSectors } from '../state/store';
import type { Lang } from '../state/url';
import { CHORO_MEASURES, type ChoroMeasure } from './measures';
import { useChoroplethData } from './useChoroplethData';

function formatMeasure(measure: ChoroMeasure, v: number, lang: Lang): string {
  if (measure === 'floor_area') return formatSquareMetres(v, lang);
  if (measure === 'density') return v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 2 });
  return formatInteger(v, lang);
}

/**
 * Chooses the measure the districts are shaded by, and shows its classes (the range of each, how many
 * districts fall in it), "no data", and what the counts reflect. A native select: keyboard accessible.
 */
export function ChoroplethControl() {
  const { lang, t } = useLang();
  const measure = useChoropleth();
  const sectors = useSectors();
  const choro = useChoroplethData();
  const { setChoropleth } = useActions();
  const id = useId();
  const noData = choro ? [...choro.classOf.values()].filter((c) => c === -1).length : 0;
  return (
    <section className="choropleth" data-testid="choropleth" aria-labelledby={id}>
      <label id={id} className="field-label">
        {t('choro.label')}{' '}
        <select
          className="select inline"
          value={measure ?? ''}
          onChange={(e) => setChoropleth((e.target.value || null) as ChoroMeasure | null)}
          data-testid="choropleth-select"
        >
          <option value="">{t('choro.none')}</option>
          {CHORO_MEASURES.map((m) => (
            <option key={m} value={m}>
              {t(`choro.${m}`)}
            </option>
          ))}
        </select>
      </label>
      {choro && measure ? (
        <>
          <ul className="choro-classes" aria-label={t('choro.legend', { measure: t(`choro.${measure}`) })}>
            {choro.classes.map((c, i) => (
              <li key={i} data-testid="choro-class" data-min={c.min} data-max={c.max} data-count={c.count}>
                <span className="choro-swatch" style={{ background: CHORO_COLORS[i] }} aria-hidden="true" />
                {c.min === c.max
                  ? formatMeasure(measure, c.min, lang)
                  : t('choro.range', {
                      min: formatMeasure(measure, c.min, lang),
                      max: formatMeasure(measure, c.max, lang),
                    })}
                <span className="muted"> ({c.count})</span>
              </li>
            ))}
            {noData ? (
              <li data-testid="choro-nodata" data-count={noData}>
                <span className="choro-swatch nodata" style={{ background: CHORO_NO_DATA }} aria-hidden="true" />
                {t('choro.noData')}
                <span className="muted"> ({noData})</span>
              </li>
            ) : null}
          </ul>
          {sectors.length ? (
            <p className="small">
              {t('choro.sectors', { sectors: sectors.map((s) => t(`sector.${s}`)).join(lang === 'zh' ? '、' : ', ') })}
            </p>
          ) : null}
          <p className="small muted">{t('choro.note')}</p>
        </>
      ) : null}
    </section>
  );
}
