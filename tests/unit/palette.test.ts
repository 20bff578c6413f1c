import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, parse } from 'culori';
import { describe, expect, it } from 'vitest';
import { SECTORS } from '../../src/data/schema';
import { SECTOR_COLORS } from '../../src/map/sectors';

const de = differenceCiede2000();
const VISION = {
  normal: (c: ReturnType<typeof parse>) => c,
  deuteranopia: filterDeficiencyDeuter(1),
  protanopia: filterDeficiencyProt(1),
};
/** CIEDE2000 thresholds: ~10 is "clearly different" side by side; colour-blind simulation is harsher. */
const MIN = { normal: 10, deuteranopia: 8, protanopia: 8 };

describe('sector palette', () => {
  it('has a colour for every sector, all different', () => {
    expect(Object.keys(SECTOR_COLORS).sort()).toEqual([...SECTORS].sort());
    expect(new Set(Object.values(SECTOR_COLORS)).size).toBe(SECTORS.length);
  });

  for (const [vision, simulate] of Object.entries(VISION))
    it(`keeps every pair of sectors apart in ${vision} vision (ΔE2000 ≥ ${MIN[vision as keyof typeof MIN]})`, () => {
      const close: string[] = [];
      for (let i = 0; i < SECTORS.length; i++)
        for (let j = i + 1; j < SECTORS.length; j++) {
          const a = simulate(parse(SECTOR_COLORS[SECTORS[i]!])!);
          const b = simulate(parse(SECTOR_COLORS[SECTORS[j]!])!);
          const d = de(a!, b!);
          if (d < MIN[vision as keyof typeof MIN]) close.push(`${SECTORS[i]}/${SECTORS[j]} ΔE ${d.toFixed(1)}`);
        }
      expect(close).toEqual([]);
    });
});
