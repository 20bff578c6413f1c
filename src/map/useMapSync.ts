/** Effects that push app state into the map: data into sources, selection and hover into feature-state, filters into layers. */
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, MapGeoJSONFeature, Map as MlMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef } from 'react';
import { useAppData, useEarlyFiles, useMetroLines, useMetroStations, type AppData } from '../data/queries';
import type { Area, DistrictCollection } from '../data/model';
import { isFiltered } from '../filters/facets';
import { matchesFilter, projectFilterExpression, type ProjectFilter } from '../filters/expression';
import { useProjectFilter } from '../filters/useProjectFilter';
import { PROJECT_TILES_LAYER, unclusteredZoom } from '../data/tiles';
import {
  useCompare,
  useHoverProject,
  useMapLoaded,
  useMapTiles,
  useSelectedDistrict,
  useSearchText,
  useSelectedProject,
  useStore,
} from '../state/store';
import { focusArea, focusProject, keepInView, whenPanelsSettled } from './camera';
import { getMap } from './mapInstance';
import { mapFollowDelay, type FollowedFilter } from './follow';
import { computeStacks } from './stacks';
import { LAYER, PROJECT_LAYER_BASE_FILTERS, SOURCE, TILE_LAYERS, withProjectFilter } from './style';
import type { TileDrawing } from './tileFilter';
import { tileModule } from './tilesProtocol';

const STACK_LAYERS = [LAYER.stackBadge, LAYER.stackCount, LAYER.approxCount];
/** The layers of the lines source, which the user's filter restricts by expression. */
const LINE_LAYERS = [LAYER.projectLine, LAYER.projectLineHit];
/**
 * The filters the sync sets are made by tested code (tests/unit/filter.test.ts and tileFilter.test.ts compile
 * them with MapLibre's style-spec), so MapLibre does not check them again on every change (≈10 ms a filter
 * change at 100,000 projects: eight layers' filters walked against the style spec).
 */
const NO_CHECK = { validate: false } as const;

const source = (id: string) => getMap()?.getSource<GeoJSONSource>(id);
/** A source that feature-state goes to (with its layer, for the tiles). */
interface StateTarget {
  source: string;
  sourceLayer?: string;
}
/** Project feature-state goes to every project source; an id a source does not hold is ignored. */
const PROJECT_SOURCES: StateTarget[] = [
  { source: SOURCE.projects },
  { source: SOURCE.projectLines },
  { source: SOURCE.projectTiles, sourceLayer: PROJECT_TILES_LAYER },
];
const DISTRICT_SOURCES: StateTarget[] = [{ source: SOURCE.districts }];

type ThinFeature = GeoJSON.Feature & { id: string };
/** What the map draws and filters on, and nothing else: panels look the rest up by id. */
const thinFeature = (f: AppData['projects']['features'][number]): ThinFeature => ({
  type: 'Feature',
  id: f.id,
  geometry: f.geometry,
  properties: {
    id: f.id,
    sector: f.properties.sector,
    status: f.properties.status,
    precision: f.properties.precision,
    district: f.properties.district,
    name_zh: f.properties.name_zh,
    name_en: f.properties.name_en,
  },
});

/** The thin features of one source, with each one's position in the data. */
interface Thin {
  features: ThinFeature[];
  at: number[];
}
type ThinKind = 'points' | 'lines';
const thinCache = new WeakMap<AppData, Partial<Record<ThinKind, Thin>>>();
/**
 * The thin features of the points source or of the lines source, each made once per data when first asked:
 * while the vector tiles draw the points (large data), the points are made only if a search needs them.
 */
function thinOf(data: AppData, kind: ThinKind): Thin {
  const cached = thinCache.get(data) ?? {};
  thinCache.set(data, cached);
  let t = cached[kind];
  if (!t) {
    t = { features: [], at: [] };
    data.projects.features.forEach((f, at) => {
      if ((f.geometry.type === 'Point') !== (kind === 'points')) return;
      t!.features.push(thinFeature(f));
      t!.at.push(at);
    });
    cached[kind] = t;
  }
  return t;
}
const fc = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features });

