/** Reads seeds/ (YAML), validates every record with the schema and reports file, record and field. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { profileSeedSchema, projectSeedSchema, type ProfileSeed, type ProjectSeed } from '../../src/data/schema';
import type { RecordProblem } from './errors';

export interface Located<T> {
  file: string;
  record: T;
}

export interface Seeds {
  projects: Located<ProjectSeed>[];
  profiles: Located<ProfileSeed>[];
  problems: RecordProblem[];
}

function yamlFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

function recordName(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object') {
    const r = raw as Record<string, unknown>;
    if (typeof r.id === 'string') return r.id;
    if (typeof r.code === 'string') return r.code;
  }
  return `#${index + 1}`;
}

function parseFile<T>(
  path: string,
  label: string,
  schema: z.ZodType<T>,
  out: Located<T>[],
  problems: RecordProblem[],
): void {
  let doc: unknown;
  try {
    doc = parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push({ file: label, record: '-', field: '-', message: `not valid YAML: ${(e as Error).message}` });
    return;
  }
  if (doc == null) return;
  if (!Array.isArray(doc)) {
    problems.push({ file: label, record: '-', field: '-', message: 'the file must be a YAML list of records' });
    return;
  }
  doc.forEach((raw, i) => {
    const result = schema.safeParse(raw);
    if (result.success) out.push({ file: label, record: result.data });
    else
      for (const issue of result.error.issues)
        problems.push({
          file: label,
          record: recordName(raw, i),
          field: issue.path.join('.') || '-',
          message: issue.message,
        });
  });
}

export function loadSeeds(seedsDir: string, rootForLabels = join(seedsDir, '..')): Seeds {
  const seeds: Seeds = { projects: [], profiles: [], problems: [] };
  for (const f of yamlFiles(join(seedsDir, 'projects')))
    parseFile(f, relative(rootForLabels, f), projectSeedSchema, seeds.projects, seeds.problems);
  for (const f of yamlFiles(join(seedsDir, 'profiles')))
    parseFile(f, relative(rootForLabels, f), profileSeedSchema, seeds.profiles, seeds.problems);
  return seeds;
}
