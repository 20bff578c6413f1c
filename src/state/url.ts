/**
 * Everything a user would share lives in the URL. This module is the one place that reads and writes it:
 * one registry lists each parameter with its schema, its default, and how it behaves in history. Unknown
 * or malformed values are dropped (the default is used), never trusted, and parsing never throws.
 */
// valibot: a small, tree-shakable validator for the first view (issue 12); the data build keeps zod.
import * as v from 'valibot';
import { AREA_CODES, SECTORS, STATUSES, type AreaCode, type Sector, type Status } from '../data/codes';
import { SORT_KEYS, type SortKey } from '../list/sortKeys';
import { CHORO_MEASURES, type ChoroMeasure } from '../choropleth/measures';
import { RADIUS_RANGE, type Near } from '../proximity/proximity';

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
  sort: SortKey;
  /** Proximity: projects within `m` metres of a point (`?near=lng,lat,metres`). */
  near: Near | null;
  /** The districts shaded by a measure (`?choropleth=`); null = no choropleth. */
  choropleth: ChoroMeasure | null;
  /** A view that is not a record: the science parks or the data page. */
  panel: PanelView | null;
}

const PANEL_VIEWS = ['parks', 'data'] as const;
export type PanelView = (typeof PANEL_VIEWS)[number];

const ONLINE_BASEMAPS = ['osm', 'tianditu', 'offline'] as const;
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
  sort: 'relevance',
  near: null,
  choropleth: null,
  panel: null,
};

/**
 * How a parameter behaves when it changes:
 * - `selection`: a new place to go back to; changing it pushes a history entry (Back returns to it).
 * - `state`: part of what is shown (filters, camera, sort); changes replace the current entry, and Back
 *   restores the value the earlier entry had.
 * - `preference`: how it is shown (language); in the URL so a link keeps it, but it never makes a history
 *   entry and Back/Forward keep the current value.
 */
type ParamKind = 'selection' | 'state' | 'preference';

interface Param<K extends keyof UrlState> {
  key: K;
  /** The query-string name. */
  name: string;
  kind: ParamKind;
  /** The value for a raw string, or undefined when it cannot be read (the default is used). */
  parse: (raw: string) => UrlState[K] | undefined;
  /** The string to write, or null for the default (left out of the URL). */
  write: (v: UrlState[K]) => string | null;
}

const param = <K extends keyof UrlState>(p: Param<K>) => p;

/** Beijing and its surroundings (the map's maxBounds): a shared camera outside it is dropped. */
export const CAMERA_BOUNDS = { lng: [113.5, 119.5], lat: [38.6, 41.9], zoom: [0, 22] } as const;
const MAX_Q = 100;
/** Beijing municipality (the map's initial bounds): a proximity centre outside it is dropped. */
export const NEAR_BOUNDS = { lng: [115.42, 117.51], lat: [39.44, 41.06] } as const;

const projectId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), v.maxLength(120));
const num = v.pipe(v.string(), v.regex(/^-?\d+(\.\d+)?$/), v.transform(Number));
const within = ([lo, hi]: readonly [number, number]) => v.pipe(num, v.minValue(lo), v.maxValue(hi));
/** "a,b,c" (at most 60 characters) split at its commas. */
const triple = v.pipe(
  v.string(),
  v.maxLength(60),
  v.transform((s: string) => s.split(',')),
);
const cameraSchema = v.pipe(
  triple,
  v.strictTuple([within(CAMERA_BOUNDS.lng), within(CAMERA_BOUNDS.lat), within(CAMERA_BOUNDS.zoom)]),
  v.transform(([lng, lat, zoom]): Camera => ({ lng, lat, zoom })),
);

const nearSchema = v.pipe(
  triple,
  v.strictTuple([within(NEAR_BOUNDS.lng), within(NEAR_BOUNDS.lat), v.pipe(within(RADIUS_RANGE), v.integer())]),
  v.transform(([lng, lat, m]): Near => ({ lng, lat, m })),
);

const one =
  <T>(schema: v.GenericSchema<string, T>) =>
  (raw: string): T | undefined => {
    const r = v.safeParse(schema, raw);
    return r.success ? r.output : undefined;
  };

/** A comma list where each item is validated alone; bad items are dropped, duplicates removed. */
const list =
  <T extends string>(values: readonly T[], max = values.length) =>
  (raw: string): T[] => {
    const allowed = new Set<string>(values);
    return [...new Set(raw.split(',').filter((x) => allowed.has(x)))].slice(0, max) as T[];
  };