/** The areas' name labels (the BDA by its short name; the city has none). */
const areaLabels = (areas: readonly Area[]): FeatureCollection<Point> =>
  fc(
    areas
      .filter((p) => p.code !== 'beijing')
      .map((p) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: p.center },
        properties: {
          code: p.code,
          name_zh: p.code === 'bda' ? '经开区' : p.name_zh,
          name_en: p.code === 'bda' ? 'BDA' : p.name_en,
        },
      })),
  ) as FeatureCollection<Point>;

/** Whether the districts have been sent to the map (the points may be drawn before the projects file is in). */
let districtsOnMap = false;
/**
 * Says on the map's element that it has drawn the districts and the points (`data-drawn`), from the tiles
 * before the records have loaded (large data) or with them: what a user sees of the first view.
 */
function markDrawn(map: MlMap): void {
  const el = map.getContainer();
  if (el.hasAttribute('data-drawn')) return;
  el.setAttribute('data-drawn', 'true');
  performance.mark('map:points-drawn');
  // The first view is done: what waits for it loads (the projects file itself, when the tiles drew first).
  useStore.getState().actions.setMapDrawn(true);
}

export function useMapData(data: AppData | undefined): void {
  const loaded = useMapLoaded();
  const tiles = useMapTiles();
  // Each data file loads (and may be retried) on its own: a source is re-sent only when its file changed,
  // so a late areas.json does not re-upload the projects under their feature-state.
  const sent = useRef<{ districts?: unknown; projects?: unknown; areas?: unknown }>({});
  /** The districts and their names, each sent once it has loaded or changed (not waiting for the projects). */
  const sendAreas = (map: MlMap, districts: DistrictCollection | undefined, areas: Area[] | undefined) => {
    if (districts && sent.current.districts !== districts) {
      void source(SOURCE.districts)?.setData(districts);
      sent.current.districts = districts;
    }
    if (areas && sent.current.areas !== areas) {
      void source(SOURCE.labels)?.setData(areaLabels(areas));
      sent.current.areas = areas;
    }
    districtsOnMap = !!sent.current.districts && getMap() === map;
  };
  // Before the projects file (large data: tens of MB), the districts and their names are drawn, and with the
  // manifest's tiles the points too (useUserFilter): `data-drawn` says so once the map is idle with them.
  const early = useEarlyFiles();
  useEffect(() => {
    const map = getMap();
    if (!loaded) sent.current = {};
    if (!loaded || !map) return;
    sendAreas(map, early.districts, early.areas);
    // (The tiles may have drawn first.)
    if (districtsOnMap && tilesShown) map.once('idle', () => getMap() === map && markDrawn(map));
  }, [loaded, early.districts, early.areas]);
  useEffect(() => {
    const map = getMap();
    if (!loaded || !data || !map) return;
    performance.mark('map:data-sent');
    sendAreas(map, data.districts, data.areas);
    // The points go to the map with the user's filter applied (useUserFilter); the lines are filtered by
    // expression.
    if (sent.current.projects !== data.projects)
      void source(SOURCE.projectLines)?.setData(fc(thinOf(data, 'lines').features));
    sent.current.projects = data.projects;
    // With tiles, the points are drawn once the style has them (or they failed: then the GeoJSON source).
    if (data.projects.tiles && !tiles) return;
    map.once('idle', () => {
      performance.mark('map:drawn');
      markDrawn(map);
      map.getContainer().setAttribute('data-ready', 'true');
      useStore.getState().actions.setMapDrawn(true);
    });
  }, [loaded, data, tiles]);

  // The metro network is context, not content: loaded after the rest (the stations once the first view is
  // done); a failure leaves it out.
  const lines = useMetroLines(loaded && !!data).data;
  useEffect(() => {
    if (loaded && lines) void source(SOURCE.metro)?.setData(lines);
  }, [loaded, lines]);
  const stations = useMetroStations(loaded && !!data);
  useEffect(() => {
    if (!loaded) {
      stationsSettled = false;
      return;
    }
    if (stations.data) void source(SOURCE.stations)?.setData(stations.data);
    stationsSettled = !!stations.data || stations.isError;
  }, [loaded, stations.data, stations.isError]);
}

