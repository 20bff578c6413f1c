import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectProps } from '../../src/data/model';
import { toPinyin, toSyllables } from '../../geo/build/pinyin';
import { buildSearchIndex, loadFuzzy, mayMatchTypos, searchIndexSteps, WARM_CHARS } from '../../src/filters/search';

// Typo matching (Fuse.js) loads on demand in the app; here it is loaded first (search-fuzzy-load.test.ts tests the wait).
beforeAll(() => loadFuzzy());

const p = (id: string, name_zh: string, name_en: string, extra: Partial<ProjectProps> = {}): ProjectProps => ({
  id,
  name_zh,
  name_en,
  name_initials: toPinyin(name_zh).initials,
  sector: 'industrial_park',
  district: '110108',
  status: 'planned',
  status_year: 2025,
  precision: 'town',
  summary_zh: '',
  summary_en: '',
  figures: [],
  industries_zh: [],
  industries_en: [],
  docs: [],
  // As the build writes it (geo/build/assemble.ts): the name's pinyin by syllable.
  search: { name_py: toSyllables(name_zh), places_zh: [], places_py: [] },
  ...extra,
});

const projects = [
  p('wenquan', '中关村温泉科技园二期', 'Zhongguancun Wenquan Science Park Phase II', {
    industries_zh: ['具身智能'],
    industries_en: ['Embodied AI'],
  }),
  p('quantum', '中关村（海淀）量子科技未来产业园', 'Zhongguancun (Haidian) Quantum Technology Park', {
    address_zh: '海淀区上地信息路26号',
  }),
  p('hospital', '苏家坨中心医院', 'Sujiatuo Central Hospital', { sector: 'healthcare' }),
  p('life', '生命谷', 'Life Science Park', { district: '110114', summary_zh: '中关村生命科学园所在地' }),
];
const index = buildSearchIndex(projects);

describe('search', () => {
  it('turns Chinese into full pinyin and initials', () => {
    expect(toPinyin('中关村')).toEqual({ full: 'zhongguancun', initials: 'zgc' });
  });

  it('finds 中关村 by Chinese, full pinyin, initials and English', () => {
    for (const q of ['中关村', 'zhongguancun', 'zgc', 'Zhongguancun']) {
      const ids = index.search(q);
      expect(ids.slice(0, 2).sort(), q).toEqual(['quantum', 'wenquan']);
    }
  });

  it('tolerates a small typo and spaces in pinyin', () => {
    expect(index.search('sujiatou')[0]).toBe('hospital');
    expect(index.search('Sujiatuo Hospitl')[0]).toBe('hospital');
    expect(index.search('su jia tuo')[0]).toBe('hospital');
  });

  it('leaves typos out when asked (while typing at scale), and nothing else', () => {
    expect(index.search('sujiatou', { typos: false })).toEqual([]);
    expect(index.search('Sujiatuo Hospitl', { typos: false })).toEqual([]);
    expect(index.search('sujiatuo', { typos: false })[0]).toBe('hospital');
    for (const q of ['中关村', 'zgc', 'hospital', 'su jia tuo', 'life science'])
      expect(index.search(q, { typos: false }), q).toEqual(index.search(q));
  });

  it('says when typos could change an answer: only a word of five letters or more', () => {
    for (const q of ['', 'zgc', 'AI 5G', '中关村', '  life  ']) expect(mayMatchTypos(q), q).toBe(false);
    for (const q of ['hospitl', 'su jiatuo', ' scien ']) expect(mayMatchTypos(q), q).toBe(true);
  });

  it('searches industries and addresses, and ranks a name match above a summary match', () => {
    expect(index.search('embodied')).toEqual(['wenquan']);
    expect(index.search('信息路')).toEqual(['quantum']);
    const ids = index.search('生命');
    expect(ids[0]).toBe('life');
  });

  it('returns nothing for an empty query and for nonsense', () => {
    expect(index.search('  ')).toEqual([]);
    expect(index.search('xqzv')).toEqual([]);
  });
});

describe('the index built a part at a time', () => {
  it('takes several steps and answers as the index built at once', () => {
    const steps = searchIndexSteps(projects);
    let parts = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) parts++;
    expect(parts).toBeGreaterThanOrEqual(5);
    const stepped = step.value;
    for (const q of ['h', 'hospital', 'zhongguancun', '医院', 'zgc', 'science park', 'e-commerce', 'Haidian'])
      expect(stepped.search(q), q).toEqual(index.search(q));
  });
});

describe('one-character answers, kept', () => {
  it('are the same answers, made ahead or on the first key, and made once', () => {
    const fresh = buildSearchIndex(projects);
    const warmed = buildSearchIndex(projects);
    for (const c of WARM_CHARS) warmed.warm!(c);
    for (const q of [...WARM_CHARS, ' H ', '中', '医']) {
      expect([...warmed.positions!(q)], q).toEqual([...fresh.positions!(q)]);
      expect(warmed.search(q), q).toEqual(fresh.search(q));
    }
    // Kept: asked again, the same array; a longer query is not kept.
    expect(warmed.positions!('h')).toBe(warmed.positions!('h'));
    // Kept once made by a first key too, normalized: " H " is "h".
    const later = buildSearchIndex(projects);
    expect(later.positions!(' H ')).toBe(later.positions!('h'));
    expect(fresh.positions!('中')).toBe(fresh.positions!('中'));
    expect(fresh.positions!('ho')).not.toBe(fresh.positions!('ho'));
    expect(fresh.search('h')).toEqual(['hospital', 'quantum']);
  });
});

describe('search ranking', () => {
  it('ranks a name that starts with the query above one that merely contains it', () => {
    const idx = buildSearchIndex([
      p('contains', '当代商城(中关村店)', 'Dangdai Mall (Zhongguancun)'),
      p('starts', '中关村壹号', 'Zhongguancun No. 1'),
    ]);
    expect(idx.search('zgc')).toEqual(['starts', 'contains']);
    expect(idx.search('中关村')[0]).toBe('starts');
  });
});

describe('postings (the whole-word lists)', () => {
  it('give each word its documents once each, ascending, as a Map of arrays would', async () => {
    const { Postings } = await import('../../src/filters/search');
    const texts = ['a b a', '', 'b c', 'c c c a', 'd', ...Array.from({ length: 3000 }, (_, i) => `w${i % 7} x${i}`)];
    const split = (i: number) => texts[i]!.split(' ');
    const p = Postings.build(texts.length, split);
    const naive = new Map<string, number[]>();
    texts.forEach((t, i) => {
      for (const w of new Set(split(i))) if (w) naive.set(w, [...(naive.get(w) ?? []), i]);
    });
    for (const [w, docs] of naive) expect([...p.get(w)!], w).toEqual(docs);
    expect(p.get('zzz')).toBeUndefined();
    expect(p.get('')).toBeUndefined();
  });
});
