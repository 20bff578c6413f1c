/**
 * A fact's source as a citation: the Chinese standard form (GB/T 7714-2015, newspaper [N] or online
 * [EB/OL]) and plain English, each followed by the verbatim quote. Pure.
 */
import type { DocMeta } from '../data/docs';
import type { Source } from '../data/schema';
import type { Lang } from '../state/url';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-01-08" → "8 January 2025", "2025-01" → "January 2025", "2025" → "2025". */
export function englishDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) throw new Error(`citation: unreadable date "${iso}"`);
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (mo && !month) throw new Error(`citation: unreadable month in "${iso}"`);
  return [d ? String(Number(d)) : '', month ?? '', y].filter(Boolean).join(' ');
}

/** GB/T 7714-2015: 责任者. 题名[N]. 日期. — then the quote and the file it is in. */
export function citationZh(source: Source, meta: DocMeta): string {
  const type = meta.medium === 'web' ? 'EB/OL' : 'N';
  const date = meta.medium === 'web' ? `(${meta.date})` : meta.date;
  return `${meta.publisher_zh}. ${meta.title_zh}[${type}]. ${date}. 引文：“${source.quote}”（${source.doc}）`;
}

/** Plain English: publisher, "title", medium, date; then the quote (in Chinese, as written) and the file. */
export function citationEn(source: Source, meta: DocMeta): string {
  const medium = meta.medium === 'web' ? 'online' : 'newspaper';
  return (
    `${meta.publisher_en}, “${meta.title_en}” (${medium}, in Chinese), ${englishDate(meta.date)}. ` +
    `Quote: “${source.quote}” (source file ${source.doc})`
  );
}

export const citation = (lang: Lang, source: Source, meta: DocMeta) =>
  lang === 'zh' ? citationZh(source, meta) : citationEn(source, meta);
