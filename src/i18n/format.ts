/** Numbers and units for each language. Pure: the source's value and unit in, display text out. */
import type { Lang } from '../state/url';

interface UnitRule {
  /** Multiply the source value by this to get the English value. */
  factor: number;
  /** English template; {v} is the converted number. */
  en: string;
}

/** How a source unit reads in English. Units not listed are shown as the source writes them. */
const UNITS: Record<string, UnitRule> = {
  万平方米: { factor: 10000, en: '{v} m²' },
  平方米: { factor: 1, en: '{v} m²' },
  平方公里: { factor: 1, en: '{v} km²' },
  亿元: { factor: 0.1, en: 'CNY {v} billion' },
  万元: { factor: 10000, en: 'CNY {v}' },
  元: { factor: 1, en: 'CNY {v}' },
  公顷: { factor: 1, en: '{v} ha' },
  亩: { factor: 1, en: '{v} mu' },
  公里: { factor: 1, en: '{v} km' },
  千米: { factor: 1, en: '{v} km' },
  米: { factor: 1, en: '{v} m' },
  '%': { factor: 1, en: '{v}%' },
  个百分点: { factor: 1, en: '{v} percentage points' },
  万套: { factor: 10000, en: '{v} homes' },
  套: { factor: 1, en: '{v} homes' },
  万户: { factor: 10000, en: '{v} households' },
  户: { factor: 1, en: '{v} households' },
  万人: { factor: 10000, en: '{v} people' },
  人: { factor: 1, en: '{v} people' },
  名: { factor: 1, en: '{v} people' },
  万人次: { factor: 10000, en: '{v} visits' },
  人次: { factor: 1, en: '{v} visits' },
  万个: { factor: 10000, en: '{v}' },
  个: { factor: 1, en: '{v}' },
  家: { factor: 1, en: '{v}' },
  处: { factor: 1, en: '{v}' },
  项: { factor: 1, en: '{v}' },
  所: { factor: 1, en: '{v}' },
  座: { factor: 1, en: '{v}' },
  条: { factor: 1, en: '{v}' },
  张: { factor: 1, en: '{v} beds' },
  万辆: { factor: 10000, en: '{v} vehicles' },
  辆: { factor: 1, en: '{v} vehicles' },
  倍: { factor: 1, en: '{v}×' },
};

const nf = (lang: Lang, max = 2) =>
  new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: max });

/** "30.4万平方米" in Chinese; "304,000 m²" in English ("12907.1亿元" → "CNY 1,290.71 billion"). */
export function formatQuantity(value: number, unit: string, lang: Lang): string {
  if (lang === 'zh') return `${nf('zh', 4).format(value)}${unit}`;
  const rule = UNITS[unit];
  if (!rule) return `${nf('en', 4).format(value)} ${unit}`;
  // Round away binary noise (12907.1 × 0.1) without losing the source's precision.
  const converted = Number((value * rule.factor).toPrecision(12));
  return rule.en.replace('{v}', nf('en', 4).format(converted));
}

/** Square metres for display: "304,000 m²" / "30.4万平方米". */
export function formatSquareMetres(m2: number, lang: Lang): string {
  return lang === 'zh' ? formatQuantity(m2 / 10000, '万平方米', 'zh') : `${nf('en', 0).format(m2)} m²`;
}

export function formatKm2(km2: number, lang: Lang): string {
  return lang === 'zh' ? `${nf('zh', 1).format(km2)}平方公里` : `${nf('en', 1).format(km2)} km²`;
}

export function formatInteger(n: number, lang: Lang): string {
  return nf(lang, 0).format(n);
}
