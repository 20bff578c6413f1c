/** Effects that push app state into the map: data into sources, selection and hover into feature-state, filters into layers. */
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { AppData } from '../data/queries';
import { isFiltered } from '../filters/facets';
import { projectFilterExpression } from '../filters/expression';
import { useProjectFilter } from '../filters/useProjectFilter';
import { useHoverProject, useMapLoaded, useSelectedDistrict, useSelectedProject } from '../state/store';
import { focusArea } from './camera';
import { getMap } from './mapInstance';
import { PROJECT_LAYER_BASE_FILTERS, SOURCE, withProjectFilter } from './style';

const source = (id: string) => getMap()?.getSource(id) as GeoJSONSource | undefined;
/** Project feature-state goes to both project sources; an id a source does not hold is ignored. */
const PROJECT_SOURCES = [SOURCE.projects, SOURCE.projectLines];

export function useMapData(data: AppData | undefined): void {
  const loaded = useMapLoaded();
  useEffect(() => {
    const map = getMap();
    if (!loaded || !data || !map) return;
    const fc = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features });
    const features = data.projects.features as GeoJSON.Feature[];
    source(SOURCE.districts)?.setData(data.districts as GeoJSON.FeatureCollection);
    source(SOURCE.projects)?.setData(fc(features.filter((f) => f.geometry.type === 'Point')));
    source(SOURCE.projectLines)?.setData(fc(features.filter((f) => f.geometry.type !== 'Point')));
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
    source(SOURCE.labels)?.setData(labels);
    map.once('idle', () => map.getContainer().setAttribute('data-ready', 'true'));
    // The metro network is context, not content: load it after the rest, ignore a failure.
    void fetch(new URL('data/metro-lines.geojson', document.baseURI).href)
      .then((r) => (r.ok ? r.json() : null))
      .then((j: GeoJSON.FeatureCollection | null) => j && source(SOURCE.metro)?.setData(j))
      .catch(() => undefined);
  }, [loaded, data]);
}

function useFeatureFlag(sources: string[], id: string | null, key: 'hover' | 'selected'): void {
  const loaded = useMapLoaded();
  useEffect(() => {
    const map = getMap();
    if (!loaded || !map || !id) return;
    for (const s of sources) map.setFeatureState({ source: s, id }, { [key]: true });
    return () => {
      for (const s of sources) if (map.getSource(s)) map.setFeatureState({ source: s, id }, { [key]: false });
    };
  }, [loaded, id, key, sources]);
}

/** Marks the selected project and district with feature-state `selected`. */
export function useSelectionState(): void {
  const district = useSelectedDistrict();
  useFeatureFlag(PROJECT_SOURCES, useSelectedProject(), 'selected');
  useFeatureFlag(DISTRICT_SOURCES, district && /^\d+$/.test(district) ? district : null, 'selected');
}
const DISTRICT_SOURCES = [SOURCE.districts];

/** Highlights the project hovered on the map or in the list. */
export function useHoverState(): void {
  useFeatureFlag(PROJECT_SOURCES, useHoverProject(), 'hover');
}

/**
 * Applies the user's filters to the project layers as filter expressions (the data stays uploaded once).
 * Clusters count every project, so while a filter is active clustering is switched off in the worker
 * (setClusterOptions re-indexes the data already there; nothing is re-uploaded) and only matches are drawn.
 */
export function useUserFilter(): void {
  const loaded = useMapLoaded();
  const filter = useProjectFilter();
  useEffect(() => {
    const map = getMap();
    if (!loaded || !map) return;
    const user = projectFilterExpression(filter);
    for (const [layer, base] of Object.entries(PROJECT_LAYER_BASE_FILTERS))
      map.setFilter(layer, withProjectFilter(base, user));
    const cluster = !isFiltered(filter);
    const src = source(SOURCE.projects);
    if (src && src.getClusterOptions().cluster !== cluster) void src.setClusterOptions({ cluster });
  }, [loaded, filter]);
}

/**
 * Fits the camera to a newly selected district. A district opened from a shared link that also carries
 * a camera (`view=`) keeps that camera: the link restores exactly what was shared.
 */
export function useFocusDistrict(data: AppData | undefined, startedWithCamera: boolean): void {
  const loaded = useMapLoaded();
  const district = useSelectedDistrict();
  const first = useRef(true);
  useEffect(() => {
    if (!loaded || !data) return;
    const isFirst = first.current;
    first.current = false;
    if (!district || district === 'beijing') return;
    if (isFirst && startedWithCamera) return;
    const profile = data.profileByCode.get(district);
    const feature = data.districts.features.find((f) => f.properties.code === district);
    if (profile) focusArea((feature?.geometry as GeoJSON.Geometry | undefined) ?? null, profile.center);
  }, [loaded, data, district, startedWithCamera]);
}
