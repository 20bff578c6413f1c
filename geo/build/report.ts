/** The data report: what the built data holds, and what is missing from any record. Pure. */
import type { Profile, ProjectRecordFeature } from '../../src/data/model';

const count = <T>(items: T[], key: (t: T) => string): [string, number][] => {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};

export interface Report {
  projects: number;
  byDistrict: [string, number][];
  bySector: [string, number][];
  byStatus: [string, number][];
  byPrecision: [string, number][];
  byDocument: [string, number][];
  indicatorsByArea: { area: string; actual: number; target: number; estimate: number; plans: number }[];
  gaps: string[];
}

export function buildReport(projects: ProjectRecordFeature[], profiles: Profile[]): Report {
  const name = new Map(profiles.map((p) => [p.code as string, `${p.name_zh} ${p.code}`]));
  const gaps: string[] = [];
  for (const f of projects) {
    const p = f.properties;
    if (!p.name_en.trim()) gaps.push(`project ${p.id}: no English name`);
    if (!p.sources.length) gaps.push(`project ${p.id}: no source`);
    if (!f.geometry.coordinates.length) gaps.push(`project ${p.id}: no location`);
  }
  for (const prof of profiles)
    for (const e of [...prof.indicators, ...prof.plans]) {
      if (!('label_en' in e ? e.label_en : e.text_en).trim()) gaps.push(`${prof.code}/${e.id}: no English text`);
      if (!e.sources.length) gaps.push(`${prof.code}/${e.id}: no source`);
    }
  return {
    projects: projects.length,
    byDistrict: count(projects, (f) => name.get(f.properties.district) ?? f.properties.district),
    bySector: count(projects, (f) => f.properties.sector),
    byStatus: count(projects, (f) => f.properties.status),
    byPrecision: count(projects, (f) => f.properties.precision),
    byDocument: count(
      projects.flatMap((f) => [...new Set(f.properties.sources.map((s) => s.doc))]),
      (d) => d,
    ),
    indicatorsByArea: profiles.map((p) => ({
      area: `${p.name_zh} ${p.code}`,
      actual: p.indicators.filter((i) => i.kind === 'actual').length,
      target: p.indicators.filter((i) => i.kind === 'target').length,
      estimate: p.indicators.filter((i) => i.kind === 'estimate').length,
      plans: p.plans.length,
    })),
    gaps,
  };
}

export function formatReport(r: Report): string {
  const table = (title: string, rows: [string, number][]) =>
    `${title}\n${rows.map(([k, n]) => `  ${String(n).padStart(4)}  ${k}`).join('\n')}`;
  return [
    `DATA REPORT: ${r.projects} projects`,
    table('Projects by district', r.byDistrict),
    table('Projects by sector', r.bySector),
    table('Projects by status', r.byStatus),
    table('Projects by location precision', r.byPrecision),
    table('Projects citing each document', r.byDocument),
    `Indicators and plans by area (actual / target / estimate / plans)\n${r.indicatorsByArea
      .map((a) => `  ${a.area.padEnd(28)} ${a.actual} / ${a.target} / ${a.estimate} / ${a.plans}`)
      .join('\n')}`,
    r.gaps.length
      ? `RECORDS WITH GAPS (${r.gaps.length})\n${r.gaps.map((g) => `  ${g}`).join('\n')}`
      : 'Records with gaps: none',
  ].join('\n\n');
}
