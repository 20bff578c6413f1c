/** Pinyin for search, computed at build time so the app does not ship a pinyin dictionary. */
import { pinyin } from 'pinyin-pro';

const han = /[\u3400-\u9fff]/;

/** "中关村科学城" → { full: "zhongguancunkexuecheng", initials: "zgckxc" }; letters and digits kept. */
export function toPinyin(text: string): { full: string; initials: string } {
  const chars = [...text].filter((c) => han.test(c) || /[a-z0-9]/i.test(c)).join('');
  const opts = { toneType: 'none', type: 'array', nonZh: 'consecutive' } as const;
  return {
    full: pinyin(chars, opts).join('').toLowerCase(),
    initials: pinyin(chars, { ...opts, pattern: 'first' })
      .join('')
      .toLowerCase(),
  };
}
