/** Distances and radii as people read them: metres under 1 km, else kilometres with one decimal. */
import type { Lang } from '../state/url';

export function formatDistance(m: number, lang: Lang): string {
  if (m < 1000) {
    const r = Math.round(m / 10) * 10;
    return lang === 'zh' ? `${r}米` : `${r} m`;
  }
  const km = (Math.round(m / 100) / 10).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB');
  return lang === 'zh' ? `${km}公里` : `${km} km`;
}

interface LineLike {
  properties: { name_zh: string; name_en: string };
}

/** A metro line's name in the language ("13号线" → "Line 13"); a line the data does not have stays as it is. */
export function lineNamer(lines: readonly LineLike[] | undefined, lang: Lang): (zh: string) => string {
  if (lang === 'zh' || !lines) return (zh) => zh;
  const en = new Map(lines.map((l) => [l.properties.name_zh, l.properties.name_en]));
  return (zh) => en.get(zh) ?? zh;
}
