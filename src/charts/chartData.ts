/**
 * What the charts draw, from the same data the panels show. Pure: numbers in, bar series out; a chart never
 * shows a value the data does not hold, and a measure whose values are not in one unit is left out.
 */
import { inArea } from '../data/areas';
import type { Profile, ProjectProps } from '../data/model';
import { SECTORS, type Sector } from '../data/codes';
import type { Indicator } from '../data/schema';
import { UNITS } from '../i18n/format';

/** Projects of an area by sector: one bar per sector that has any. */
export function sectorBars(projects: readonly ProjectProps[]): { sectors: Sector[]; counts: number[] } {
  const sectors = SECTORS.filter((s) => projects.some((p) => p.sector === s));
  return { sectors, counts: sectors.map((s) => projects.filter((p) => p.sector === s).length) };
}

/** Areas side by side, each bar stacked by sector (sectors that no chosen area has are left out). */
export function areaSectorStacks(profiles: readonly Profile[], projects: readonly ProjectProps[]) {
  const mine = profiles.map((pr) => projects.filter((p) => inArea(p, pr.code)));
  const sectors = SECTORS.filter((s) => mine.some((list) => list.some((p) => p.sector === s)));
  return {
    sectors,
    /** counts[sector][area] */
    counts: sectors.map((s) => mine.map((list) => list.filter((p) => p.sector === s).length)),
  };
}

export interface Pair {
  key: string;
  label_zh: string;
  label_en: string;
  actual: Indicator;
  target: Indicator;
  /** Both values in one unit (the smaller of the two when the source wrote 套 and 万套). */
  unit: string;
  actualValue: number;
  targetValue: number;
}

/** Converts two values to one unit when their units differ only by 万/亿 (same English form), else undefined. */
export function commonUnit(a: Indicator, b: Indicator): { unit: string; a: number; b: number } | undefined {
  if (a.unit === b.unit) return { unit: a.unit, a: a.value, b: b.value };
  const ra = UNITS[a.unit];
  const rb = UNITS[b.unit];
  if (!ra || !rb || ra.en !== rb.en) return undefined;
  const [small, ratioA, ratioB] =
    ra.factor <= rb.factor ? [a.unit, 1, rb.factor / ra.factor] : [b.unit, ra.factor / rb.factor, 1];
  const fix = (x: number) => Number(x.toPrecision(12));
  return { unit: small, a: fix(a.value * ratioA), b: fix(b.value * ratioB) };
}

/** Measures with a 2024 result and a 2025 target (the panel's rows: same metric, or the same label). */
export function resultTargetPairs(indicators: readonly Indicator[]): Pair[] {
  const rows = new Map<string, Indicator[]>();
  for (const ind of indicators) {
    const key = ind.metric ?? `label:${ind.label_zh}`;
    rows.set(key, [...(rows.get(key) ?? []), ind]);
  }
  const out: Pair[] = [];
  for (const [key, list] of rows) {
    const actual = list.find((i) => i.kind === 'actual' && i.year === 2024);
    const target = list.find((i) => i.kind === 'target' && i.year === 2025);
    if (!actual || !target) continue;
    const u = commonUnit(actual, target);
    if (!u) continue;
    out.push({
      key,
      label_zh: actual.label_zh,
      label_en: actual.label_en,
      actual,
      target,
      unit: u.unit,
      actualValue: u.a,
      targetValue: u.b,
    });
  }
  return out;
}

export interface SharedBars {
  key: string;
  label_zh: string;
  label_en: string;
  unit: string;
  /** Per area, in the order given: its 2024 result and its 2025 target, null where it has none. */
  actual: (Indicator | null)[];
  target: (Indicator | null)[];
}

/** For the compare view: shared measures where at least two areas have a 2024 result or a 2025 target, in one unit. */
export function sharedResultTarget(profiles: readonly Profile[]): SharedBars[] {
  const keyOf = (i: Indicator) => i.metric ?? `label:${i.label_zh}`;
  const keys = new Map<string, Indicator>();
  for (const p of profiles) for (const i of p.indicators) if (!keys.has(keyOf(i))) keys.set(keyOf(i), i);
  const out: SharedBars[] = [];
  for (const [key, first] of keys) {
    const find = (p: Profile, kind: string, year: number) =>
      p.indicators.find((i) => keyOf(i) === key && i.kind === kind && i.year === year) ?? null;
    const actual = profiles.map((p) => find(p, 'actual', 2024));
    const target = profiles.map((p) => find(p, 'target', 2025));
    const present = [...actual, ...target].filter((i): i is Indicator => !!i);
    const areasWith = profiles.filter((_, i) => actual[i] || target[i]).length;
    if (areasWith < 2 || new Set(present.map((i) => i.unit)).size !== 1) continue;
    out.push({ key, label_zh: first.label_zh, label_en: first.label_en, unit: present[0]!.unit, actual, target });
  }
  return out;
}
