/**
 * The districts shaded by a measure: per district its value (or "no data"), class breaks that fit the
 * values, and each district's class. Pure: no React, no MapLibre.
 *
 * Breaks: Ckmeans (simple-statistics), the exact optimal 1-D clustering that Jenks' natural breaks
 * approximates. With at most 16 values and a skewed spread (海淀 alone holds about half of the records),
 * quantiles would put unlike districts in one class and give empty or repeated breaks on ties; Ckmeans
 * groups values that are close and keeps an outlier in a class of its own.
 */
import { ckmeans } from 'simple-statistics';
import { inArea } from '../data/areas';
import type { Area, ProjectProps } from '../data/model';
import type { Sector } from '../data/schema';
import type { ChoroMeasure } from './measures';

export { type ChoroMeasure } from './measures';

/** At most this many classes (fewer when there are fewer distinct values). */
const MAX_CLASSES = 5;

export interface ChoroClass {
  min: number;
  max: number;
  /** Districts in the class. */
  count: number;
}

export interface Choropleth {
  measure: ChoroMeasure;
  /** Per district code: its value, or null where the documents hold no project in it ("no data"). */
  values: Map<string, number | null>;
  classes: ChoroClass[];
  /** Per district code: its class index, or -1 for no data. */
  classOf: Map<string, number>;
}

/** Per district: the value of a measure, over the projects of the chosen sectors (all when none is chosen). */
export function districtValues(
  projects: readonly ProjectProps[],
  districts: readonly Area[],
  measure: ChoroMeasure,
  sectors: readonly Sector[] = [],
): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const d of districts) {
    const all = projects.filter((p) => inArea(p, d.code));
    // A district no document names a project in has no data: it is not a zero.
    if (!all.length) {
      out.set(d.code, null);
      continue;
    }
    const chosen = sectors.length ? all.filter((p) => sectors.includes(p.sector)) : all;
    if (measure === 'projects') out.set(d.code, chosen.length);
    else if (measure === 'density')
      out.set(d.code, d.area_km2 ? Math.round((chosen.length / d.area_km2) * 100 * 100) / 100 : null);
    else {
      const areas = chosen.flatMap((p) => (p.floor_area_total_m2 === undefined ? [] : [p.floor_area_total_m2]));
      out.set(d.code, areas.length ? areas.reduce((a, b) => a + b, 0) : null);
    }
  }
  return out;
}

/** Classes of values by Ckmeans: each class's range and size, lowest first. */
export function classBreaks(values: readonly number[], maxClasses = MAX_CLASSES): ChoroClass[] {
  if (!values.length) return [];
  const k = Math.min(maxClasses, new Set(values).size);
  return ckmeans(values, k).map((c) => ({ min: c[0]!, max: c[c.length - 1]!, count: c.length }));
}

/** The class index of a value (-1 for none). */
export function classIndex(classes: readonly ChoroClass[], v: number | null): number {
  if (v === null) return -1;
  return classes.findIndex((c) => v >= c.min && v <= c.max);
}

export function computeChoropleth(
  projects: readonly ProjectProps[],
  profiles: readonly Area[],
  measure: ChoroMeasure,
  sectors: readonly Sector[] = [],
): Choropleth {
  const districts = profiles.filter((p) => /^\d+$/.test(p.code));
  const values = districtValues(projects, districts, measure, sectors);
  const present = [...values.values()].filter((v): v is number => v !== null);
  const classes = classBreaks(present);
  const classOf = new Map([...values].map(([code, v]) => [code, classIndex(classes, v)]));
  return { measure, values, classes, classOf };
}