const joined = (v: readonly string[]) => (v.length ? v.join(',') : null);
const round = (x: number, d: number) => String(Math.round(x * 10 ** d) / 10 ** d);

/** At most MAX_Q characters, counted as code points so a surrogate pair is never split. */
const clampQuery = (q: string) => Array.from(q).slice(0, MAX_Q).join('');

/** Every URL parameter, in the order they are written. */
export const PARAMS = [
  param({
    key: 'project',
    name: 'project',
    kind: 'selection',
    parse: one(projectId),
    write: (x) => x,
  }),
  param({
    key: 'district',
    name: 'district',
    kind: 'selection',
    parse: one(v.picklist(AREA_CODES)),
    write: (x) => x,
  }),
  param({ key: 'sectors', name: 'sector', kind: 'state', parse: list(SECTORS), write: joined }),
  param({ key: 'statuses', name: 'status', kind: 'state', parse: list(STATUSES), write: joined }),
  param({
    key: 'areas',
    name: 'area',
    kind: 'state',
    parse: list(AREA_CODES.filter((c) => c !== 'beijing')),
    write: joined,
  }),
  param({ key: 'q', name: 'q', kind: 'state', parse: clampQuery, write: (x) => x || null }),
  param({
    key: 'sort',
    name: 'sort',
    kind: 'state',
    parse: one(v.picklist(SORT_KEYS)),
    write: (x) => (x === 'relevance' ? null : x),
  }),
  param({
    key: 'near',
    name: 'near',
    kind: 'state',
    parse: one(nearSchema),
    write: (n) => (n ? [round(n.lng, 5), round(n.lat, 5), String(n.m)].join(',') : null),
  }),
  param({
    key: 'choropleth',
    name: 'choropleth',
    kind: 'state',
    parse: one(v.picklist(CHORO_MEASURES)),
    write: (x) => x,
  }),
  param({ key: 'panel', name: 'panel', kind: 'selection', parse: one(v.picklist(PANEL_VIEWS)), write: (x) => x }),
  param({ key: 'compare', name: 'compare', kind: 'selection', parse: list(AREA_CODES, 4), write: joined }),
  param({
    key: 'camera',
    name: 'view',
    kind: 'state',
    parse: one(cameraSchema),
    write: (c) => (c ? [round(c.lng, 5), round(c.lat, 5), round(c.zoom, 2)].join(',') : null),
  }),
  param({
    key: 'basemap',
    name: 'basemap',
    kind: 'preference',
    parse: one(v.picklist(ONLINE_BASEMAPS)),
    write: (x) => x,
  }),
  param({ key: 'lang', name: 'lang', kind: 'preference', parse: one(v.picklist(['zh', 'en'])), write: (x) => x }),
] as const;

type AnyParam = Param<keyof UrlState>;
const all = PARAMS as readonly AnyParam[];

export function parseUrl(search: string): UrlState {
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(search);
  } catch {
    return EMPTY_URL_STATE;
  }
  const out: Record<string, unknown> = { ...EMPTY_URL_STATE };
  for (const def of all) {
    const raw = p.get(def.name);
    if (raw === null) continue;
    let v: unknown;
    try {
      v = def.parse(raw);
    } catch {
      v = undefined;
    }
    if (v !== undefined) out[def.key] = v;
  }
  return out as unknown as UrlState;
}

/** The query string for a state (stable order, only non-default values). */
export function serializeUrl(s: UrlState): string {
  const p = new URLSearchParams();
  for (const def of all) {
    const v = def.write(s[def.key]);
    if (v !== null && v !== '') p.set(def.name, v);
  }
  const out = p.toString().replace(/%2C/g, ',');
  return out ? `?${out}` : '';
}

const changed = (def: AnyParam, a: UrlState, b: UrlState) => def.write(a[def.key]) !== def.write(b[def.key]);

/** Whether going from a to b is a new "place" worth a history entry: a `selection` parameter changed. */
export function isNavigation(a: UrlState, b: UrlState): boolean {
  return all.some((def) => def.kind === 'selection' && changed(def, a, b));
}

/** The state to show after Back/Forward: the entry's own state, but the current preferences (language). */
export function onHistoryMove(current: UrlState, entry: UrlState): UrlState {
  const next: Record<string, unknown> = { ...entry };
  for (const def of all) if (def.kind === 'preference') next[def.key] = current[def.key];
  return next as unknown as UrlState;
}
