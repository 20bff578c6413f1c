/** Numbers, units and qualifiers for each language. Pure: the source's value and unit in, display text out. */
import type { Qualifier } from '../data/schema';
import type { Lang } from '../state/url';

interface UnitRule {
  /** Multiply the source value by this to get the English value. */
  factor: number;
  /** English template; {v} is the converted number (with its qualifier's mark, e.g. "20+"). */
  en: string;
}

/**
 * How every unit the data uses reads in English. The data build fails on a unit that is not here
 * (geo/build/checks.ts › checkUnits), so English panels never fall back to a Chinese unit. Counting words
 * (个, 家, 所…) read as the bare number: the label says what is counted.
 */
export const UNITS: Readonly<Record<string, UnitRule>> = {
  万平方米: { factor: 10000, en: '{v} m²' },
  平方米: { factor: 1, en: '{v} m²' },
  平方公里: { factor: 1, en: '{v} km²' },
  公顷: { factor: 1, en: '{v} ha' },
  亩: { factor: 1, en: '{v} mu' },
  万亿元: { factor: 1, en: 'CNY {v} trillion' },
  亿元: { factor: 0.1, en: 'CNY {v} billion' },
  万元: { factor: 10000, en: 'CNY {v}' },
  元: { factor: 1, en: 'CNY {v}' },
  亿美元: { factor: 0.1, en: 'USD {v} billion' },
  亿欧元: { factor: 0.1, en: 'EUR {v} billion' },
  公里: { factor: 1, en: '{v} km' },
  千米: { factor: 1, en: '{v} km' },
  米: { factor: 1, en: '{v} m' },
  延米: { factor: 1, en: '{v} running metres' },
  万延米: { factor: 10000, en: '{v} running metres' },
  '%': { factor: 1, en: '{v}%' },
  个百分点: { factor: 1, en: '{v} percentage points' },
  倍: { factor: 1, en: '{v}×' },
  PB: { factor: 1, en: '{v} PB' },
  '微克/立方米': { factor: 1, en: '{v} μg/m³' },
  万套: { factor: 10000, en: '{v} homes' },
  套: { factor: 1, en: '{v} homes' },
  万户: { factor: 10000, en: '{v} households' },
  户: { factor: 1, en: '{v} households' },
  万人: { factor: 10000, en: '{v} people' },
  人: { factor: 1, en: '{v} people' },
  万名: { factor: 10000, en: '{v} people' },
  名: { factor: 1, en: '{v} people' },
  亿人次: { factor: 1e8, en: '{v} visits' },
  万人次: { factor: 10000, en: '{v} visits' },
  人次: { factor: 1, en: '{v} visits' },
  万场次: { factor: 10000, en: '{v} sessions' },
  场次: { factor: 1, en: '{v} sessions' },
  万辆: { factor: 10000, en: '{v} vehicles' },
  辆: { factor: 1, en: '{v} vehicles' },
  张: { factor: 1, en: '{v} beds' },
  年: { factor: 1, en: '{v} years' },
  个月: { factor: 1, en: '{v} months' },
  天: { factor: 1, en: '{v} days' },
  个工作日: { factor: 1, en: '{v} working days' },
  小时: { factor: 1, en: '{v} hours' },
  分钟: { factor: 1, en: '{v} minutes' },
  个国家和地区: { factor: 1, en: '{v} countries and regions' },
  个部门: { factor: 1, en: '{v} departments' },
  万个: { factor: 10000, en: '{v}' },
  个: { factor: 1, en: '{v}' },
  个次: { factor: 1, en: '{v}' },
  家: { factor: 1, en: '{v}' },
  家次: { factor: 1, en: '{v}' },
  处: { factor: 1, en: '{v}' },
  项: { factor: 1, en: '{v}' },
  件: { factor: 1, en: '{v}' },
  所: { factor: 1, en: '{v}' },
  座: { factor: 1, en: '{v}' },
  条: { factor: 1, en: '{v}' },
  部: { factor: 1, en: '{v}' },
  宗: { factor: 1, en: '{v}' },
  期: { factor: 1, en: '{v}' },
  场: { factor: 1, en: '{v}' },
  次: { factor: 1, en: '{v}' },
  种: { factor: 1, en: '{v}' },
  笔: { factor: 1, en: '{v}' },
  席: { factor: 1, en: '{v}' },
  /** A share written as a fraction ("一半", "三分之一"): the value is the fraction (0.5, 1/3). */
  比例: { factor: 1, en: '{v}' },
};

/** True when the unit has an English form. */
export const hasEnglishUnit = (unit: string): boolean => Object.hasOwn(UNITS, unit);

