/**
 * Everything a user would share lives in the URL. This module is the one place that reads and writes it:
 * unknown or malformed values are dropped silently, never trusted.
 */
import { z } from 'zod';
import { AREA_CODES, SECTORS, STATUSES, type AreaCode, type Sector, type Status } from '../data/schema';

export type Lang = 'zh' | 'en';
export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

export interface UrlState {
  project: string | null;
  district: AreaCode | null;
  lang: Lang | null;
  camera: Camera | null;
  sectors: Sector[];
  statuses: Status[];
  /** Area filter: district codes or 'bda'; empty = all Beijing. */
  areas: AreaCode[];
  q: string;
  compare: AreaCode[];
  /** An online basemap the user chose; null = the build's default (offline unless a deployer set one). */
  basemap: OnlineBasemap | null;
}

export const ONLINE_BASEMAPS = ['osm', 'tianditu', 'offline'] as const;
export type OnlineBasemap = (typeof ONLINE_BASEMAPS)[number];

export const EMPTY_URL_STATE: UrlState = {
  project: null,
  district: null,
  lang: null,
  camera: null,
  sectors: [],
  statuses: [],
  areas: [],
  q: '',
  compare: [],
  basemap: null,
};

const projectId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(120);
const area = z.enum(AREA_CODES);
const lang = z.enum(['zh', 'en']);
const camera = z
  .string()
  .max(60)
  .transform((s) => s.split(',').map(Number))
  .pipe(z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85), z.number().min(0).max(22)]))
  .transform(([lng, lat, zoom]) => ({ lng, lat, zoom }));

function one<T>(schema: z.ZodType<T>, raw: string | null): T | null {
  if (raw === null) return null;
  const r = schema.safeParse(raw);
  return r.success ? r.data : null;
}

/** A comma list where each item is validated alone; bad items are dropped, duplicates removed. */
function list<T extends string>(values: readonly T[], raw: string | null, max = values.length): T[] {
  if (!raw) return [];
  const allowed = new Set<string>(values);
  return [...new Set(raw.split(',').filter((v) => allowed.has(v)))].slice(0, max) as T[];
}

export function parseUrl(search: string): UrlState {
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(search);
  } catch {
    return EMPTY_URL_STATE;
  }
  const q = (p.get('q') ?? '').slice(0, 100);
  return {
    project: one(projectId, p.get('project')),
    district: one(area, p.get('district')),
    lang: one(lang, p.get('lang')),
    camera: one(camera, p.get('view')),
    sectors: list(SECTORS, p.get('sector')),
    statuses: list(STATUSES, p.get('status')),
    areas: list(
      AREA_CODES.filter((c) => c !== 'beijing'),
      p.get('area'),
    ),
    q,
    compare: list(AREA_CODES, p.get('compare'), 4),
    basemap: one(z.enum(ONLINE_BASEMAPS), p.get('basemap')),
  };
}

const r = (x: number, d: number) => String(Math.round(x * 10 ** d) / 10 ** d);

/** The query string for a state (stable order, only non-default values). */
export function serializeUrl(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.project) p.set('project', s.project);
  if (s.district) p.set('district', s.district);
  if (s.sectors.length) p.set('sector', s.sectors.join(','));
  if (s.statuses.length) p.set('status', s.statuses.join(','));
  if (s.areas.length) p.set('area', s.areas.join(','));
  if (s.q) p.set('q', s.q);
  if (s.compare.length) p.set('compare', s.compare.join(','));
  if (s.camera) p.set('view', [r(s.camera.lng, 5), r(s.camera.lat, 5), r(s.camera.zoom, 2)].join(','));
  if (s.basemap) p.set('basemap', s.basemap);
  if (s.lang) p.set('lang', s.lang);
  const out = p.toString().replace(/%2C/g, ',');
  return out ? `?${out}` : '';
}

/** Whether going from a to b is a new "place" worth a history entry (selection changes), not a tweak. */
export function isNavigation(a: UrlState, b: UrlState): boolean {
  return a.project !== b.project || a.district !== b.district || a.compare.join() !== b.compare.join();
}
