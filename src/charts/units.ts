/** Axis values and unit notes for a chart in each language: English converts 万/亿 like the panels do. Pure. */
import { UNITS } from '../i18n/format';
import type { Lang } from '../state/url';

/** The factor to multiply source values by for display, and the unit name to show. */
export function chartUnit(unit: string, lang: Lang): { factor: number; name: string } {
  if (lang === 'zh' || !unit) return { factor: 1, name: unit };
  const rule = UNITS[unit];
  if (!rule) return { factor: 1, name: unit };
  return { factor: rule.factor, name: rule.en.replace('{v}', '').replace(/\s+/g, ' ').trim() };
}

export const tickFormat = (lang: Lang) => {
  const nf = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    maximumFractionDigits: 2,
    notation: 'compact',
  });
  return (v: number) => nf.format(v);
};