/**
 * Whether the stations have been handed to the map (its source is then busy until they are drawn, which
 * `isIdle` covers) or failed to load: for the test hook, what the first view leaves for later is there.
 */
let stationsSettled = false;
export const contextLoaded = () => stationsSettled;

function useFeatureFlag(
  targets: readonly StateTarget[],
  ids: readonly string[],
  key: 'hover' | 'selected' | 'compared',
): void {
  const loaded = useMapLoaded();
  // The tiles' source joins the style later than the others (large data): the flags are set on it then.
  const tiles = useMapTiles();
  const joined = ids.join('\n');
  useEffect(() => {
    const map = getMap();
    const list = joined ? joined.split('\n') : [];
    if (!loaded || !map || !list.length) return;
    const set = (value: boolean) => {
      for (const t of targets)
        if (map.getSource(t.source)) for (const id of list) map.setFeatureState({ ...t, id }, { [key]: value });
    };
    set(true);
    return () => set(false);
  }, [loaded, tiles, joined, key, targets]);
}

const isDistrictCode = (c: string | null): c is string => !!c && /^\d+$/.test(c);

/** Marks the selected project and district, and the compared districts, with feature-state. */
export function useSelectionState(): void {
  const district = useSelectedDistrict();
  const project = useSelectedProject();
  const compare = useCompare();
  useFeatureFlag(PROJECT_SOURCES, project ? [project] : [], 'selected');
  useFeatureFlag(DISTRICT_SOURCES, isDistrictCode(district) ? [district] : [], 'selected');
  useFeatureFlag(DISTRICT_SOURCES, compare.filter(isDistrictCode), 'compared');
}

/** Highlights the project hovered on the map or in the list. */
export function useHoverState(): void {
  const hover = useHoverProject();
  useFeatureFlag(PROJECT_SOURCES, hover ? [hover] : [], 'hover');
}

/**
 * Applies the user's filters to what the map draws. Points: only the matching points are sent to their
 * source, so clusters go on counting (and drawing) what the user asked for, at any size of data — the
 * worker indexes just the matches, where switching clustering off would re-index and draw every point.
 * Lines (few, not clustered): a filter expression on their layers. The stacks (counts of projects sharing
 * a position) count only what is drawn.
 */
