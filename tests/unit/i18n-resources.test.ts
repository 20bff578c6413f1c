import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';

/** Every leaf of a resource tree as [dotted key, value]. */
function leaves(tree: unknown, prefix = ''): [string, unknown][] {
  if (typeof tree !== 'object' || tree === null) return [[prefix, tree]];
  return Object.entries(tree).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
const vars = (s: string) => [...s.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

const zh = new Map(leaves(resources.zh.translation));
const en = new Map(leaves(resources.en.translation));

describe('interface strings (src/i18n/resources.ts, analysisStrings.ts)', () => {
  it('Chinese and English have the same keys', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('every string is non-empty in both languages', () => {
    const bad = [...zh, ...en].filter(([, v]) => typeof v !== 'string' || !v.trim()).map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it('Chinese and English use the same {{variables}} in each string', () => {
    const differ = [...zh]
      .filter(([k, v]) => JSON.stringify(vars(String(v))) !== JSON.stringify(vars(String(en.get(k)))))
      .map(([k, v]) => `${k}: zh ${vars(String(v)).join(',')} / en ${vars(String(en.get(k))).join(',')}`);
    expect(differ).toEqual([]);
  });
});
