/**
 * The corpus of broken inputs: each case breaks a small, valid seed folder in one way, runs the data build,
 * and expects it to stop with file › record › field — and the previous output to stay byte for byte the same.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData, type BuildOptions } from '../../geo/build/build';
import { DataBuildError } from '../../geo/build/errors';
import type { ProfileSeed, ProjectSeed } from '../../src/data/schema';
import { DOC, DOC_TEXT, goodProfile, goodProject } from '../fixtures/records';

const root = new URL('../..', import.meta.url).pathname;
const PARKS = 'seeds/projects/parks.yaml';
const HAIDIAN = 'seeds/profiles/haidian.yaml';
const WQ = 'zgc-wenquan-science-park-phase-2';
const CH = 'cuihu-yuzhi-industrial-park';

/** Real lines of 004: a second park, and two long paragraphs (240 characters) between it and the GDP sentence. */
const FAR_PARAGRAPH =
  '深入推进财税和金融体制改革,积极探索构建政府投资基金图谱,优化财金协同管理,扎实推动预算管理与绩效管理深度融合;激发数据要素活力,创建数据要素生态示范区,完善平台经济服务监管机制,用健全的体制机制为经济高质量发展护航。\n' +
  '加快融入和主动服务全国统一大市场,完善招商引资管理体制机制,健全重大项目谋划储备工作机制、政府投资有效带动社会投资体制机制;在落实“两个毫不动摇”的方针政策上,深入实施国企改革深化提升行动,完善支持科技中小企业创新发展体制机制,构建高水平社会主义市场经济体制。';
const DOC_FULL =
  `${DOC_TEXT}\n${FAR_PARAGRAPH}\n` +
  '● 项目名称:翠湖驭智产业园\n空间位置:海淀区温泉镇环保科技园\n空间规模:总建筑面积7.84万平方米,其中地上4.5万平方米。';

const cuihu = (): ProjectSeed => ({
  ...goodProject(),
  id: CH,
  name_zh: '翠湖驭智产业园',
  name_en: 'Cuihu Yuzhi Industrial Park',
  address_zh: '海淀区温泉镇环保科技园',
  location: {
    type: 'point',
    coordinates: [116.168, 40.062],
    precision: 'town',
    basis: 'Wenquan town',
    basis_zh: '温泉镇',
  },
  figures: [
    { kind: 'floor_area_total', value: 7.84, unit: '万平方米' },
    { kind: 'floor_area_above_ground', value: 4.5, unit: '万平方米' },
  ],
  industries_zh: ['自动驾驶'],
  industries_en: ['Autonomous driving'],
  sources: [
    { doc: DOC, quote: '项目名称:翠湖驭智产业园' },
    { doc: DOC, quote: '空间规模:总建筑面积7.84万平方米,其中地上4.5万平方米。' },
  ],
});
const profile = (): ProfileSeed => ({
  ...goodProfile(),
  plans: [
    {
      id: 'wenquan-phase-2',
      theme: 'innovation',
      text_zh: '建设中关村温泉科技园二期。',
      text_en: 'Build Zhongguancun Wenquan Science Park Phase II.',
      projects: [WQ],
      sources: [{ doc: DOC, quote: '项目名称:中关村温泉科技园二期' }],
    },
  ],
});