export function useUserFilter(): void {
  useEarlyTileFilter();
  useStacksOnZoom();
  const loaded = useMapLoaded();
  const tiles = useMapTiles();
  const filter = useProjectFilter();
  const data = useAppData().data;
  // Each point with its position in the data (`at`), where the selection's mask answers for it.
  const points = useMemo(
    () =>
      (data?.projects.features ?? []).flatMap((f, at) =>
        f.geometry.type === 'Point'
          ? [{ id: f.id, at, coordinates: f.geometry.coordinates, precision: f.properties.precision, p: f.properties }]
          : [],
      ),
    [data],
  );
  // What was last sent to the points source (positions in the data), so an unchanged set is not sent again,
  // and whether the tiles drew.
  const sentPoints = useRef<{
    data?: AppData;
    visible?: readonly number[] | null;
    shown?: readonly number[] | null;
    tiles?: boolean;
  }>({});
  // The search text and filter parts the map last followed: a change of the text alone waits for a pause.
  const q = useSearchText();
  const followed = useRef<FollowedFilter | null>(null);
  // When the search text last changed: the pause is counted from the key, not from the filter's render.
  const typed = useRef({ q, at: 0 });
  useEffect(() => {
    if (typed.current.q !== q) typed.current = { q, at: performance.now() };
    const map = getMap();
    if (!loaded) sentPoints.current = {};
    if (!loaded || !map) return;
    if (!data) {
      // The projects file of large data is still loading: the manifest's tiles draw the points meanwhile, with
      // the user's filter when the tiles can answer it (a sector or a status from a link; not a search).
      // (Tiles that failed are no longer in the style.)
      if (tiles === 'failed') tilesShown = false;
      if (tiles !== 'ready' || !TILE_LAYERS.every((l) => map.getLayer(l))) return;
      const drawing = tileModule().tileDrawing(filter);
      showTiles(map, drawing);
      if (drawing.tiles) map.once('idle', () => districtsOnMap && getMap() === map && markDrawn(map));
      return;
    }
    // Data with tiles waits for them (or for their failure), rather than sending every point meanwhile.
    if (data.projects.tiles && !tiles) return;
    const drawsTiles = tiles === 'ready' && TILE_LAYERS.every((l) => map.getLayer(l));
    // A search whose typo matches are on their way (large data): the map keeps what it draws until they come
    // (the first points of a data set, from a link with a typo, go at once all the same).
    // (Unless the drawing of the points changes: the tiles came, or failed, and the old one is gone.)
    if (filter.typosPending && sentPoints.current.data === data && sentPoints.current.tiles === drawsTiles) return;
    // After the list has updated, in a task of its own: a keystroke's result shows first, and keys typed in
    // quick succession send only the last filter to the map (issue 12). `pendingFilter` keeps the test hook's
    // `isIdle` false meanwhile.
    pendingFilter++;
    let done = false;
    const now: FollowedFilter = { q, sectors: filter.sectors, statuses: filter.statuses, areas: filter.areas };
    const apply = () => {
      done = true;
      pendingFilter--;
      if (getMap() !== map) return;
      followed.current = now;
      const { features: lines, at: lineAt } = thinOf(data, 'lines');
      // Whether each project is drawn: the selection's own answer when it ran on this data (one byte per
      // project, no id looked up), else the same predicate again.
      const drawn = drawnPredicate(filter, data);
      // The points from the tiles when they can answer the filter (large data), else the GeoJSON source.
      const drawing: TileDrawing = drawsTiles ? tileModule().tileDrawing(filter) : { tiles: false };
      const last = sentPoints.current;
      const same = last.data === data;
      // Going from one drawing to the other, the one going stays until the one coming is drawn, so the map
      // never shows no point for a moment: the tiles stay until the GeoJSON source has its points, and the
      // GeoJSON source keeps its points until the tiles have been drawn (both show meanwhile).
      const token = ++drawingToken;
      const leaving = tilesShown && !drawing.tiles;
      // (Also when an earlier switch to the tiles is still waiting to clear the source: it waits again.)
      const entering = same && drawing.tiles && last.visible !== undefined && last.visible?.length !== 0;
      if (!leaving) showTiles(map, drawing);
      onMap = { data, drawn, tiles: drawing.tiles };
      // What is drawn (positions in the data, null: every point), and what of it the GeoJSON source holds:
      // all of it, or nothing while the tiles draw.
      const shown = isFiltered(filter) ? points.filter((x) => drawn(x.at)).map((x) => x.at) : null;
      const visible = drawing.tiles ? (entering ? last.visible! : NONE) : shown;
      // Points cluster below the unclustered zoom: a stack's count would sit on a cluster, so stacks show above it.
      const unclustered = unclusteredZoom(data.projects.features.length);
      for (const id of STACK_LAYERS) if (map.getLayer(id)) map.setLayerZoomRange(id, unclustered, 24);
      sentPoints.current = { data, visible, shown, tiles: drawsTiles };
      // Unchanged points (a filter object made again with the same matches, e.g. when typo matching has
      // loaded) send nothing: a source's data sent again has its tiles made again in the worker.
      let sending: Promise<void> | undefined;
      const src = source(SOURCE.projects);
      // None (the tiles draw them): nothing to diff, and the thin points need not be made.
      if (visible?.length === 0 && (!same || last.visible?.length !== 0)) sending = src?.setData(fc([]));
      else if (!same || !sameList(last.visible, visible)) {
        const { features: all, at: pointAt } = thinOf(data, 'points');
        const change = same && last.visible !== undefined ? pointChange(all, pointAt, last.visible, visible) : null;
        // Only what changed, when that is less to send than what is now drawn: MapLibre's main thread copies
        // every feature it is sent for its worker, ≈290 ms for 33,000 points at 100k (issue 12). An id taken
        // out is a short string, counted as an eighth of a feature.
        if (src && change && change.remove.length / 8 + change.add.length < (visible?.length ?? all.length))
          sending = src.updateData(change);
        // (What it holds is every point, or the drawn ones.)
        else sending = src?.setData(fc(visible === null ? all : all.filter((_, k) => drawn(pointAt[k]!))));
      }
      const current = () => token === drawingToken && getMap() === map;
      if (leaving) {
        // Hidden once the GeoJSON source has its points and the map has drawn them (its worker has them when
        // `sending` settles; the map is idle once their tiles are made and drawn).
        const settle = holdIdle(map);
        const hide = () => {
          if (current()) showTiles(map, drawing);
          settle();
        };
        if (!sending) hide();
        else void sending.catch(() => undefined).then(() => (current() ? map.once('idle', hide) : settle()));
      }
      if (entering) {
        const settle = holdIdle(map);
        map.once('idle', () => {
          const cleared = current() ? source(SOURCE.projects)?.setData(fc([])) : undefined;
          if (cleared) sentPoints.current = { ...sentPoints.current, visible: NONE };
          void (cleared ?? Promise.resolve()).catch(() => undefined).then(settle);
        });
      }
      // The lines' expression names only line ids (a search can match tens of thousands of points).
      const byId = filter.drawn ? filter.drawn.byId : !!filter.ids;
      // (Named part by part: spreading the filter would read its `ids`, a set of every matching id.)
      const lineFilter = byId
        ? {
            sectors: filter.sectors,
            statuses: filter.statuses,
            areas: filter.areas,
            ids: new Set(lines.filter((_, k) => drawn(lineAt[k]!)).map((f) => f.id)),
          }
        : filter;
      const user = projectFilterExpression(lineFilter);
      for (const layer of LINE_LAYERS)
        map.setFilter(layer, withProjectFilter(PROJECT_LAYER_BASE_FILTERS[layer]!, user), NO_CHECK);
      // The stacks count what is drawn, from the tiles or the GeoJSON source alike; made and sent once their
      // layers can show.
      if (!same || !sameList(last.shown, shown)) {
        stacksWanted = {
          map,
          minZoom: unclustered,
          make: () => computeStacks(points, shown ? (x) => drawn(x.at) : null),
        };
        sendStacksIfShown(map);
      }
    };
    // The first points of a data set go at once: nothing is drawn yet, and the first view waits for them.
    if (sentPoints.current.data !== data || sentPoints.current.tiles !== drawsTiles) {
      apply();
      return;
    }
    const pause = mapFollowDelay(followed.current, now, points.length);
    // A change other than the search text (a box ticked, an area chosen) goes at once, in the event's own
    // task: the worker makes the new tiles while the page paints the list (issue 12: a tick at 100,000 projects
    // waited for a frame of the list before the map had its filter). Not a filter that answers an older text
    // than the box holds (large data, a key typed while the search index is being made: the selection's render
    // trails the key), which the next render replaces.
    if (followed.current && followed.current.q === q && (filter.q ?? q) === q) {
      apply();
      return;
    }
    const timer = setTimeout(apply, pause && Math.max(0, typed.current.at + pause - performance.now()));
    return () => {
      if (done) return;
      clearTimeout(timer);
      pendingFilter--;
    };
  }, [loaded, filter, points, data, q, tiles]);
}

