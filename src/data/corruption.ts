/**
 * Words that the corrupted copy 002 swapped in (SOURCES.md) and the spam injected into it.
 * A name, summary or label shown to users must contain none of them; quotes keep them as evidence.
 * Only words that cannot occur in correct text about these topics are listed (宇宙 and 素养 can, so
 * they are checked in names only).
 */
const CORRUPTED_WORDS = [
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
const NAME_ONLY_CORRUPTED_WORDS = ['宇宙', '素养'] as const;
const SPAM_PATTERNS = [/百家乐/, /\bag\s*百/i, /博彩|赌场|娱乐城/] as const;

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

/**
 * The real word behind each swap 002 made (SOURCES.md), longest first: the quote check reads a quote through
 * it to find the record's name (人命谷 in the quote is 生命谷 in the name).
 */
const REAL_WORDS: readonly (readonly [corrupted: string, real: string])[] = (
  [
    ['东谈主', '人'],
    ['人命谷', '生命谷'],
    ['人命科学', '生命科学'],
    ['人命园', '生命园'],
    ['改日', '未来'],
    ['竖立', '建设'],
    ['技俩', '项目'],
    ['往常米', '平方米'],
    ['好意思', '美'],
    ['丛林', '森林'],
    ['隐私率', '覆盖率'],
    ['绿谈', '绿道'],
    ['蚁合', '集聚'],
    ['频年来', '近年来'],
    ['回寰宇区', '回天地区'],
    ['饱读楼', '鼓楼'],
    ['病院', '医院'],
    ['握好', '抓好'],
    ['罢了', '实现'],
    ['卓越', '超过'],
    ['伙同', '连续'],
    ['不雅', '观'],
    ['引颈', '引领'],
    ['贪图', '规划'],
    ['国度', '国家'],
    ['当代化', '现代化'],
    ['轨谈', '轨道'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** A text with 002's swapped words put back (for matching only; quotes are never changed). */
export const withRealWords = (text: string): string =>
  REAL_WORDS.reduce((t, [bad, real]) => t.split(bad).join(real), text);
