/** Effects for the analysis views: the proximity circle (overlay source) and the choropleth (district feature-state). */
import { circle, featureCollection, point } from '@turf/turf';
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { useChoroplethData } from '../choropleth/useChoroplethData';
import { useActions, useMapLoaded, useNear, useStore } from '../state/store';
import { NEAR_BOUNDS } from '../state/url';
import { DEFAULT_RADIUS, type Near } from '../proximity/proximity';
import { focusGeometry } from './camera';
import { getMap } from './mapInstance';
import { SOURCE } from './style';

/** The circle of a proximity search as a polygon (64 steps), and its centre. */
function proximityFeatures(near: Near | null): GeoJSON.FeatureCollection {
  if (!near) return featureCollection([]);
  const c = circle([near.lng, near.lat], near.m, { steps: 64, units: 'meters' });
  return featureCollection<GeoJSON.Geometry>([c, point([near.lng, near.lat])]);
}

/**
 * Draws the proximity circle and brings it into view when it changes (not on the first load of a link
 * that carries its own camera). A right click (long press) on the map starts a search there.
 */
export function useProximityOverlay(startedWithCamera: boolean): void {
  const loaded = useMapLoaded();
  const near = useNear();
  const { setNear } = useActions();
  const key = near ? `${near.lng},${near.lat},${near.m}` : '';
  const first = useRef(true);
  useEffect(() => {
    const map = getMap();
    if (!loaded || !map) return;
    const fc = proximityFeatures(near);
    void map.getSource<GeoJSONSource>(SOURCE.proximity)?.setData(fc);
    const isFirst = first.current;
    first.current = false;
    // A link opens on its circle at once; a change made here moves there.
    if (near && !(isFirst && startedWithCamera)) focusGeometry(fc.features[0]!.geometry, 16, isFirst);
    // near is read through its key, so a new object with the same place does not move the camera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, key, startedWithCamera]);

  useEffect(() => {
    const map = getMap();
    if (!loaded || !map) return;
    const onMenu = (e: MapMouseEvent) => {
      const { lng, lat } = e.lngLat;
      if (lng < NEAR_BOUNDS.lng[0] || lng > NEAR_BOUNDS.lng[1] || lat < NEAR_BOUNDS.lat[0] || lat > NEAR_BOUNDS.lat[1])
        return;
      e.preventDefault();
      const m = useStore.getState().view.near?.m ?? DEFAULT_RADIUS;
      setNear({ lng: Math.round(lng * 1e5) / 1e5, lat: Math.round(lat * 1e5) / 1e5, m });
    };
    map.on('contextmenu', onMenu);
    return () => void map.off('contextmenu', onMenu);
  }, [loaded, setNear]);
}

/** Sets each district's choropleth class as feature-state `choro` (-1: no data); removes it when none is shown. */
export function useChoroplethState(): void {
  const loaded = useMapLoaded();
  const choro = useChoroplethData();
  useEffect(() => {
    const map = getMap();
    if (!loaded || !map || !choro) return;
    for (const [id, cls] of choro.classOf) map.setFeatureState({ source: SOURCE.districts, id }, { choro: cls });
    return () => {
      if (!map.getSource(SOURCE.districts)) return;
      for (const id of choro.classOf.keys()) map.removeFeatureState({ source: SOURCE.districts, id }, 'choro');
    };
  }, [loaded, choro]);
}
