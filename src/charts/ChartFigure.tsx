import { useEffect, useId, useRef, useState } from 'react';
import { useLang } from '../i18n';
import { chunk, ChunkLoadError } from '../ui/chunk';

/** Chartist and the bar renderer, loaded with the first chart (asked again after a failure: chunk.ts). */
const loadRenderer = chunk(() => import('./renderBar'));

interface ChartTable {
  columns: string[];
  rows: { label: string; cells: string[] }[];
}

interface ChartSeries {
  name: string;
  color: string;
  values: (number | null)[];
}

interface Props {
  title: string;
  /** Shown under the title: what the numbers are in. */
  unitNote?: string;
  labels: string[];
  series: ChartSeries[];
  stacked?: boolean;
  tick: (v: number) => string;
  /** The same numbers as text: the table alternative and the screen reader's description. */
  table: ChartTable;
  testId?: string;
}

/**
 * The charts that failed to load, each ready to try again: they share one chunk, so one Retry asks for it
 * once and every chart that failed draws (not only the one whose button was pressed).
 */
const failedCharts = new Set<() => void>();
const retryFailedCharts = () => {
  for (const retry of [...failedCharts]) retry();
};

/**
 * One chart: drawn by Chartist (loaded with import() when the first chart mounts), described in text for
 * screen readers, with a "show as table" toggle that shows the same numbers as a table.
 */
export function ChartFigure({ title, unitNote, labels, series, stacked = false, tick, table, testId }: Props) {
  const { t } = useLang();
  const el = useRef<HTMLDivElement>(null);
  const figure = useRef<HTMLElement>(null);
  const retryButton = useRef<HTMLButtonElement>(null);
  const [asTable, setAsTable] = useState(false);
  const [state, setState] = useState<'loading' | 'ready' | { error: string }>('loading');
  // Bumped by Retry after a failure: the chart's code is asked for again.
  const [attempt, setAttempt] = useState(0);
  const id = useId();
  const spec = JSON.stringify({ labels, series, stacked });
  const longest = Math.max(...labels.map((l) => Array.from(l).length), 4);
  const failed = typeof state === 'object';

  // While this chart has failed, any chart's Retry tries it again too.
  useEffect(() => {
    if (!failed) return;
    const retry = () => {
      setState('loading');
      setAttempt((a) => a + 1);
    };
    failedCharts.add(retry);
    return () => void failedCharts.delete(retry);
  }, [failed]);
  // Focus that Retry left on the figure (the button goes while the chart loads) returns to the button if the
  // chart fails again.
  useEffect(() => {
    if (failed && document.activeElement === figure.current) retryButton.current?.focus();
  }, [failed]);

  useEffect(() => {
    let detach: (() => void) | undefined;
    let live = true;
    loadRenderer()
      .then(({ drawBars }) => {
        if (!live || !el.current) return;
        const s = JSON.parse(spec) as { labels: string[]; series: ChartSeries[]; stacked: boolean };
        detach = drawBars(el.current, {
          labels: s.labels,
          series: s.series.map((x) => ({ values: x.values, color: x.color })),
          stacked: s.stacked,
          tick,
          labelWidth: Math.min(150, 14 + longest * 7.5),
        });
        setState('ready');
      })
      .catch(
        (e: Error) => live && setState({ error: e instanceof ChunkLoadError ? t('app.codeNotLoaded') : e.message }),
      );
    return () => {
      live = false;
      detach?.();
    };
  }, [spec, tick, longest, t, attempt]);

  const description = t('charts.description', {
    title,
    items: table.rows.map((r) => `${r.label} ${r.cells.join(' / ')}`).join('; '),
  });
  return (
    <figure
      ref={figure}
      tabIndex={-1}
      className="chart-block"
      data-testid={testId ?? 'chart'}
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-d`}
    >
      <figcaption id={`${id}-t`}>
        <strong>{title}</strong>
        {unitNote ? <span className="muted"> · {unitNote}</span> : null}
      </figcaption>
      <p id={`${id}-d`} className="visually-hidden">
        {description}
      </p>
      {series.length > 1 ? (
        <ul className="chart-legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.name}>
              <span className="dot" style={{ background: s.color }} /> {s.name}
            </li>
          ))}
        </ul>
      ) : null}
      {state === 'loading' ? <p className="muted">{t('charts.loading')}</p> : null}
      {typeof state === 'object' ? (
        <div className="notice">
          <p role="alert">{t('charts.failed', { message: state.error })}</p>
          <button
            ref={retryButton}
            type="button"
            className="secondary small"
            aria-describedby={`${id}-t`}
            onClick={() => {
              // Focus stays in the chart while the button is gone.
              figure.current?.focus();
              retryFailedCharts();
            }}
            data-testid="chart-retry"
          >
            {t('app.retry')}
          </button>
        </div>
      ) : null}
      <div ref={el} className="chart" aria-hidden="true" hidden={asTable} data-testid="chart-svg" />
      <button
        type="button"
        className="link small"
        aria-pressed={asTable}
        onClick={() => setAsTable(!asTable)}
        data-testid="chart-as-table"
      >
        {asTable ? t('charts.asChart') : t('charts.asTable')}
      </button>
      {asTable ? (
        <table className="chart-table" data-testid="chart-table">
          <thead>
            <tr>
              {table.columns.map((c, i) => (
                <th key={i} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {r.cells.map((c, i) => (
                  <td key={i}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </figure>
  );
}