/**
 * The stacks the map is to draw, not yet sent: made and sent only when the map is zoomed in near where their
 * layers show (above the unclustered zoom). At the city view they are hidden, and making them went over every
 * drawn point (16–37 ms of a sector ticked at 100,000 projects, issue 12) and had the worker index them again.
 */
let stacksWanted: { map: MlMap; minZoom: number; make: () => GeoJSON.FeatureCollection } | null = null;
/** Whether the stacks source may hold another filter's stacks (sent, and a newer set is waiting). */
let stacksStale = false;
/** How far below their zoom the stacks are made: zooming in, they are there when their layers show. */
const STACKS_AHEAD = 1;
function sendStacksIfShown(map: MlMap): void {
  const w = stacksWanted;
  if (!w || w.map !== map) return;
  if (map.getZoom() < w.minZoom - STACKS_AHEAD) {
    // The older stacks go at once (an empty source is cheap): a jump straight in, or MapLibre's cache of
    // their tiles, would otherwise show another filter's counts until the new ones are made.
    if (stacksStale) void source(SOURCE.stacks)?.setData(fc([]));
    stacksStale = false;
    return;
  }
  stacksWanted = null;
  stacksStale = true;
  void source(SOURCE.stacks)?.setData(w.make());
}

/** Sends the stacks the filter sync left for later once the camera zooms in near them. */
function useStacksOnZoom(): void {
  const loaded = useMapLoaded();
  useEffect(() => {
    const map = getMap();
    if (!loaded || !map) return;
    const onZoom = () => sendStacksIfShown(map);
    map.on('zoom', onZoom);
    return () => {
      map.off('zoom', onZoom);
    };
  }, [loaded]);
}

