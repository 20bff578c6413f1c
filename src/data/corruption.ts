/**
 * Words that the corrupted copy 002 swapped in (SOURCES.md) and the spam injected into it.
 * A name, summary or label shown to users must contain none of them; quotes keep them as evidence.
 * Only words that cannot occur in correct text about these topics are listed (宇宙 and 素养 can, so
 * they are checked in names only).
 */
export const CORRUPTED_WORDS = [
  '东谈主',
  '人命谷',
  '改日',
  '竖立',
  '技俩',
  '往常米',
  '好意思',
  '丛林',
  '隐私率',
  '绿谈',
  '蚁合',
  '频年来',
  '回寰宇区',
  '饱读楼',
  '病院',
  '握好',
  '罢了',
  '卓越',
  '伙同',
  '赛谈',
] as const;
export const NAME_ONLY_CORRUPTED_WORDS = ['宇宙', '素养'] as const;
export const SPAM_PATTERNS = [/百家乐/, /\bag\s*百/i, /博彩|赌场|娱乐城/] as const;

/** The corrupted or spam fragments found in a text shown to users, if any. */
export function findCorruption(text: string, isName = false): string[] {
  const words: readonly string[] = isName ? [...CORRUPTED_WORDS, ...NAME_ONLY_CORRUPTED_WORDS] : CORRUPTED_WORDS;
  const hits = words.filter((w) => text.includes(w));
  for (const p of SPAM_PATTERNS) {
    const m = text.match(p);
    if (m) hits.push(m[0]);
  }
  return hits;
}
