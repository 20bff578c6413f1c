/** Haidian's key science parks (004's list of 18): ranked by total floor area. Pure. */
import type { ProjectProps } from '../data/model';
import type { Qualifier } from '../data/schema';

const PARKS_DOC = '004_ea38cd41d44e36dd.txt';

export interface ParkRow {
  project: ProjectProps;
  total_m2: number;
  totalQualifier?: Qualifier;
  above_m2?: number;
  aboveQualifier?: Qualifier;
  /** Above-ground share of the total (0–1), when both are given. */
  aboveShare?: number;
}

/** Industrial parks that cite 004 and carry a total floor area, largest first (ties by id, so the order is stable). */
export function rankParks(projects: readonly ProjectProps[]): ParkRow[] {
  return projects
    .filter((p) => p.sector === 'industrial_park' && p.floor_area_total_m2 !== undefined && p.docs.includes(PARKS_DOC))
    .map((p): ParkRow => {
      const q = (kind: string) => p.figures.find((f) => f.kind === kind)?.qualifier;
      const total = p.floor_area_total_m2!;
      const above = p.floor_area_above_ground_m2;
      return {
        project: p,
        total_m2: total,
        totalQualifier: q('floor_area_total'),
        above_m2: above,
        aboveQualifier: q('floor_area_above_ground'),
        aboveShare: above !== undefined && total > 0 ? above / total : undefined,
      };
    })
    .sort((a, b) => b.total_m2 - a.total_m2 || a.project.id.localeCompare(b.project.id));
}