/**
 * While the tiles draw the points (large data), a sector or status ticked reaches their layers in the event's
 * own task, before React renders the facets and the list: the worker makes the new tiles meanwhile (issue 12:
 * ≈70 ms of rendering at 100,000 projects came before the map had the filter). Only a change the tiles answer
 * alone (no search, radius or area; not sectors with statuses), to a drawing from the tiles that stays one: the
 * filter sync then sets the same filters again, which MapLibre finds unchanged.
 */
function useEarlyTileFilter(): void {
  useEffect(
    () =>
      useStore.subscribe(({ view: v }, { view: was }) => {
        if (v.sectors === was.sectors && v.statuses === was.statuses) return;
        const map = getMap();
        if (!map || !tilesShown || v.q.trim() || v.near || v.areas.length || was.areas.length) return;
        // (The tiles' layers still in the style: not gone with a failed archive or a style being replaced.)
        if (useStore.getState().ui.mapTiles !== 'ready' || !TILE_LAYERS.every((l) => map.getLayer(l))) return;
        const drawing = tileModule().tileDrawing({ sectors: v.sectors, statuses: v.statuses, areas: [], ids: null });
        // Never an error out of the store's listener: the filter sync sets the filters in any case.
        try {
          if (drawing.tiles) showTiles(map, drawing);
        } catch {
          /* the filter sync's own pass follows */
        }
      }),
    [],
  );
}

/**
 * Shows or hides the layers that draw the tiles, and gives them the user's filter (tileLayerProps). The filter
 * sync owns these layers' visibility, filters and counts, as it owns the lines' filters.
 */
function showTiles(map: MlMap, d: TileDrawing): void {
  for (const id of TILE_LAYERS)
    if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', d.tiles ? 'visible' : 'none');
  tilesShown = d.tiles && TILE_LAYERS.some((id) => map.getLayer(id));
  tileCodes = d.tiles ? d.codes : null;
  if (!d.tiles) return;
  const props = tileModule().tileLayerProps(d);
  for (const [id, filter] of Object.entries(props.filters)) map.setFilter(id, filter, NO_CHECK);
  map.setPaintProperty(props.clusterRadius.layer, 'circle-radius', props.clusterRadius.value);
  map.setLayoutProperty(props.countText.layer, 'text-field', props.countText.value);
}

/** The count a drawn cluster shows: its `point_count`, or in the tiles the sum the filter asks for. */
export const clusterCount = (f: MapGeoJSONFeature): number =>
  f.source === SOURCE.projectTiles
    ? tileModule().clusterCountOf(f.properties, tileCodes)
    : Number(f.properties.point_count);

/** No point: what the GeoJSON source holds while the tiles draw them. */
const NONE: readonly number[] = [];
/** The last filter sent to the map: a switch between the drawings that an older one left waiting is dropped. */
let drawingToken = 0;
/** Whether the tiles' layers are shown now (by showTiles), and the codes their clusters' counts sum. */
let tilesShown = false;
let tileCodes: readonly string[] | null = null;

/**
 * Keeps the test hook's `isIdle` false until the function it returns is called (once counts) or the map is
 * removed (then an `idle` or a worker's answer never comes).
 */
function holdIdle(map: MlMap): () => void {
  pendingFilter++;
  let settled = false;
  const settle = () => {
    if (settled) return;
    settled = true;
    pendingFilter--;
    map.off('remove', settle);
  };
  map.once('remove', settle);
  return settle;
}

