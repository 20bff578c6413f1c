import type { DOCS } from './schema';

export interface DocMeta {
  title_zh: string;
  title_en: string;
  publisher_zh: string;
  publisher_en: string;
  /** ISO date, or month where only the month is known. */
  date: string;
  /** For citations (GB/T 7714): a newspaper page [N], or a page read online [EB/OL] (004, and 002's republished copy). */
  medium: 'newspaper' | 'web';
  /** A caveat users should see next to quotes from this document. */
  note_en?: string;
  note_zh?: string;
}

/** What each source document is (../shared/docs/SOURCES.md). */
export const DOC_META: Record<(typeof DOCS)[number], DocMeta> = {
  '000_6b3f0682e1da955a.txt': {
    title_zh: '关注区两会（东城、石景山、昌平、朝阳、顺义）及全市2025年行动',
    title_en:
      'District “two sessions” column (Dongcheng, Shijingshan, Changping, Chaoyang, Shunyi) and city-wide 2025 actions',
    publisher_zh: '报纸版面',
    publisher_en: 'Newspaper page',
    date: '2025-01',
    medium: 'newspaper',
  },
  '001_58d4ddf8b95e2ac9.txt': {
    title_zh: '海淀区政府工作报告（摘登）',
    title_en: 'Haidian District Government Work Report (excerpt)',
    publisher_zh: '海淀报 第02版',
    publisher_en: 'Haidian Daily, page 2',
    date: '2025-01-08',
    medium: 'newspaper',
  },
  '002_baab1db144b4eba2.txt': {
    title_zh: '昌平区长在市十六届人大三次会议第二场新闻发布会上介绍2025年工作',
    title_en: 'Changping district head on 2025 plans at the press conference of 17 January 2025',
    publisher_zh: '北京青年报（转载副本）',
    publisher_en: 'Beijing Youth Daily (republished copy)',
    date: '2025-01-17',
    medium: 'web',
    note_zh: '此副本经转载网站改动了部分词语，引文按原样保留，名称已更正。',
    note_en:
      'The republishing site swapped some words in this copy: quotes are kept exactly as it has them; names are corrected.',
  },
  '003_3930a03f28158bcd.txt': {
    title_zh: '经开区“两区”建设5年及西城、丰台、怀柔、石景山报道',
    title_en: 'Five years of the “two zones” in the BDA, with reports from Xicheng, Fengtai, Huairou and Shijingshan',
    publisher_zh: '报纸版面',
    publisher_en: 'Newspaper page',
    date: '2025-08',
    medium: 'newspaper',
  },
  '004_ea38cd41d44e36dd.txt': {
    title_zh: '北京海淀区释放高质量发展强劲信号 用实干拼抢“开门红”',
    title_en: 'Haidian signals strong high-quality growth and races for a good start (with its 18 key science parks)',
    publisher_zh: '千龙网',
    publisher_en: 'Qianlong.com',
    date: '2025',
    medium: 'web',
  },
};
