/** Effects that push app state into the map: data into sources, selection into feature-state, filters into layers. */
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import { useEffect } from 'react';
import type { AppData } from '../data/queries';
import { useProjectFilter } from '../filters/useProjectFilter';
import { projectFilterExpression } from '../filters/expression';
import { useMapLoaded, useSelectedDistrict, useSelectedProject } from '../state/store';
import { getMap } from './mapInstance';
import { PROJECT_LAYER_BASE_FILTERS, SOURCE, withProjectFilter } from './style';

function setData(id: string, data: GeoJSON.GeoJSON) {
  (getMap()?.getSource(id) as GeoJSONSource | undefined)?.setData(data);
}

export function useMapData(data: AppData | undefined): void {
  const loaded = useMapLoaded();
  useEffect(() => {
    if (!loaded || !data) return;
    setData(SOURCE.districts, data.districts as GeoJSON.FeatureCollection);
    setData(SOURCE.projects, data.projects as GeoJSON.FeatureCollection);
    const labels: FeatureCollection<Point> = {
      type: 'FeatureCollection',
      features: data.profiles
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
    };
    setData(SOURCE.labels, labels);
    const map = getMap();
    map?.once('idle', () => map.getContainer().setAttribute('data-ready', 'true'));
    // The metro network is context, not content: load it after the rest, ignore a failure.
    void fetch(new URL('data/metro-lines.geojson', document.baseURI).href)
      .then((r) => (r.ok ? r.json() : null))
      .then((j: GeoJSON.FeatureCollection | null) => j && setData(SOURCE.metro, j))
      .catch(() => undefined);
  }, [loaded, data]);
}

/** Marks the selected project and district with feature-state `selected`. */
export function useSelectionState(): void {
  const loaded = useMapLoaded();
  const project = useSelectedProject();
  const district = useSelectedDistrict();
  useEffect(() => {
    const map = getMap();
    if (!loaded || !map || !project) return;
    map.setFeatureState({ source: SOURCE.projects, id: project }, { selected: true });
    return () => void map.setFeatureState({ source: SOURCE.projects, id: project }, { selected: false });
  }, [loaded, project]);
  useEffect(() => {
    const map = getMap();
    if (!loaded || !map || !district || district === 'bda' || district === 'beijing') return;
    map.setFeatureState({ source: SOURCE.districts, id: district }, { selected: true });
    return () => void map.setFeatureState({ source: SOURCE.districts, id: district }, { selected: false });
  }, [loaded, district]);
}

/** Applies the user's filters to the project layers as filter expressions (the data stays uploaded once). */
export function useUserFilter(): void {
  const loaded = useMapLoaded();
  const filter = useProjectFilter();
  useEffect(() => {
    const map = getMap();
    if (!loaded || !map) return;
    const user = projectFilterExpression(filter);
    for (const [layer, base] of Object.entries(PROJECT_LAYER_BASE_FILTERS))
      map.setFilter(layer, withProjectFilter(base, user));
  }, [loaded, filter]);
}
