/** CSV escaping and BOM, the dataset rows, citations in both languages and the problem report (issue 11). */
import { describe, expect, it } from 'vitest';
import { DOC_META } from '../../src/data/docs';
import type { ProjectRecordFeature } from '../../src/data/model';
import { citationEn, citationZh, englishDate } from '../../src/export/citation';
import { BOM, csvCell, parseCsv, toCsv } from '../../src/export/csv';
import { PROJECT_COLUMNS, profilesCsv, projectsCsv, projectsGeoJson } from '../../src/export/dataset';
import { isEmail, mailtoHref, reportSubject, reportText } from '../../src/export/report';
import { makeIndicator, makePlan, makeProfile, makeProject } from '../fixtures/factories';

const feature = (over: Parameters<typeof makeProject>[0]): ProjectRecordFeature => ({
  type: 'Feature',
  id: over.id,
  geometry: { type: 'Point', coordinates: [116.2, 40.05] },
  properties: makeProject(over),
});

describe('csvCell', () => {
  it('neutralises cells that a spreadsheet would run as a formula', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(csvCell(s).replace(/^"|"$/g, '').startsWith(`'${s[0]}`), JSON.stringify(s)).toBe(true);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('海淀区')).toBe('海淀区');
  });
  it('quotes commas, quotes and line breaks, and writes numbers as numbers', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(undefined)).toBe('');
    expect(() => csvCell(Number.NaN)).toThrow(/finite/);
  });
  it('a file starts with the BOM, ends rows with CRLF, and round-trips', () => {
    const text = toCsv(
      ['a', 'b'],
      [
        ['中关村, "园"', '=x'],
        [1, null],
      ],
    );
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toContain('\r\n');
    expect(parseCsv(text)).toEqual([
      ['a', 'b'],
      ['中关村, "园"', "'=x"],
      ['1', ''],
    ]);
    expect(() => toCsv(['a', 'b'], [['only one']])).toThrow(/row 1: 1 cells for 2 columns/);
  });
});

describe('dataset downloads', () => {
  const evil = feature({ id: 'evil-park', name_zh: '=HYPERLINK("x")园', industries_zh: ['人工智能', '医药健康'] });
  const plain = feature({ id: 'plain-park', floor_area_total_m2: 304000 });
  it('projects CSV: one row per project, its sources, a neutralised name', () => {
    const rows = parseCsv(projectsCsv([evil, plain]));
    expect(rows[0]).toEqual([...PROJECT_COLUMNS]);
    expect(rows.length).toBe(3);
    const col = (name: string) => PROJECT_COLUMNS.indexOf(name as (typeof PROJECT_COLUMNS)[number]);
    expect(rows[1]![col('name_zh')]).toBe(`'=HYPERLINK("x")园`);
    expect(rows[1]![col('industries_zh')]).toBe('人工智能; 医药健康');
    expect(rows[2]![col('floor_area_total_m2')]).toBe('304000');
    expect(rows[2]![col('sources')]).toBe(`${plain.properties.sources[0]!.doc}: ${plain.properties.sources[0]!.quote}`);
    expect(rows[2]![col('lng')]).toBe('116.2');
  });
  it('GeoJSON holds the same features, without the search helpers', () => {
    const fc = JSON.parse(projectsGeoJson([plain])) as { features: { id: string; properties: object }[] };
    expect(fc.features.map((f) => f.id)).toEqual(['plain-park']);
    expect('search' in fc.features[0]!.properties).toBe(false);
  });
  it('profile CSV: a row per indicator and plan, value and unit as written', () => {
    const profile = makeProfile({
      code: '110108',
      indicators: [makeIndicator({ id: 'hd-gdp', value: 5.5, unit: '%', year: 2025, kind: 'target' })],
      plans: [makePlan({ id: 'hd-plan' })],
    });
    const rows = parseCsv(profilesCsv([profile]));
    expect(rows.length).toBe(3);
    expect(rows[1]!.slice(0, 5)).toEqual(['110108', profile.name_zh, profile.name_en, 'indicator', 'hd-gdp']);
    expect(rows[1]![10]).toBe('5.5');
    expect(rows[1]![11]).toBe('%');
    expect(rows[2]![3]).toBe('plan');
  });
});

describe('citations', () => {
  const source = { doc: '001_58d4ddf8b95e2ac9.txt' as const, quote: '全年地区生产总值增长5.5%左右。' };
  it('GB/T 7714: a newspaper is [N] with its date, a web page [EB/OL] with the date in brackets', () => {
    expect(citationZh(source, DOC_META[source.doc])).toBe(
      '海淀报 第02版. 海淀区政府工作报告（摘登）[N]. 2025-01-08. 引文：“全年地区生产总值增长5.5%左右。”（001_58d4ddf8b95e2ac9.txt）',
    );
    const web = { doc: '004_ea38cd41d44e36dd.txt' as const, quote: '发布了18个重点科技园区' };
    expect(citationZh(web, DOC_META[web.doc])).toMatch(
      /^千龙网\. 北京海淀区.*\[EB\/OL\]\. \(2025\)\. 引文：“发布了18个重点科技园区”/,
    );
  });
  it('plain English: publisher, title, medium, date, then the quote as written', () => {
    expect(citationEn(source, DOC_META[source.doc])).toBe(
      'Haidian Daily, page 2, “Haidian District Government Work Report (excerpt)” (newspaper, in Chinese), 8 January 2025. ' +
        'Quote: “全年地区生产总值增长5.5%左右。” (source file 001_58d4ddf8b95e2ac9.txt)',
    );
  });
  it('dates read in English; a bad one is an error, not a guess', () => {
    expect(englishDate('2025-08')).toBe('August 2025');
    expect(englishDate('2025')).toBe('2025');
    expect(() => englishDate('2025-13')).toThrow(/month/);
    expect(() => englishDate('Jan 2025')).toThrow(/unreadable/);
  });
});

describe('problem report', () => {
  const project = makeProject({ id: 'wenquan-2' });
  const input = {
    project,
    shown: ['状态：计划中（2025年）'],
    url: 'http://localhost/?project=wenquan-2',
    lang: 'zh' as const,
  };
  it('holds the record id, what was shown and the page address', () => {
    const text = reportText(input);
    expect(text).toContain('记录编号：wenquan-2');
    expect(text).toContain('页面地址：http://localhost/?project=wenquan-2');
    expect(text).toContain('- 状态：计划中（2025年）');
    expect(text).toContain('004_ea38cd41d44e36dd.txt');
    const en = reportText({ ...input, lang: 'en', shown: ['Status: planned'] });
    expect(en).toMatch(/^Record id: wenquan-2\nPage: http:\/\/localhost\/\?project=wenquan-2/);
    expect(reportSubject({ project, lang: 'en' })).toBe(`Data problem: ${project.name_en} (wenquan-2)`);
  });
  it('mailto: encodes subject and body; no address means no link', () => {
    const href = mailtoHref('data@example.org', 'a&b', 'line 1\nline 2');
    expect(href).toBe('mailto:data@example.org?subject=a%26b&body=line%201%0Aline%202');
    expect(isEmail('')).toBe(false);
    expect(isEmail(undefined)).toBe(false);
    expect(isEmail('x@y')).toBe(false);
    expect(() => mailtoHref('not an address', 's', 'b')).toThrow(/not an e-mail/);
  });
});
