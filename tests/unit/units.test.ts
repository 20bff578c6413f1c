/** Every unit the data uses has an English form, and English never falls back to a Chinese unit. */
import { describe, expect, it } from 'vitest';
import { checkUnits } from '../../geo/build/checks';
import { loadSeeds } from '../../geo/build/load';
import { paths } from '../../geo/build/paths';
import { QUALIFIERS } from '../../src/data/schema';
import { formatQuantity, hasEnglishUnit, UNITS } from '../../src/i18n/format';
import { goodProject } from '../fixtures/records';

const seeds = loadSeeds(paths().seedsDir);
const units = new Set<string>();
for (const { record } of seeds.projects) record.figures?.forEach((f) => units.add(f.unit));
for (const { record } of seeds.profiles)
  for (const e of [...record.indicators, ...record.plans]) if (e.unit) units.add(e.unit);
const CJK = /[\u3400-\u9fff]/;

describe('unit table', () => {
  it('covers every unit in the seeds', () => {
    expect(units.size).toBeGreaterThan(30);
    expect([...units].filter((u) => !hasEnglishUnit(u))).toEqual([]);
  });

  it('writes no Chinese in any English form, with or without a qualifier', () => {
    for (const unit of Object.keys(UNITS))
      for (const q of [undefined, ...QUALIFIERS]) {
        const text = formatQuantity(12.5, unit, 'en', q);
        expect(CJK.test(text), `${unit} ${q ?? ''} → ${text}`).toBe(false);
      }
  });

  it('fails the build on a unit with no English form, naming file, record and field', () => {
    const p = goodProject();
    p.figures![1]!.unit = '批';
    expect(checkUnits([{ file: 'seeds/projects/x.yaml', record: p }], [])).toEqual([
      {
        file: 'seeds/projects/x.yaml',
        record: p.id,
        field: 'figures.1.unit',
        message: expect.stringContaining('"批" has no English form'),
      },
    ]);
  });
});
