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
