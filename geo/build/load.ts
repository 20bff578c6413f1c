/**
 * Reads seeds/ (YAML), validates every record with the schema and reports file, record and field.
 *
 * The reader is strict on purpose: bytes must be valid UTF-8, the YAML must parse without a single error or
 * warning, and seeds use plain YAML only — no tags (`!!js/function`, `!!binary`, `!foo`), no aliases (so no
 * billion-laughs expansion), no duplicate keys. Every problem is located to the record and field it sits in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type DocumentOptions,
  type Node,
  type ParseOptions,
  type SchemaOptions,
} from 'yaml';
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
  /** Records read from each file (projects, or indicators + plans for a profile file). */
  counts: Map<string, number>;
}

export interface LoadOptions {
  /** Folder the file labels are relative to (default: the parent of seedsDir, giving `seeds/…`). */
  rootForLabels?: string;
  /** Accept a file that yields no records (a deliberate removal, `--allow-shrink`). */
  allowEmptyFiles?: boolean;
}

/** Options for `yaml`: the core schema, strict parsing, no custom or "known" extra tags, no merge keys. */
const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  schema: 'core',
  customTags: [],
  resolveKnownTags: false,
  merge: false,
  strict: true,
  uniqueKeys: true,
  prettyErrors: false,
};

/** Where a problem sits when it is not in one record. */
const WHOLE_FILE = '(whole file)';

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

const inRange = (n: Node | null | undefined, offset: number) =>
  !!n?.range && n.range[0] <= offset && offset < Math.max(n.range[2], n.range[0] + 1);

/**
 * The record and field holding a character offset of the file, read from the parsed document as far as it
 * goes (a file with a syntax error still yields the records before it).
 */
function locate(doc: Document, text: string, offset: number): { record: string; field: string } {
  const line = text.slice(0, offset).split('\n').length;
  const at = `line ${line}`;
  const top = doc.contents;
  if (!isSeq(top)) return { record: WHOLE_FILE, field: at };
  const index = top.items.findIndex((item) => isNode(item) && inRange(item, offset));
  if (index < 0) return { record: WHOLE_FILE, field: at };
  const item = top.items[index] as Node;
  let record = `#${index + 1}`;
  if (isMap(item)) {
    for (const key of ['id', 'code']) {
      const v = item.get(key);
      if (typeof v === 'string') {
        record = v;
        break;
      }
    }
  }
  const path: (string | number)[] = [];
  let node: unknown = item;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && (inRange(p.key as Node, offset) || inRange(p.value as Node, offset)),
      );
      if (!pair) break;
      path.push(isScalar(pair.key) ? String(pair.key.value) : '?');
      node = pair.value;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((n) => isNode(n) && inRange(n, offset));
      if (i < 0) break;
      path.push(i);
      node = node.items[i];
    } else break;
  }
  return { record, field: `${path.join('.') || '-'} (${at})` };
}

/** Decodes UTF-8 strictly; on failure, locates the first bad byte through a lossy decode. */
function decode(bytes: Uint8Array, label: string, problems: RecordProblem[]): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const offset = lossy.indexOf('\uFFFD');
    const doc = parseDocument(lossy, YAML_OPTIONS);
    problems.push({
      file: label,
      ...locate(doc, lossy, Math.max(offset, 0)),
      message: 'the file is not valid UTF-8 (save it as UTF-8; the bad bytes show as � here)',
    });
    return undefined;
  }
}

/** Parses one YAML file strictly; returns the plain value, or undefined after reporting every problem. */
function parseYaml(text: string, label: string, problems: RecordProblem[]): unknown {
  const doc = parseDocument(text, YAML_OPTIONS);
  const before = problems.length;
  for (const e of [...doc.errors, ...doc.warnings])
    problems.push({
      file: label,
      ...locate(doc, text, e.pos[0]),
      message: `not valid YAML: ${e.message.split('\n')[0]}`,
    });
  let aliases = 0;
  visit(doc, (_key, node) => {
    // Only the first alias is reported: a billion-laughs file has thousands.
    if (isAlias(node)) {
      if (aliases++ === 0)
        problems.push({
          file: label,
          ...locate(doc, text, node.range?.[0] ?? 0),
          message: `YAML aliases (*${node.source}) are not allowed in seeds: write the value out`,
        });
    } else if (isNode(node) && node.tag && !(isScalar(node) && node.tag === 'tag:yaml.org,2002:str'))
      problems.push({
        file: label,
        ...locate(doc, text, node.range?.[0] ?? 0),
        message: `YAML tags (${node.tag.replace('tag:yaml.org,2002:', '!!')}) are not allowed in seeds`,
      });
  });
  if (problems.length > before) return undefined;
  try {
    return doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    problems.push({ file: label, record: WHOLE_FILE, field: '-', message: `not valid YAML: ${(e as Error).message}` });
    return undefined;
  }
}

function parseFile<T>(
  path: string,
  label: string,
  schema: z.ZodType<T>,
  count: (record: T) => number,
  seeds: Seeds,
  out: Located<T>[],
  opts: LoadOptions,
): void {
  const { problems } = seeds;
  const text = decode(readFileSync(path), label, problems);
  if (text === undefined) return;
  const doc = parseYaml(text, label, problems);
  if (doc === undefined) return;
  if (doc !== null && !Array.isArray(doc)) {
    problems.push({ file: label, record: WHOLE_FILE, field: '-', message: 'the file must be a YAML list of records' });
    return;
  }
  let n = 0;
  let failed = false;
  (doc ?? []).forEach((raw, i) => {
    const result = schema.safeParse(raw);
    if (result.success) {
      out.push({ file: label, record: result.data });
      n += count(result.data);
    } else {
      failed = true;
      for (const issue of result.error.issues)
        problems.push({
          file: label,
          record: recordName(raw, i),
          field:
            [...issue.path, ...(issue.code === 'unrecognized_keys' ? [issue.keys.join(', ')] : [])].join('.') || '-',
          message: issue.message,
        });
    }
  });
  seeds.counts.set(label, n);
  if (n === 0 && !failed && !opts.allowEmptyFiles)
    problems.push({
      file: label,
      record: WHOLE_FILE,
      field: '-',
      message:
        'the file yields no records (emptied by accident?). To remove its records on purpose, delete the file ' +
        'or run the build with --allow-shrink',
    });
}

export function loadSeeds(seedsDir: string, opts: LoadOptions = {}): Seeds {
  const root = opts.rootForLabels ?? join(seedsDir, '..');
  const seeds: Seeds = { projects: [], profiles: [], problems: [], counts: new Map() };
  for (const f of yamlFiles(join(seedsDir, 'projects')))
    parseFile(f, relative(root, f), projectSeedSchema, () => 1, seeds, seeds.projects, opts);
  for (const f of yamlFiles(join(seedsDir, 'profiles')))
    parseFile(
      f,
      relative(root, f),
      profileSeedSchema,
      (p) => p.indicators.length + p.plans.length,
      seeds,
      seeds.profiles,
      opts,
    );
  return seeds;
}
