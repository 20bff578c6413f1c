/**
 * Numbers as Chinese text writes them, for the build's figure check. Pure: no imports.
 *
 * `parseChineseNumeral` reads one written form ("三", "两", "十二", "一千二百", "千", "4.8万", "三分之一",
 * "一半") and returns its value, or undefined if the text is not a number. `numbersInText` lists every
 * number a sentence writes, token by token, so that a figure matches only a whole number ("12.1" is not
 * "2.1", "7.9" is not "9").
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that can make up a Chinese numeral (without fractions). */
const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';
const ARABIC = String.raw`\d+(?:\.\d+)?`;

/** An integer written with Chinese digits and units: "三", "十二", "一千零五", "千", "两万", "三十万亿". */
function parseInteger(s: string): number | undefined {
  if (!s) return undefined;
  let total = 0; // completed 亿/万 sections
  let section = 0; // the current section below 万
  let digit: number | undefined; // the digit waiting for its unit
  let lastBig = Infinity;
  let lastSmall = Infinity; // units within a section only fall: "千百" yes, "百千" no
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit !== undefined && digit !== 0 && DIGITS[ch] !== 0) return undefined; // "三五" is not a number here
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      // "十" alone means 10; "千" alone means 1000 (as in "千亩").
      const small = SMALL_UNITS[ch]!;
      if (small >= lastSmall) return undefined;
      section += (digit ?? 1) * small;
      lastSmall = small;
      digit = undefined;
    } else if (ch in BIG_UNITS) {
      const big = BIG_UNITS[ch]!;
      const value = section + (digit ?? 0);
      if (big >= lastBig) {
        // "万亿": the whole so far is multiplied again
        total = (total + value) * big;
      } else {
        total += (value || 1) * big;
      }
      lastBig = big;
      lastSmall = Infinity;
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

/**
 * One written number: Chinese numerals, an Arabic number with 万/亿 ("4.8万" → 48000), a fraction
 * ("三分之一" → 1/3, "一半"/"半数" → 1/2). Undefined when the text is not a number.
 */
export function parseChineseNumeral(text: string): number | undefined {
  const s = text.trim();
  if (!s) return undefined;
  if (s === '一半' || s === '半' || s === '半数') return 0.5;
  const frac = /^(.+)分之(.+)$/.exec(s);
  if (frac) {
    const den = parseChineseNumeral(frac[1]!);
    const num = parseChineseNumeral(frac[2]!);
    return den && num !== undefined ? num / den : undefined;
  }
  const arabic = new RegExp(`^(${ARABIC})([万亿]*)$`).exec(s);
  if (arabic) {
    let v = Number(arabic[1]);
    for (const ch of arabic[2]!) v *= BIG_UNITS[ch]!;
    return v;
  }
  return parseInteger(s);
}

/** A number written in a sentence: its value and the text it was read from. */
export interface WrittenNumber {
  value: number;
  text: string;
}

const TOKEN = new RegExp(
  [
    `[${NUMERAL_CHARS}]+分之[${NUMERAL_CHARS}]+`, // 三分之一
    '一半|半数',
    `${ARABIC}[万亿]*`, // 12.1, 4.8万, 1.2万亿
    `[${NUMERAL_CHARS}]+`, // 三, 千, 两万
  ].join('|'),
  'g',
);

/**
 * Every number the text writes, read as whole tokens. A token that ends in 万/亿 also yields the number
 * before them, since the unit may carry the 万 ("4.8万名": value 4.8, unit 万名; "千万元": value 千, unit
 * 万元). Digits separated by a thousands comma ("1,800") are one number.
 */
export function numbersInText(text: string): WrittenNumber[] {
  const out: WrittenNumber[] = [];
  const normalised = text.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  for (const m of normalised.matchAll(TOKEN)) {
    const token = m[0];
    const push = (t: string) => {
      const v = parseChineseNumeral(t);
      if (v !== undefined && Number.isFinite(v)) out.push({ value: v, text: t });
    };
    push(token);
    const stripped = token.replace(/[万亿]+$/, '');
    if (stripped !== token && stripped) push(stripped);
  }
  return out;
}

/** True when `value` is one of the numbers `text` writes (to within rounding, for fractions like 1/3). */
export function textWritesNumber(text: string, value: number): boolean {
  return numbersInText(text).some((n) => Math.abs(n.value - value) <= Math.max(1e-9, Math.abs(value) * 1e-6));
}