/** Filters waiting to reach the map (see useUserFilter). */
let pendingFilter = 0;
/** The data and the filter the map draws now (the last sent; a newer one may be waiting for a pause). */
let onMap: {
  data: AppData;
  drawn: (at: number) => boolean;
  /** Whether the tiles draw the points (else the GeoJSON source). */
  tiles: boolean;
} | null = null;
export const drawnOnMap = () => onMap;
export const tilesAreShown = () => tilesShown;
export const filterPending = () => pendingFilter > 0;
/**
 * The points to take out of the source and to put in, going from the points drawn before to those drawn now
 * (positions in the data, null: all of them).
 */
function pointChange(
  all: readonly ThinFeature[],
  pointAt: readonly number[],
  before: readonly number[] | null,
  now: readonly number[] | null,
): { remove: string[]; add: ThinFeature[] } {
  const n = pointAt.length ? pointAt[pointAt.length - 1]! + 1 : 0;
  const mark = (list: readonly number[] | null) => {
    const m = new Uint8Array(n);
    if (list) for (const at of list) m[at] = 1;
    else m.fill(1);
    return m;
  };
  const was = mark(before);
  const is = mark(now);
  const remove: string[] = [];
  const add: ThinFeature[] = [];
  for (let k = 0; k < all.length; k++) {
    const at = pointAt[k]!;
    if (was[at] && !is[at]) remove.push(all[k]!.id);
    else if (!was[at] && is[at]) add.push(all[k]!);
  }
  return { remove, add };
}

const sameList = (a: readonly number[] | null | undefined, b: readonly number[] | null) =>
  a === b || (!!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]));
/** The data set each selection's projects array was found to be made from. */
const madeFrom = new WeakMap<readonly object[], AppData>();
/**
 * Whether the selection's projects are this data's, position by position; checked once per projects array
 * (100,000 comparisons at 100k, on every filter change before).
 */
const sameProjects = (of: readonly object[], data: AppData) => {
  if (madeFrom.get(of) === data) return true;
  const same =
    of.length === data.projects.features.length && of.every((p, i) => p === data.projects.features[i]!.properties);
  if (same) madeFrom.set(of, data);
  return same;
};
/**
 * Whether the project at position `at` of the data is drawn: the selection's own answer when it ran on this
 * data (one byte per project, no id looked up), else the same predicate again.
 */
function drawnPredicate(filter: ProjectFilter, data: AppData): (at: number) => boolean {
  const mask = filter.drawn && sameProjects(filter.drawn.of, data) ? filter.drawn.mask : null;
  return (at) => (mask ? mask[at] === 1 : matchesFilter(data.projects.features[at]!.properties, filter));
}

/**
 * Shows what is opened: a project at the zoom its precision supports, a district whole, both beside the
 * panel. A link that also carries a camera (`view=`) keeps that camera on its first load: it restores
 * exactly what was shared.
 */
export function useFocusSelection(data: AppData | undefined, startedWithCamera: boolean): void {
  const loaded = useMapLoaded();
  const district = useSelectedDistrict();
  const project = useSelectedProject();
  const first = useRef(true);
  useEffect(() => {
    if (!loaded || !data) return;
    const isFirst = first.current;
    first.current = false;
    if (isFirst && startedWithCamera) return;
    const outline = (code: string) =>
      (data.districts.features.find((f) => f.properties.code === code)?.geometry as GeoJSON.Geometry | undefined) ??
      null;
    const f = project ? data.projectById.get(project) : undefined;
    const fromMap = useStore.getState().ui.selectedFrom === 'map';
    if (f)
      return whenPanelsSettled(() => {
        // Picked on the map: it is in view already; only keep it clear of the panel that just opened.
        if (fromMap && f.geometry.type === 'Point') keepInView(f.geometry.coordinates);
        else focusProject(f, outline(f.properties.district));
      });
    if (!district || district === 'beijing' || useStore.getState().view.project) return;
    const area = data.areaByCode.get(district);
    if (area) return whenPanelsSettled(() => focusArea(outline(district), area.center));
  }, [loaded, data, district, project, startedWithCamera]);
}
