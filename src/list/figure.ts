/** The figure a results row shows, always with what it measures. Pure. */
import type { ProjectProps } from '../data/model';
import type { FigureKind, Qualifier } from '../data/schema';
import type { SortKey } from './sortKeys';

export interface RowFigure {
  /** The figure's kind (for its label), or the label the source gives a figure of kind other/count. */
  kind: FigureKind;
  label_zh?: string;
  label_en?: string;
  /** Floor area in m², or the figure as the source writes it. */
  m2?: number;
  value?: number;
  unit?: string;
  /** 近, 约, 超…: how the source qualifies the number. */
  qualifier?: Qualifier;
}

/**
 * Floor area where the source gives one; otherwise the first figure, labelled with its measure. When the
 * list is sorted by floor area only floor areas are shown, so the column compares like with like.
 */
export function rowFigure(p: ProjectProps, sort: SortKey): RowFigure | null {
  if (p.floor_area_total_m2 !== undefined) {
    const qualifier = p.figures.find((f) => f.kind === 'floor_area_total')?.qualifier;
    return { kind: 'floor_area_total', m2: p.floor_area_total_m2, qualifier };
  }
  if (sort === 'floor_area') return null;
  const f = p.figures[0];
  if (!f) return null;
  return {
    kind: f.kind,
    label_zh: f.label_zh,
    label_en: f.label_en,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
  };
}
