/**
 * Places the search finds beside projects: metro stations (Chinese, English, pinyin by syllable from the
 * data build) and the 16 districts and the BDA (Chinese, English — their English names are their pinyin).
 * Pure: no React, no MapLibre.
 */
import type { Area } from '../data/model';
import type { AreaCode } from '../data/schema';

export interface Place {
  kind: 'station' | 'district';
  /** `station:<name_zh>` or the area code. */
  id: string;
  name_zh: string;
  name_en: string;
  center: [number, number];
  /** Area code (districts and the BDA). */
  code?: AreaCode;
  /** Lines serving a station. */
  lines?: string[];
  /** What a query is compared with: lower-case, without spaces, apostrophes or hyphens. */
  keys: string[];
}

interface StationLike {
  geometry: { coordinates: [number, number] };
  properties: { name_zh: string; name_en: string; name_py?: string; lines: string[]; open: boolean };
}

/** "Xi'erqi", "xi er qi", "XIERQI" → "xierqi". */
export const normalise = (s: string) => s.toLowerCase().replace(/[\s'’‘\-·.()（）]/g, '');

/** The BDA's other names (its short and common names are part of how people search for it). */
const BDA_ALIASES = ['经开区', '亦庄', 'yizhuang', 'bda', 'jingkaiqu'];

export function buildPlaces(stations: readonly StationLike[], profiles: readonly Area[]): Place[] {
  const out: Place[] = [];
  for (const p of profiles) {
    if (p.code === 'beijing') continue;
    const short_zh = p.name_zh.replace(/区$/, '');
    const keys = [p.name_zh, short_zh, p.name_en, ...(p.code === 'bda' ? BDA_ALIASES : [])].map(normalise);
    out.push({
      kind: 'district',
      id: p.code,
      code: p.code,
      name_zh: p.name_zh,
      name_en: p.name_en,
      center: p.center,
      keys,
    });
  }
  for (const s of stations) {
    const { name_zh, name_en, name_py, lines } = s.properties;
    out.push({
      kind: 'station',
      id: `station:${name_zh}`,
      name_zh,
      name_en,
      center: s.geometry.coordinates,
      lines,
      // The pinyin joined ("xierqi") and by syllable start, so "xi er qi" and "xierqi" both match.
      keys: [name_zh, name_en, name_py ?? ''].map(normalise).filter(Boolean),
    });
  }
  return out;
}

/** How well a normalised query matches a place: 0 exact, 1 starts, 2 inside (Chinese only); null no match. */
function rank(p: Place, q: string): number | null {
  let best: number | null = null;
  const take = (r: number) => (best = best === null ? r : Math.min(best, r));
  const han = /[\u3400-\u9fff]/.test(q);
  for (const k of p.keys) {
    if (k === q) take(0);
    else if (k.startsWith(q)) take(1);
    else if (han && k.includes(q)) take(2);
  }
  return best;
}

/**
 * Places matching a query, best first: exact names, then names that start with it (Chinese: also contain
 * it); districts before stations at equal rank. Queries under two letters (one Chinese character) find none.
 */
export function searchPlaces(places: readonly Place[], query: string, limit = 5): Place[] {
  const q = normalise(query);
  const han = /[\u3400-\u9fff]/.test(q);
  if (!q || (!han && q.length < 3)) return [];
  const scored: { p: Place; r: number }[] = [];
  for (const p of places) {
    const r = rank(p, q);
    if (r !== null) scored.push({ p, r });
  }
  return scored
    .sort((a, b) => a.r - b.r || (a.p.kind === b.p.kind ? 0 : a.p.kind === 'district' ? -1 : 1))
    .slice(0, limit)
    .map((x) => x.p);
}