const base: Record<string, string> = {
  [PARKS]: stringify([goodProject(), cuihu()]),
  [HAIDIAN]: stringify([profile()]),
};
let dir: string;
let opts: BuildOptions;
const put = (file: string, content: string | Buffer) => writeFileSync(join(dir, file), content);
const restore = () => {
  for (const f of readdirSync(join(dir, 'seeds/projects'))) unlinkSync(join(dir, 'seeds/projects', f));
  for (const f of readdirSync(join(dir, 'seeds/profiles'))) unlinkSync(join(dir, 'seeds/profiles', f));
  for (const [f, c] of Object.entries(base)) put(f, c);
};
/** sha256 of every file in the output folder (names and bytes), and the folder's neighbours. */
const hashOut = () => {
  const h = createHash('sha256');
  for (const f of readdirSync(join(dir, 'out')).sort()) h.update(f).update(readFileSync(join(dir, 'out', f)));
  return `${h.digest('hex')} ${readdirSync(dir).sort().join(',')}`;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'broken-inputs-'));
  mkdirSync(join(dir, 'seeds/projects'), { recursive: true });
  mkdirSync(join(dir, 'seeds/profiles'), { recursive: true });
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', DOC), DOC_FULL);
  cpSync(join(root, 'geo/beijing-metro'), join(dir, 'metro'), { recursive: true });
  restore();
  opts = {
    seedsDir: join(dir, 'seeds'),
    sourcesDir: join(dir, 'docs'),
    districtsFile: join(root, 'geo/beijing-districts.geojson'),
    stationsFile: join(dir, 'metro/stations.geojson'),
    metroLinesFile: join(dir, 'metro/lines.geojson'),
    outDir: join(dir, 'out'),
    warn: () => undefined,
  };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The YAML of the two parks with one record changed. */
const parks = (change: (wq: ProjectSeed, ch: ProjectSeed) => void) => {
  const wq = goodProject();
  const ch = cuihu();
  change(wq, ch);
  return { [PARKS]: stringify([wq, ch]) };
};
const parksText = (edit: (yaml: string) => string) => ({ [PARKS]: edit(base[PARKS]!) });
const profileWith = (change: (p: ProfileSeed) => void) => {
  const p = profile();
  change(p);
  return { [HAIDIAN]: stringify([p]) };
};
const at = (file: string, record: string, field: string) => `${file} › ${record} › ${field}`;

/** A billion-laughs YAML: nine levels of nine aliases (9^9 ≈ 387 million strings if expanded). */
const billionLaughs = () => {
  let y = `- id: ${WQ}\n  lol0: &l0 lol\n`;
  for (let i = 1; i <= 9; i++)
    y += `  lol${i}: &l${i} [${Array(9)
      .fill(`*l${i - 1}`)
      .join(', ')}]\n`;
  return y;
};

interface Case {
  name: string;
  files?: Record<string, string | Buffer>;
  remove?: string[];
  opts?: Partial<BuildOptions>;
  /** `file › record › field` (field may carry the line, e.g. "summary_zh (line 12)"). */
  where: string;
  message: RegExp;
}