interface QualifierRule {
  /** Where the word sits in Chinese: before the number, between the number (with 万/亿) and the unit, or after. */
  zh: 'before' | 'between' | 'after';
  /** English: a word before the value, or a mark right after the number. */
  en: { before: string } | { mark: string };
}

const QUALIFIER_RULES: Readonly<Record<Qualifier, QualifierRule>> = {
  近: { zh: 'before', en: { before: 'nearly' } },
  约: { zh: 'before', en: { before: 'about' } },
  左右: { zh: 'after', en: { before: 'about' } },
  超: { zh: 'before', en: { before: 'over' } },
  超过: { zh: 'before', en: { before: 'over' } },
  突破: { zh: 'before', en: { before: 'over' } },
  逾: { zh: 'before', en: { before: 'over' } },
  余: { zh: 'between', en: { before: 'over' } },
  多: { zh: 'between', en: { before: 'over' } },
  '+': { zh: 'between', en: { mark: '+' } },
  以上: { zh: 'after', en: { before: 'at least' } },
  以内: { zh: 'after', en: { before: 'within' } },
};

/** Number formats, made once per language and precision: constructing an Intl.NumberFormat is costly. */
const formats = new Map<string, Intl.NumberFormat>();
const nf = (lang: Lang, max = 2) => {
  const key = `${lang}:${max}`;
  let f = formats.get(key);
  if (!f)
    formats.set(key, (f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: max })));
  return f;
};

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const EN_FRACTIONS: Record<number, string> = { 2: 'half', 3: 'a third', 4: 'a quarter', 5: 'a fifth' };

/** A share written as a fraction: 0.5 → "一半" / "half", 1/3 → "三分之一" / "a third", else a percentage. */
function formatShare(value: number, lang: Lang): string {
  const den = Math.round(1 / value);
  if (den >= 2 && den <= 10 && Math.abs(1 / den - value) < 1e-4) {
    if (lang === 'zh') return den === 2 ? '一半' : `${ZH_DIGITS[den]}分之一`;
    return EN_FRACTIONS[den] ?? `1/${den}`;
  }
  return `${nf(lang, 1).format(value * 100)}%`;
}

/**
 * A value with its unit and qualifier. Chinese keeps the source's unit and word order ("近60万平方米",
 * "4.8万余名", "9分钟左右"); English converts ("nearly 600,000 m²", "over 48,000 people", "about 9 minutes").
 */
export function formatQuantity(value: number, unit: string, lang: Lang, qualifier?: Qualifier): string {
  const q = qualifier ? QUALIFIER_RULES[qualifier] : undefined;
  if (unit === '比例') {
    const share = formatShare(value, lang);
    if (!q) return share;
    if (lang === 'zh') return q.zh === 'after' ? `${share}${qualifier}` : `${qualifier}${share}`;
    return 'before' in q.en ? `${q.en.before} ${share}` : `${share}${q.en.mark}`;
  }
  if (lang === 'zh') {
    const num = nf('zh', 4).format(value);
    if (!q) return `${num}${unit}`;
    if (q.zh === 'before') return `${qualifier}${num}${unit}`;
    if (q.zh === 'after') return `${num}${unit}${qualifier}`;
    // "4.8万余名": the word goes after 万/亿, before the counting word.
    const [, big = '', rest = ''] = /^(万亿|万|亿)?(.*)$/.exec(unit) ?? [];
    return `${num}${big}${qualifier}${rest}`;
  }
  const rule = UNITS[unit];
  // Round away binary noise (12907.1 × 0.1) without losing the source's precision.
  const converted = rule ? Number((value * rule.factor).toPrecision(12)) : value;
  let num = nf('en', 4).format(converted);
  if (q && 'mark' in q.en) num += q.en.mark;
  const text = rule ? rule.en.replace('{v}', num) : `${num} ${unit}`;
  return q && 'before' in q.en ? `${q.en.before} ${text}` : text;
}

/** Square metres for display: "304,000 m²" / "30.4万平方米". */
export function formatSquareMetres(m2: number, lang: Lang, qualifier?: Qualifier): string {
  return lang === 'zh'
    ? formatQuantity(m2 / 10000, '万平方米', 'zh', qualifier)
    : formatQuantity(m2, '平方米', 'en', qualifier);
}

export function formatKm2(km2: number, lang: Lang): string {
  return lang === 'zh' ? `${nf('zh', 1).format(km2)}平方公里` : `${nf('en', 1).format(km2)} km²`;
}

export function formatInteger(n: number, lang: Lang): string {
  return nf(lang, 0).format(n);
}
