/** Sorting the results list. Pure. */
import type { ProjectProps } from '../data/model';
import { AREA_CODES } from '../data/codes';
import type { Lang } from '../state/url';
import type { SortKey } from './sortKeys';

const collator = {
  zh: new Intl.Collator('zh-CN-u-co-pinyin'),
  en: new Intl.Collator('en'),
};

const nameOf = (p: ProjectProps, lang: Lang) => (lang === 'zh' ? p.name_zh : p.name_en);

/** Every project in name order in one language, and each one's place in it (ties: the order given). */
export interface NameOrder {
  sorted: readonly ProjectProps[];
  rank: ReadonlyMap<ProjectProps, number>;
  /** The projects in the data's order, and the data position of each one in `sorted`. */
  data: readonly ProjectProps[];
  sortedAt: Uint32Array;
}
const nameOrders = new WeakMap<object, Partial<Record<Lang, NameOrder>>>();

/**
 * All projects' name order, made once per data set and language: a filtered list is then put in name order by
 * its places, not by comparing names again (issue 12: at 100,000 projects the collator's sort of a sector's
 * matches took ≈55 ms of every filter change, `tests/perf/filter-profile.ts`).
 */
export function nameOrder(all: ReadonlyMap<string, { properties: ProjectProps }>, lang: Lang): NameOrder {
  const byLang = nameOrders.get(all) ?? {};
  nameOrders.set(all, byLang);
  const made = byLang[lang];
  if (made) return made;
  const compare = collator[lang].compare;
  const data = [...all.values()].map((f) => f.properties);
  // (A stable sort: equal names keep the data's order.)
  const at = data.map((_, k) => k).sort((a, b) => compare(nameOf(data[a]!, lang), nameOf(data[b]!, lang)));
  const sorted = at.map((k) => data[k]!);
  const order = { sorted, rank: new Map(sorted.map((p, k) => [p, k])), data, sortedAt: Uint32Array.from(at) };
  byLang[lang] = order;
  return order;
}

/**
 * The projects at these data positions (`list[k]` at `at[k]`) in name order, by walking the whole order once:
 * no name compared and no project looked up (issue 12: clearing a filter at 100,000 projects put all of them
 * in order by their places, 30–85 ms; this is ≈1 ms). Null when a position does not hold its project, or
 * holds it twice.
 */
function inNameOrder(list: readonly ProjectProps[], at: readonly number[], order: NameOrder): ProjectProps[] | null {
  const listed = new Uint8Array(order.data.length);
  for (let k = 0; k < list.length; k++) {
    const a = at[k]!;
    // (A project listed twice is not walked: the places keep both.)
    if (order.data[a] !== list[k] || listed[a]) return null;
    listed[a] = 1;
  }
  const out: ProjectProps[] = [];
  for (let k = 0; k < order.sortedAt.length; k++) if (listed[order.sortedAt[k]!]) out.push(order.sorted[k]!);
  return out;
}

/**
 * Sorts projects. `relevance` keeps the given order (search ranking). Floor area sorts largest first, with
 * projects that have none last; distance (from the proximity centre) nearest first. Ties fall back to the name.
 * With `order` (every project's name order, `nameOrder`) names are not compared again; projects it does not
 * hold are sorted by comparing names. (Equal names then keep the data's order rather than the list's.) With
 * `at` too (each project's position in the data the order was made from), the name order is walked instead.
 */
export function sortProjects(
  list: readonly ProjectProps[],
  key: SortKey,
  lang: Lang,
  distances?: ReadonlyMap<string, number> | null,
  order?: NameOrder,
  at?: readonly number[],
): readonly ProjectProps[] {
  if (key === 'relevance') return list;
  const named = key === 'name' && order && at?.length === list.length ? inNameOrder(list, at, order) : null;
  if (named) return named;
  const ranks = order && ranksOf(list, order.rank);
  if (ranks && key === 'name') return Array.from(ranks.sort(), (r) => order.sorted[r]!);
  const byName = ranks
    ? (a: ProjectProps, b: ProjectProps) => order.rank.get(a)! - order.rank.get(b)!
    : (a: ProjectProps, b: ProjectProps) => collator[lang].compare(nameOf(a, lang), nameOf(b, lang));
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

/** Each project's place in the name order, or null when one is not in it. */
function ranksOf(list: readonly ProjectProps[], rank: ReadonlyMap<ProjectProps, number>): Uint32Array | null {
  const out = new Uint32Array(list.length);
  for (let k = 0; k < list.length; k++) {
    const r = rank.get(list[k]!);
    if (r === undefined) return null;
    out[k] = r;
  }
  return out;
}
