/** Sorting the results list. Pure. */
import type { ProjectProps } from '../data/model';
import { AREA_CODES } from '../data/codes';
import type { Lang } from '../state/url';

export const SORT_KEYS = ['relevance', 'distance', 'name', 'district', 'floor_area'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const collator = {
  zh: new Intl.Collator('zh-CN-u-co-pinyin'),
  en: new Intl.Collator('en'),
};

/**
 * Sorts projects. `relevance` keeps the given order (search ranking). Floor area sorts largest first, with
 * projects that have none last; distance (from the proximity centre) nearest first. Ties fall back to the name.
 */
export function sortProjects(
  list: ProjectProps[],
  key: SortKey,
  lang: Lang,
  distances?: ReadonlyMap<string, number> | null,
): ProjectProps[] {
  if (key === 'relevance') return list;
  const name = (p: ProjectProps) => (lang === 'zh' ? p.name_zh : p.name_en);
  const byName = (a: ProjectProps, b: ProjectProps) => collator[lang].compare(name(a), name(b));
  const out = [...list];
  if (key === 'name') return out.sort(byName);
  if (key === 'distance') {
    const d = (p: ProjectProps) => distances?.get(p.id) ?? Infinity;
    return out.sort((a, b) => d(a) - d(b) || byName(a, b));
  }
  if (key === 'district')
    return out.sort((a, b) => AREA_CODES.indexOf(a.district) - AREA_CODES.indexOf(b.district) || byName(a, b));
  return out.sort((a, b) => {
    const fa = a.floor_area_total_m2 ?? -1;
    const fb = b.floor_area_total_m2 ?? -1;
    return fb - fa || byName(a, b);
  });
}
