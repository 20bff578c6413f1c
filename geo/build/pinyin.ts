/** Pinyin for search, computed at build time so the app does not ship a pinyin dictionary. */
import { pinyin } from 'pinyin-pro';

const han = /[\u3400-\u9fff]/;
const opts = { toneType: 'none', type: 'array', nonZh: 'consecutive' } as const;
const keep = (text: string) => [...text].filter((c) => han.test(c) || /[a-z0-9]/i.test(c)).join('');

/** "中关村科学城" → { full: "zhongguancunkexuecheng", initials: "zgckxc" }; letters and digits kept. */
export function toPinyin(text: string): { full: string; initials: string } {
  const chars = keep(text);
  return {
    full: pinyin(chars, opts).join('').toLowerCase(),
    initials: pinyin(chars, { ...opts, pattern: 'first' })
      .join('')
      .toLowerCase(),
  };
}

/** "西二旗" → "xi er qi": syllables apart, so a search matches from the start of a syllable only. */
export function toSyllables(text: string): string {
  return pinyin(keep(text), opts)
    .map((s) => s.toLowerCase())
    .join(' ');
}

/**
 * Place names a record is located by: its metro station(s) and the Chinese names its location note gives
 * ("Huilongguan (回龙观) area" → 回龙观), so a search for a town or station finds what lies there.
 */
export function placeNames(basis: string, stations: readonly string[]): string[] {
  const fromBasis = basis.match(/[\u3400-\u9fff][\u3400-\u9fff·]+/g) ?? [];
  return [...new Set([...stations, ...fromBasis])];
}
