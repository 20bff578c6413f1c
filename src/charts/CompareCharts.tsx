import { useMemo } from 'react';
import { areaName } from '../data/areas';
import type { Profile, ProjectProps } from '../data/model';
import type { Indicator } from '../data/schema';
import { formatQuantity } from '../i18n/format';
import { pick, useLang } from '../i18n';
import { SECTOR_COLORS } from '../map/sectors';
import { areaSectorStacks, sharedResultTarget } from './chartData';
import { ChartFigure } from './ChartFigure';
import { RESULT_COLOR, TARGET_COLOR } from './DistrictCharts';
import { chartUnit, tickFormat } from './units';

const fmt = (i: Indicator | null, lang: 'zh' | 'en') => (i ? formatQuantity(i.value, i.unit, lang, i.qualifier) : '—');

/** The compare view's charts: projects per area stacked by sector, and shared measures' 2024 results and 2025 targets. */
export function CompareCharts({ profiles, projects }: { profiles: Profile[]; projects: ProjectProps[] }) {
  const { lang, t } = useLang();
  const tick = useMemo(() => tickFormat(lang), [lang]);
  const names = profiles.map((p) => areaName(p, lang, 'short'));
  const stacks = useMemo(() => areaSectorStacks(profiles, projects), [profiles, projects]);
  const shared = useMemo(() => sharedResultTarget(profiles), [profiles]);
  return (
    <div className="charts" data-testid="compare-charts">
      <ChartFigure
        title={t('charts.projectsByArea')}
        labels={names}
        stacked
        series={stacks.sectors.map((s, i) => ({
          name: t(`sector.${s}`),
          color: SECTOR_COLORS[s],
          values: stacks.counts[i]!,
        }))}
        tick={tick}
        table={{
          columns: [t('charts.category'), ...stacks.sectors.map((s) => t(`sector.${s}`))],
          rows: names.map((n, a) => ({ label: n, cells: stacks.counts.map((c) => String(c[a])) })),
        }}
        testId="chart-areas"
      />
      {shared.map((row) => {
        const u = chartUnit(row.unit, lang);
        const conv = (i: Indicator | null) => (i ? Number((i.value * u.factor).toPrecision(12)) : null);
        const label = pick(lang, row.label_zh, row.label_en);
        return (
          <ChartFigure
            key={row.key}
            title={label}
            unitNote={u.name ? t('charts.unitNote', { unit: u.name }) : undefined}
            labels={names}
            series={[
              { name: t('charts.result2024'), color: RESULT_COLOR, values: row.actual.map(conv) },
              { name: t('charts.target2025'), color: TARGET_COLOR, values: row.target.map(conv) },
            ]}
            tick={tick}
            table={{
              columns: [t('charts.category'), t('charts.result2024'), t('charts.target2025')],
              rows: names.map((n, a) => ({ label: n, cells: [fmt(row.actual[a]!, lang), fmt(row.target[a]!, lang)] })),
            }}
            testId="chart-shared"
          />
        );
      })}
    </div>
  );
}
