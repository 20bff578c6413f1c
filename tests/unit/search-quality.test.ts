/**
 * Search quality on the real data (public/data, built by `npm run data`): a table of queries with what
 * they must return, what they must not, and how many results they may give at most.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltProjects } from '../../geo/build/built';
import { paths } from '../../geo/build/paths';
import { thinProps } from '../../src/data/details';
import { projectCollectionSchema } from '../../src/data/model';
import { buildSearchIndex, loadFuzzy } from '../../src/filters/search';

// Typo matching (Fuse.js) loads on demand in the app; here it is loaded first (search-fuzzy-load.test.ts tests the wait).
beforeAll(() => loadFuzzy());

// What the app searches: the thin records (src/data/details.ts), from the whole ones the build checked.
const projects = projectCollectionSchema
  .parse(readBuiltProjects(paths().outDir))
  .features.map((f) => thinProps(f.properties));
const index = buildSearchIndex(projects);

interface Case {
  q: string;
  /** Must all be returned. */
  must: string[];
  /** Must be the first result(s), in any order. */
  first?: string[];
  mustNot?: string[];
  max: number;
}

const HUILONGGUAN = [
  'changping-liuyi-middle-school-huilongguan-education-group',
  'changping-huitian-area',
  'changping-shoukai-long-street',
];
const CASES: Case[] = [
  // Two letters match whole words only, not "ai" inside Haidian's pinyin.
  {
    q: 'AI',
    must: ['haidian-ai-origin-community'],
    mustNot: ['haidian-park', 'dangdai-mall-zhongguancun-renovation'],
    max: 25,
  },
  {
    q: 'hospital',
    must: ['sujiatuo-central-hospital', 'changping-pku-third-hospital-changping-campus', 'xicheng-xuanwu-tcm-hospital'],
    mustNot: ['shucun-intercontinental-hualuxe-hotels'],
    max: 8,
  },
  { q: 'Huilongguan', must: HUILONGGUAN, first: HUILONGGUAN, max: 5 },
  { q: 'huilongguan', must: HUILONGGUAN, max: 5 },
  { q: '回龙观', must: HUILONGGUAN, max: 5 },
  // A station on Line 13: found by the line that runs through it, in Chinese and in pinyin.
  { q: '西二旗', must: ['metro-line-13-capacity-upgrade'], max: 3 },
  { q: 'xierqi', must: ['metro-line-13-capacity-upgrade'], max: 3 },
  // Typos still work in long words.
  {
    q: 'zhongguancn',
    must: ['zhongguancun-no-1', 'zgc-wenquan-science-park-phase-2'],
    mustNot: ['haidian-park'],
    max: 30,
  },
  { q: 'Sujiatuo Hospitl', must: ['sujiatuo-central-hospital'], first: ['sujiatuo-central-hospital'], max: 2 },
  { q: 'sujiatou', must: ['sujiatuo-central-hospital'], max: 4 },
  { q: 'su jia tuo', must: ['sujiatuo-central-hospital'], max: 4 },
  // Pinyin initials and Chinese: names first.
  { q: 'zgc', must: ['zhongguancun-no-1'], mustNot: ['haidian-park'], max: 30 },
  { q: '中关村壹号', must: ['zhongguancun-no-1'], first: ['zhongguancun-no-1'], max: 2 },
  { q: '医院', must: ['sujiatuo-central-hospital'], mustNot: ['shucun-intercontinental-hualuxe-hotels'], max: 8 },
  // An address word: Wenquan town.
  { q: 'wenquan', must: ['zgc-wenquan-science-park-phase-2'], first: ['zgc-wenquan-science-park-phase-2'], max: 6 },
  // Unrelated words find nothing.
  { q: 'xqzv', must: [], max: 0 },
  { q: 'casino', must: [], max: 0 },
];

describe('search quality on the built data', () => {
  for (const c of CASES)
    it(`"${c.q}"`, () => {
      const ids = index.search(c.q);
      for (const id of c.must) expect(ids, `${c.q} must find ${id}`).toContain(id);
      for (const id of c.mustNot ?? []) expect(ids, `${c.q} must not find ${id}`).not.toContain(id);
      expect(ids.length, `${c.q} returns ${ids.length}: ${ids.join(', ')}`).toBeLessThanOrEqual(c.max);
      if (c.first) expect(ids.slice(0, c.first.length).sort()).toEqual([...c.first].sort());
    });

  it('ranks names above addresses and places, and those above summaries', () => {
    // 回龙观 is in the school's name, in the Huitian area's places, and only in other schools' quotes.
    const ids = index.search('回龙观');
    expect(ids[0]).toBe('changping-liuyi-middle-school-huilongguan-education-group');
    expect(ids.indexOf('changping-shoukai-long-street')).toBeGreaterThan(0);
  });
});
