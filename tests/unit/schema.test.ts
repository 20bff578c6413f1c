import { describe, expect, it } from 'vitest';
import { projectSeedSchema, profileSeedSchema } from '../../src/data/schema';
import { goodProfile, goodProject } from '../fixtures/records';

const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('record schema', () => {
  it('accepts good records', () => {
    expect(projectSeedSchema.safeParse(goodProject()).success).toBe(true);
    expect(profileSeedSchema.safeParse(goodProfile()).success).toBe(true);
  });

  it('rejects a bad sector, a missing English name and an unknown field, naming each field', () => {
    const bad = { ...goodProject(), sector: 'casino', name_en: undefined, colour: 'red' };
    const r = projectSeedSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(paths(r)).toEqual(expect.arrayContaining(['sector', 'name_en']));
    expect(r.error!.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
  });

  it('rejects coordinates outside Beijing, swapped lon/lat and a location with neither coordinates nor station', () => {
    const p = goodProject();
    const swapped = { ...p, location: { ...p.location, coordinates: [40.04, 116.18] } };
    expect(paths(projectSeedSchema.safeParse(swapped))).toContain('location.coordinates.0');
    const none = { ...p, location: { type: 'point', precision: 'site', basis: 'x' } };
    expect(projectSeedSchema.safeParse(none).success).toBe(false);
  });

  it('rejects an unknown source document, a multi-line quote and a bad indicator kind', () => {
    const p = goodProject();
    expect(projectSeedSchema.safeParse({ ...p, sources: [{ doc: 'other.txt', quote: '一二三四' }] }).success).toBe(
      false,
    );
    expect(
      projectSeedSchema.safeParse({ ...p, sources: [{ doc: p.sources[0]!.doc, quote: '一二\n三四' }] }).success,
    ).toBe(false);
    const prof = goodProfile();
    const badKind = { ...prof, indicators: [{ ...prof.indicators[0]!, kind: 'guess' }] };
    expect(paths(profileSeedSchema.safeParse(badKind))).toContain('indicators.0.kind');
  });

  it('requires industries in both languages to pair up', () => {
    expect(projectSeedSchema.safeParse({ ...goodProject(), industries_en: ['Embodied AI'] }).success).toBe(false);
  });
});
