/**
 * Draws a bar chart with Chartist (SVG, ~15 kB gzipped, no dependencies). This module is only ever loaded
 * with import(), so Chartist stays out of the first view's bundle.
 */
import 'chartist/dist/index.css';
import { BarChart } from 'chartist';

export interface DrawSpec {
  labels: string[];
  series: { values: (number | null)[]; color: string }[];
  stacked: boolean;
  /** Formats an axis tick. */
  tick: (v: number) => string;
  labelWidth: number;
}

export function drawBars(el: HTMLElement, spec: DrawSpec): () => void {
  const groupH = spec.stacked ? 22 : 14 * spec.series.length + 10;
  const height = spec.labels.length * groupH + 40;
  const chart = new BarChart(
    el,
    { labels: spec.labels, series: spec.series.map((s) => s.values.map((v) => v ?? null)) },
    {
      horizontalBars: true,
      stackBars: spec.stacked,
      reverseData: true,
      seriesBarDistance: 12,
      height: `${height}px`,
      chartPadding: { top: 8, right: 16, bottom: 4, left: 4 },
      axisY: { offset: spec.labelWidth },
      axisX: { onlyInteger: false, labelInterpolationFnc: (v: number | string) => spec.tick(Number(v)) },
    },
  );
  chart.on('draw', (d: { type: string; seriesIndex?: number; element: { getNode: () => Element } }) => {
    if (d.type !== 'bar' || d.seriesIndex === undefined) return;
    const color = spec.series[d.seriesIndex]?.color ?? '#4a5668';
    // Through the CSSOM, not a style attribute: the Content-Security-Policy allows no inline styles.
    const style = (d.element.getNode() as SVGElement).style;
    style.stroke = color;
    style.strokeWidth = `${spec.stacked ? 16 : 11}px`;
  });
  return () => chart.detach();
}
