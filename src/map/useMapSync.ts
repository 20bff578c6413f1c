/** Effects that push app state into the map: data into sources, selection and hover into feature-state, filters into layers. */
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import { useEffect, useMemo, useRef } from 'react';
import { useAppData, useMetro, type AppData } from '../data/queries';
import { isFiltered } from '../filters/facets';
import { matchesFilter, projectFilterExpression } from '../filters/expression';
import { useProjectFilter } from '../filters/useProjectFilter';
import {
  useCompare,
  useHoverProject,
  useMapLoaded,
  useSelectedDistrict,
  useSelectedProject,
  useStore,
} from '../state/store';
import { focusArea, focusProject, keepInView } from './camera';
import { getMap } from './mapInstance';
import { computeStacks } from './stacks';
import { CLUSTER, LAYER, PROJECT_LAYER_BASE_FILTERS, SOURCE, withProjectFilter } from './style';

const STACK_LAYERS = [LAYER.stackBadge, LAYER.stackCount, LAYER.approxCount];
/** The first map zoom where no point is clustered (GeoJSON tiles are 512 px: map zoom = tile zoom + 1). */
const UNCLUSTERED_ZOOM = CLUSTER.maxZoom + 2;

const source = (id: string) => getMap()?.getSource<GeoJSONSource>(id);
/** Project feature-state goes to both project sources; an id a source does not hold is ignored. */
const PROJECT_SOURCES = [SOURCE.projects, SOURCE.projectLines];
const DISTRICT_SOURCES = [SOURCE.districts];

/** What the map draws and filters on, and nothing else: panels look the rest up by id. */
function thinFeatures(data: AppData): GeoJSON.Feature[] {
  return data.projects.features.map((f) => ({
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
  }));
}

export function useMapData(data: AppData | undefined): void {
  const loaded = useMapLoaded();
  // Each data file loads (and may be retried) on its own: a source is re-sent only when its file changed,
  // so a late profiles.json does not re-upload the projects under their feature-state.
  const sent = useRef<{ districts?: unknown; projects?: unknown; profiles?: unknown }>({});
  useEffect(() => {
    const map = getMap();
    if (!loaded) sent.current = {};
    if (!loaded || !data || !map) return;
    const fc = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features });
    if (sent.current.districts !== data.districts) void source(SOURCE.districts)?.setData(data.districts);
    if (sent.current.projects !== data.projects) {
      const features = thinFeatures(data);
      void source(SOURCE.projects)?.setData(fc(features.filter((f) => f.geometry.type === 'Point')));
      void source(SOURCE.projectLines)?.setData(fc(features.filter((f) => f.geometry.type !== 'Point')));
    }
    const labels: FeatureCollection<Point> = fc(
      data.profiles
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
    if (sent.current.profiles !== data.profiles) void source(SOURCE.labels)?.setData(labels);
    sent.current = { districts: data.districts, projects: data.projects, profiles: data.profiles };
    map.once('idle', () => map.getContainer().setAttribute('data-ready', 'true'));
  }, [loaded, data]);

  // The metro network is context, not content: loaded after the rest; a failure leaves it out.
  const metro = useMetro(loaded && !!data).data;
  useEffect(() => {
    if (!loaded || !metro) return;
    void source(SOURCE.metro)?.setData(metro.lines);
    void source(SOURCE.stations)?.setData(metro.stations);
  }, [loaded, metro]);
}

function useFeatureFlag(sources: string[], ids: readonly string[], key: 'hover' | 'selected' | 'compared'): void {
  const loaded = useMapLoaded();
  const joined = ids.join('\n');
  useEffect(() => {
    const map = getMap();
    const list = joined ? joined.split('\n') : [];
    if (!loaded || !map || !list.length) return;
    for (const s of sources) for (const id of list) map.setFeatureState({ source: s, id }, { [key]: true });
    return () => {
      for (const s of sources)
        if (map.getSource(s)) for (const id of list) map.setFeatureState({ source: s, id }, { [key]: false });
    };
  }, [loaded, joined, key, sources]);
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
 * Applies the user's filters to the project layers as filter expressions (the data stays uploaded once).
 * Clusters count every project, so while a filter is active clustering is switched off in the worker
 * (setClusterOptions re-indexes the data already there; nothing is re-uploaded) and only matches are drawn.
 * The stacks (counts of projects sharing a position) count only what is drawn.
 */
export function useUserFilter(): void {
  const loaded = useMapLoaded();
  const filter = useProjectFilter();
  const data = useAppData().data;
  const points = useMemo(
    () =>
      (data?.projects.features ?? []).flatMap((f) =>
        f.geometry.type === 'Point'
          ? [{ id: f.id, coordinates: f.geometry.coordinates, precision: f.properties.precision, p: f.properties }]
          : [],
      ),
    [data],
  );
  useEffect(() => {
    const map = getMap();
    if (!loaded || !map) return;
    const user = projectFilterExpression(filter);
    for (const [layer, base] of Object.entries(PROJECT_LAYER_BASE_FILTERS))
      map.setFilter(layer, withProjectFilter(base, user));
    const cluster = !isFiltered(filter);
    const src = source(SOURCE.projects);
    if (src && src.getClusterOptions().cluster !== cluster) void src.setClusterOptions({ cluster });
    // While points cluster, a stack's count would sit on a cluster: show stacks only where points are single.
    for (const id of STACK_LAYERS) if (map.getLayer(id)) map.setLayerZoomRange(id, cluster ? UNCLUSTERED_ZOOM : 0, 24);
    const visible = cluster ? null : new Set(points.filter((x) => matchesFilter(x.p, filter)).map((x) => x.id));
    void source(SOURCE.stacks)?.setData(computeStacks(points, visible));
  }, [loaded, filter, points]);
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
    if (f) {
      // Picked on the map: it is in view already; only keep it clear of the panel that just opened.
      if (useStore.getState().ui.selectedFrom === 'map' && f.geometry.type === 'Point')
        return keepInView(f.geometry.coordinates);
      return focusProject(f, outline(f.properties.district));
    }
    if (!district || district === 'beijing' || useStore.getState().view.project) return;
    const profile = data.profileByCode.get(district);
    if (profile) focusArea(outline(district), profile.center);
  }, [loaded, data, district, project, startedWithCamera]);
}
