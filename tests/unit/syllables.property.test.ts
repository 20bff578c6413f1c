/**
 * The pinyin syllable match on the data's spaced string ("zhong guan cun") must answer exactly as the
 * definition on the syllables as an array did (the array form cost tens of MB at 100,000 projects).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syllableMatch, syllableStarts } from '../../src/filters/search';

/** The definition: `q` starts at a syllable and runs over whole syllables, the last may be partial. */
function byArray(syllables: readonly string[], q: string): 'start' | 'inside' | null {
  for (let i = 0; i < syllables.length; i++) {
    let rest = q;
    for (let j = i; j < syllables.length && rest; j++) {
      const s = syllables[j]!;
      if (rest.startsWith(s)) rest = rest.slice(s.length);
      else if (s.startsWith(rest)) rest = '';
      else break;
    }
    if (!rest) return i === 0 ? 'start' : 'inside';
  }
  return null;
}

const letters = fc.string({ unit: fc.constantFrom('a', 'n', 'g', 'z', 'h'), minLength: 1, maxLength: 4 });

describe('syllableMatch on the spaced string', () => {
  it('agrees with the definition on syllable arrays', () => {
    fc.assert(
      fc.property(
        fc.array(letters, { maxLength: 5 }),
        fc.string({ unit: fc.constantFrom('a', 'n', 'g', 'z', 'h'), minLength: 1, maxLength: 8 }),
        fc.constantFrom(' ', '  '),
        (syl, q, sep) => {
          expect(syllableMatch(syl.join(sep), q)).toBe(byArray(syl, q));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('the search finds the letters at a marked syllable start exactly when syllableMatch does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(letters, { maxLength: 5 }), { minLength: 1, maxLength: 3 }),
        fc.string({ unit: fc.constantFrom('a', 'n', 'g', 'z', 'h'), minLength: 1, maxLength: 8 }),
        fc.constantFrom(' ', '  '),
        (docs, q, sep) => {
          const spaced = docs.map((syl) => syl.join(sep));
          const bits = syllableStarts(spaced);
          const text = spaced.map((x) => x.replace(/ /g, '')).join('\n');
          let start = 0;
          spaced.forEach((x) => {
            const joined = x.replace(/ /g, '');
            let found = false;
            for (let p = 0; p < joined.length; p++)
              if (text.startsWith(q, start + p) && bits[(start + p) >> 3]! & (1 << ((start + p) & 7))) found = true;
            expect(found, `${x} / ${q}`).toBe(syllableMatch(x, q) !== null);
            start += joined.length + 1;
          });
        },
      ),
      { numRuns: 3000 },
    );
    expect([...syllableStarts(['zhong guan cun'])]).toEqual([0b00100001, 0b00000010]);
  });

  it('finds the examples the search relies on', () => {
    expect(syllableMatch('zhong guan cun', 'zhongguan')).toBe('start');
    expect(syllableMatch('zhong guan cun', 'guanc')).toBe('inside');
    expect(syllableMatch('zhong guan cun', 'uan')).toBeNull();
    expect(syllableMatch('xi er qi', 'xierqi')).toBe('start');
    expect(syllableMatch('', 'a')).toBeNull();
  });
});
