import { useMemo } from 'react';
import type { Indicator } from '../data/schema';
import type { ProjectProps } from '../data/model';
import { formatQuantity } from '../i18n/format';
import { pick, useLang } from '../i18n';
import { resultTargetPairs, sectorBars, type Pair } from './chartData';
import { ChartFigure } from './ChartFigure';
import { chartUnit, tickFormat } from './units';

export const RESULT_COLOR = '#8a9bb3';
export const TARGET_COLOR = '#0072b2';

const fmt = (i: Indicator | null | undefined, lang: 'zh' | 'en') =>
  i ? formatQuantity(i.value, i.unit, lang, i.qualifier) : '—';

/** The district panel's charts: projects by sector, and 2024 results beside 2025 targets (one chart per unit). */
export function DistrictCharts({ projects, indicators }: { projects: ProjectProps[]; indicators: Indicator[] }) {
  const { lang, t } = useLang();
  const tick = useMemo(() => tickFormat(lang), [lang]);
  const bars = useMemo(() => sectorBars(projects), [projects]);
  const byUnit = useMemo(() => {
    const m = new Map<string, Pair[]>();
    for (const p of resultTargetPairs(indicators)) m.set(p.unit, [...(m.get(p.unit) ?? []), p]);
    return [...m.entries()];
  }, [indicators]);

  return (
    <div className="charts" data-testid="district-charts">
      {bars.sectors.length ? (
        <ChartFigure
          title={t('charts.projectsBySector')}
          labels={bars.sectors.map((s) => t(`sector.${s}`))}
          series={[{ name: t('charts.count'), color: '#4a5668', values: bars.counts }]}
          tick={tick}
          table={{
            columns: [t('panel.sector'), t('charts.count')],
            rows: bars.sectors.map((s, i) => ({ label: t(`sector.${s}`), cells: [String(bars.counts[i])] })),
          }}
        />
      ) : null}
      <h3>{t('charts.resultVsTarget')}</h3>
      {byUnit.length ? (
        byUnit.map(([unit, pairs]) => {
          const u = chartUnit(unit, lang);
          const conv = (v: number) => Number((v * u.factor).toPrecision(12));
          return (
            <ChartFigure
              key={unit}
              title={pairs.map((p) => pick(lang, p.label_zh, p.label_en)).join(lang === 'zh' ? '、' : '; ')}
              unitNote={u.name ? t('charts.unitNote', { unit: u.name }) : undefined}
              labels={pairs.map((p) => pick(lang, p.label_zh, p.label_en))}
              series={[
                { name: t('charts.result2024'), color: RESULT_COLOR, values: pairs.map((p) => conv(p.actualValue)) },
                { name: t('charts.target2025'), color: TARGET_COLOR, values: pairs.map((p) => conv(p.targetValue)) },
              ]}
              tick={tick}
              table={{
                columns: [t('charts.category'), t('charts.result2024'), t('charts.target2025')],
                rows: pairs.map((p) => ({
                  label: pick(lang, p.label_zh, p.label_en),
                  cells: [fmt(p.actual, lang), fmt(p.target, lang)],
                })),
              }}
              testId="chart-result-target"
            />
          );
        })
      ) : (
        <p className="muted" data-testid="no-pairs">
          {t('charts.none')}
        </p>
      )}
    </div>
  );
}