const cases: Case[] = [
  // YAML itself
  {
    name: 'malformed YAML (unclosed flow sequence)',
    files: parksText((y) => y.replace('industries_zh:\n    - 自动驾驶', 'industries_zh: [自动驾驶')),
    where: `${PARKS} › ${CH} › industries_`, // reported where the parser notices it, the next key
    message: /not valid YAML/,
  },
  {
    name: 'malformed YAML (bad indentation)',
    files: parksText((y) => y.replace(`  name_en: Cuihu`, `     name_en: Cuihu`)),
    where: `${PARKS} › ${CH}`,
    message: /not valid YAML/,
  },
  {
    name: 'duplicate key in a record',
    files: parksText((y) =>
      y.replace('  sector: industrial_park\n', '  sector: industrial_park\n  sector: research\n'),
    ),
    where: at(PARKS, WQ, 'sector'),
    message: /unique/,
  },
  {
    name: 'custom tag !!js/function',
    files: parksText((y) => y.replace('summary_zh: 海淀区', 'summary_zh: !!js/function 海淀区')),
    where: at(PARKS, WQ, 'summary_zh'),
    message: /tag/,
  },
  {
    name: 'unknown tag !foo',
    files: parksText((y) => y.replace('name_en: Cuihu', 'name_en: !foo Cuihu')),
    where: at(PARKS, CH, 'name_en'),
    message: /tag/,
  },
  {
    name: 'known but unwanted tag !!binary',
    files: parksText((y) => y.replace('name_en: Cuihu Yuzhi Industrial Park', 'name_en: !!binary aGVsbG8=')),
    where: at(PARKS, CH, 'name_en'),
    message: /tag/,
  },
  {
    name: 'alias bomb (billion laughs)',
    files: { [PARKS]: billionLaughs() },
    where: at(PARKS, WQ, 'lol1'),
    message: /aliases .* not allowed/,
  },
  {
    name: 'an alias for a field',
    files: parksText((y) =>
      y.replace('name_en: Cuihu Yuzhi Industrial Park', 'name_en: *x').replace('name_en: Zh', 'name_en: &x Zh'),
    ),
    where: at(PARKS, CH, 'name_en'),
    message: /aliases/,
  },
  {
    name: 'the file is a mapping, not a list',
    files: { [PARKS]: stringify({ parks: [goodProject()] }) },
    where: at(PARKS, '(whole file)', '-'),
    message: /list of records/,
  },
  // Bytes and characters
  {
    name: 'invalid UTF-8 in a summary',
    files: {
      [PARKS]: Buffer.concat([
        Buffer.from(base[PARKS]!.split('summary_zh: ')[0] + 'summary_zh: 海淀'),
        Buffer.from([0xe6, 0xb5]), // a three-byte character cut short
        Buffer.from('区' + base[PARKS]!.split('summary_zh: 海淀区')[1]),
      ]),
    },
    where: at(PARKS, WQ, 'summary_zh'),
    message: /not valid UTF-8/,
  },
  {
    name: 'NUL in a name',
    files: parks((wq) => (wq.name_zh = '中关村温泉\u0000科技园二期')),
    where: at(PARKS, WQ, 'name_zh'),
    message: /NUL/,
  },
  {
    name: 'bidi override in an English name',
    files: parks((wq) => (wq.name_en = 'Zhongguancun \u202EII esahP kraP')),
    where: at(PARKS, WQ, 'name_en'),
    message: /bidirectional/,
  },
  {
    name: 'bidi isolate in a quote',
    files: parks((_, ch) => (ch.sources[0]!.quote = '项目名称:\u2066翠湖驭智产业园\u2069')),
    where: at(PARKS, CH, 'sources.0.quote'),
    message: /bidirectional/,
  },
  {
    name: 'control character in a summary',
    files: parks((wq) => (wq.summary_en = 'One of the key\u0007 science parks.')),
    where: at(PARKS, WQ, 'summary_en'),
    message: /control character/,
  },
  {
    name: 'lone surrogate from a YAML escape',
    files: parksText((y) => y.replace('name_en: Cuihu Yuzhi Industrial Park', 'name_en: "Cuihu \\uD800 Park"')),
    where: at(PARKS, CH, 'name_en'),
    message: /surrogate/,
  },
  {
    name: '10 MB summary',
    files: parks((wq) => (wq.summary_en = 'x'.repeat(10 * 1024 * 1024))),
    where: at(PARKS, WQ, 'summary_en'),
    message: /2000/,
  },
  // Fields
  {
    name: 'missing English name',
    files: parks((wq) => delete (wq as Partial<ProjectSeed>).name_en),
    where: at(PARKS, WQ, 'name_en'),
    message: /expected string/,
  },
  {
    name: 'mistyped year (a string)',
    files: parks((wq) => ((wq as unknown as Record<string, unknown>).status_year = '2025')),
    where: at(PARKS, WQ, 'status_year'),
    message: /expected number/,
  },
  {
    name: 'misspelt field name',
    files: parks((wq) => ((wq as unknown as Record<string, unknown>).sumary_zh = '错字')),
    where: at(PARKS, WQ, 'sumary_zh'),
    message: /Unrecognized key/,
  },
  {
    name: 'unknown sector',
    files: parks((wq) => ((wq as unknown as Record<string, unknown>).sector = 'casino')),
    where: at(PARKS, WQ, 'sector'),
    message: /Invalid option/,
  },
  {
    name: 'unknown district',
    files: parks((wq) => ((wq as unknown as Record<string, unknown>).district = '110199')),
    where: at(PARKS, WQ, 'district'),
    message: /Invalid option/,
  },
  {
    name: 'unknown indicator kind',
    files: profileWith((p) => ((p.indicators[0] as unknown as Record<string, unknown>).kind = 'guess')),
    where: at(HAIDIAN, '110108', 'indicators.0.kind'),
    message: /Invalid option/,
  },
  {
    name: 'unknown source document',
    files: parks((wq) => ((wq.sources[0] as unknown as Record<string, unknown>).doc = '009_other.txt')),
    where: at(PARKS, WQ, 'sources.0.doc'),
    message: /Invalid option/,
  },
  {
    name: 'duplicate project id',
    files: parks((_, ch) => (ch.id = WQ)),
    where: at(PARKS, WQ, 'id'),
    message: /duplicate id/,
  },
  {
    name: 'plan naming an unknown project',
    files: profileWith((p) => (p.plans[0]!.projects = ['no-such-park'])),
    where: at(HAIDIAN, '110108/wenquan-phase-2', 'projects.0'),
    message: /no project with id/,
  },
  // Places
  {
    name: 'swapped coordinates (lat, lon)',
    files: parks((wq) => (wq.location = { ...wq.location, coordinates: [40.04, 116.18] } as never)),
    where: at(PARKS, WQ, 'location.coordinates.0'),
    message: /115.4/,
  },
  {
    name: 'a point outside its district (Haidian park placed in Chaoyang)',
    files: parks((wq) => (wq.location = { ...wq.location, coordinates: [116.48, 39.92] } as never)),
    where: at(PARKS, WQ, 'location'),
    message: /outside 110108/,
  },
  {
    name: 'an unknown metro station',
    files: parks(
      (wq) =>
        (wq.location = {
          type: 'point',
          station: '不存在站',
          precision: 'street',
          basis: 'a station',
          basis_zh: '一个车站',
        }),
    ),
    where: at(PARKS, WQ, 'location.station'),
    message: /no metro station/,
  },
  // Quotes and figures
  {
    name: 'a quote changed by one character',
    files: parks((wq) => (wq.sources[0]!.quote = '空间位置:海淀区温泉镇古连路66号院')),
    where: at(PARKS, WQ, 'sources.0.quote'),
    message: /not verbatim/,
  },
  {
    name: 'a four-character quote ("海淀区温")',
    files: parks((wq) => (wq.sources[0]!.quote = '海淀区温')),
    where: at(PARKS, WQ, 'sources.0.quote'),
    message: /at least 8 characters/,
  },
  {
    name: 'a verbatim quote that is about something else',
    files: parks((_, ch) => (ch.sources[0]!.quote = '2024年,北京海淀地区生产总值实现12907.1亿元')),
    where: at(PARKS, CH, 'sources.0.quote'),
    message: /does not say what it is about/,
  },
  {
    name: 'a quote spanning two lines',
    files: parks((wq) => (wq.sources[0]!.quote = '项目名称:中关村温泉科技园二期\n空间位置:海淀区温泉镇')),
    where: at(PARKS, WQ, 'sources.0.quote'),
    message: /span lines/,
  },
  {
    name: 'a figure in none of the quotes',
    files: parks((wq) => (wq.figures![0]!.value = 31.4)),
    where: at(PARKS, WQ, 'figures.0.value'),
    message: /none of the quotes/,
  },
  {
    name: "002's corrupted word in a name",
    files: parks((wq) => (wq.name_zh = '人命谷温泉科技园二期')),
    where: at(PARKS, WQ, 'name_zh'),
    message: /corrupted word/,
  },
  // Data lost
  {
    name: 'an emptied profile file',
    files: { [HAIDIAN]: '' },
    where: at(HAIDIAN, '(whole file)', '-'),
    message: /yields no records/,
  },
  {
    name: 'a profile file holding an empty list',
    files: { [HAIDIAN]: '[]\n' },
    where: at(HAIDIAN, '(whole file)', '-'),
    message: /yields no records/,
  },
  {
    name: 'a profile file whose area lost every entry',
    files: { [HAIDIAN]: stringify([{ code: '110108' }]) },
    where: at(HAIDIAN, '(whole file)', '-'),
    message: /yields no records/,
  },
  {
    name: 'an emptied project file',
    files: { [PARKS]: '# all gone\n', [HAIDIAN]: stringify([{ ...profile(), plans: [] }]) },
    where: at(PARKS, '(whole file)', '-'),
    message: /yields no records/,
  },
  {
    name: 'an area that loses all its indicators',
    files: profileWith((p) => (p.indicators = [])),
    where: at('seeds/profiles/*.yaml', '110108 (海淀区)', 'indicators'),
    message: /had 1 indicators .* now has none.*--allow-shrink/,
  },
  {
    name: 'a total that drops by more than 5% (a project file deleted)',
    remove: [PARKS],
    files: {
      'seeds/projects/wenquan.yaml': stringify([goodProject()]),
    },
    where: at('seeds/', '(all records)', 'projects'),
    message: /projects drop from 2 to 1 \(−50%\)/,
  },
  {
    name: 'missing source documents in CI',
    opts: { sourcesDir: '/nonexistent/shared/seeds', requireSources: true },
    where: at('/nonexistent/shared/seeds', '(all records)', 'sources'),
    message: /in CI the quote check may not be skipped/,
  },
];

