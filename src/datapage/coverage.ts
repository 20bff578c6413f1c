/** What the loaded data holds, per source document: projects citing it, indicators and plans. Pure. */
import type { Profile, ProjectProps } from '../data/model';
import { DOCS } from '../data/codes';

export interface DocCount {
  doc: (typeof DOCS)[number];
  projects: number;
  indicators: number;
  plans: number;
}

export function countByDoc(projects: readonly ProjectProps[], profiles: readonly Profile[]): DocCount[] {
  const cites = (sources: readonly { doc: string }[], doc: string) => sources.some((s) => s.doc === doc);
  return DOCS.map((doc) => ({
    doc,
    projects: projects.filter((p) => p.docs.includes(doc)).length,
    indicators: profiles.reduce((n, pr) => n + pr.indicators.filter((i) => cites(i.sources, doc)).length, 0),
    plans: profiles.reduce((n, pr) => n + pr.plans.filter((i) => cites(i.sources, doc)).length, 0),
  }));
}
