import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBuiltProjects } from '../../geo/build/built';
import { chunkCount, detailsFile, thinProps } from '../../src/data/details';
import { districtCollectionSchema, profilesSchema, projectCollectionSchema } from '../../src/data/model';
import { detailsShape, districtsShape, profilesShape, projectsShape } from '../../src/data/shape';

const read = (f: string) => JSON.parse(readFileSync(`public/data/${f}`, 'utf8')) as unknown;

describe('the browser-side shape checks (the build validates the schema)', () => {
  it('accept the files the build writes, which the full schemas accept too', () => {
    const projects = read('projects.geojson') as { features: { properties: Record<string, unknown> }[] };
    expect(projectsShape.safeParse(projects).success).toBe(true);
    // The thin file with its details files is the whole record the build validated; the thin part is exactly it.
    const whole = projectCollectionSchema.parse(readBuiltProjects('public/data'));
    expect(whole.features.map((f) => thinProps(f.properties))).toEqual(projects.features.map((f) => f.properties));
    for (let k = 0; k < chunkCount(whole.features.length); k++)
      expect(detailsShape.safeParse(read(detailsFile(k))).success).toBe(true);
    expect(districtCollectionSchema.safeParse(read('districts.geojson')).success).toBe(true);
    expect(districtsShape.safeParse(read('districts.geojson')).success).toBe(true);
    expect(profilesSchema.safeParse(read('profiles.json')).success).toBe(true);
    expect(profilesShape.safeParse(read('profiles.json')).success).toBe(true);
  });

  it('reject the wrong file, a truncated one, and a feature without what the map filters on', () => {
    const msg = (r: ReturnType<typeof projectsShape.safeParse>) => (r.success ? null : r.error.issues[0]!.message);
    expect(msg(projectsShape.safeParse('<html>'))).toMatch(/FeatureCollection/);
    expect(msg(projectsShape.safeParse(read('districts.geojson')))).toMatch(/no id|not a point or a line/);
    const p = read('projects.geojson') as { features: { id: string; properties: Record<string, unknown> }[] };
    const first = p.features[0]!;
    delete first.properties.sector;
    expect(msg(projectsShape.safeParse(p))).toBe(`${first.id}: properties.sector is not text`);
    expect(profilesShape.safeParse({}).success).toBe(false);
    expect(districtsShape.safeParse(read('projects.geojson')).success).toBe(false);
  });

  it('accept the tiles named beside the projects file, and nothing else there (no path, no other host)', () => {
    const p = read('projects.geojson') as Record<string, unknown>;
    const at = (r: ReturnType<typeof projectsShape.safeParse>) => (r.success ? null : r.error.issues[0]!.path);
    expect(projectsShape.safeParse({ ...p, tiles: 'projects.pmtiles' }).success).toBe(true);
    for (const bad of ['../projects.pmtiles', '//evil.example/p.pmtiles', 'https://x/p.pmtiles', 'p.json', 3, ''])
      expect(at(projectsShape.safeParse({ ...p, tiles: bad })), String(bad)).toEqual(['tiles']);
  });

  it('reject a code the map does not know, and say where, as zod would', () => {
    const p = read('projects.geojson') as { features: { properties: Record<string, unknown> }[] };
    p.features[2]!.properties.status = 'finished';
    const r = projectsShape.safeParse(p);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]!.path).toEqual(['features', 2, 'properties', 'status']);
    p.features[2]!.properties.status = 'planned';
    p.features[3]!.properties.docs = [];
    const r2 = projectsShape.safeParse(p);
    if (!r2.success) expect(r2.error.issues[0]!.path).toEqual(['features', 3, 'properties', 'docs']);
    expect(r2.success).toBe(false);
  });

  it('reject a details file without a quote or a placement basis, and say which project', () => {
    const d = read(detailsFile(0)) as Record<string, { sources: { quote?: string }[]; location_basis?: string }>;
    const [id, first] = Object.entries(d)[0]!;
    delete first.sources[0]!.quote;
    const r = detailsShape.safeParse(d);
    expect(r.success ? null : r.error.issues[0]!.path).toEqual([id, 'sources', 0]);
    expect(detailsShape.safeParse(read('projects.geojson')).success).toBe(false);
    expect(detailsShape.safeParse([]).success).toBe(false);
  });
});

describe('the projects check, where it fails', () => {
  it('names "type" for another kind of file, as the browser test of bad content expects', () => {
    const r = projectsShape.safeParse({ type: 'Nope', features: [] });
    expect(r.success ? null : r.error.issues[0]!.path).toEqual(['type']);
  });
});
