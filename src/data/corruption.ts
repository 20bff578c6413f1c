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
  // Found in 002 beyond SOURCES.md's list while extracting it (real word in the comment).
  '副布告', // 副书记
  '后生报', // 青年报
  '引颈', // 引领
  '不雅', // 观
  '人命科学', // 生命科学
  '人命园', // 生命园
  '贪图', // 规划
  '无间', // 继续
  '勾引', // 吸引
  '策画', // 计划
  '迫切握手', // 重要抓手
  '改进创新', // 改革创新
  '刚劲', // 强劲
  '计谋', // 战略
  '高质料', // 高质量
  '上风', // 优势
  '国度', // 国家
  '畴昔', // 过去
  '合座', // 整体
  '不休', // 不断
  '阵脚', // 阵地
  '客岁', // 去年
  '当代化', // 现代化
  '谈路', // 道路
  '轨谈', // 轨道
  '糊口', // 生活
  '率性', // 大力
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