describe('broken inputs', () => {
  let baseline = '';
  beforeAll(() => {
    const r = buildData(opts);
    expect(r).toMatchObject({ projects: 2, indicators: 1, plans: 1, quotesChecked: true });
    baseline = hashOut();
  });

  it.each(cases)('$name: rejected with file › record › field, output unchanged', (c) => {
    try {
      for (const f of c.remove ?? []) unlinkSync(join(dir, f));
      for (const [f, content] of Object.entries(c.files ?? {})) put(f, content);
      let err: unknown;
      try {
        buildData({ ...opts, ...c.opts });
      } catch (e) {
        err = e;
      }
      expect(err, 'the build must fail').toBeInstanceOf(DataBuildError);
      const problems = (err as DataBuildError).problems;
      const hit = problems.find((p) => `${p.file} › ${p.record} › ${p.field}`.startsWith(c.where));
      expect(hit, `no problem at ${c.where} in:\n${(err as Error).message.slice(0, 2000)}`).toBeDefined();
      expect(hit!.message).toMatch(c.message);
      expect((err as Error).message).toContain(c.where);
      expect(hashOut()).toBe(baseline);
    } finally {
      restore();
      // Keep one failing case from failing the next ones: put the baseline output back if it changed.
      if (hashOut() !== baseline) buildData({ ...opts, allowShrink: true });
    }
  });

  it('builds the same output again from the restored seeds (the corpus itself lost nothing)', () => {
    buildData(opts);
    expect(hashOut()).toBe(baseline);
  });

  it('lets a deliberate removal through with allowShrink, and says what shrank', () => {
    try {
      put(HAIDIAN, stringify([{ ...profile(), indicators: [] }]));
      const warnings: string[] = [];
      const r = buildData({ ...opts, allowShrink: true, warn: (m) => warnings.push(m) });
      expect(r.shrunk.sort()).toEqual([
        '(all records) › indicators',
        '(all records) › sources',
        '110108 (海淀区) › indicators',
      ]);
      expect(warnings.join('\n')).toMatch(/shrinking on purpose/);
    } finally {
      restore();
      buildData({ ...opts, allowShrink: true });
    }
  });
});
