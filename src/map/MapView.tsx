import 'maplibre-gl/dist/maplibre-gl.css';
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef } from 'react';
import { useLang } from '../i18n';
import { useAppData } from '../data/queries';
import type { AreaCode } from '../data/schema';
import { useActions, useBasemapChoice, useMapLoaded, useStore } from '../state/store';
import { applyStyle, rememberStyle } from './applyStyle';
import { BasemapControl } from './BasemapControl';
import { effectiveBasemap, TIANDITU_KEY } from './basemapConfig';
import { BEIJING_BOUNDS, setMap, getMap } from './mapInstance';
import { pickAt } from './pick';
import { PointNavigator } from './PointNavigator';
import { StackChooser } from './StackChooser';
import { buildStyle, SOURCE, type StyleOptions } from './style';
import { installTestHook } from './testHook';
import { usePrintSnapshot } from '../print/usePrintSnapshot';
import { MapTooltip } from './Tooltip';
import { useFocusSelection, useHoverState, useMapData, useSelectionState, useUserFilter } from './useMapSync';

maplibregl.setWorkerUrl(workerUrl);

const sameIds = (a: readonly string[] | undefined, b: readonly string[]) =>
  !!a && a.length === b.length && a.every((x, i) => x === b[i]);

/** The map: created once, fed from the store and the data query; emits selections and hovers to the store. */
export function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const actions = useActions();
  const { lang, t } = useLang();
  const data = useAppData().data;
  const startedWithCamera = useRef(!!useStore.getState().view.camera).current;
  const basemap = effectiveBasemap(useBasemapChoice());
  const options: StyleOptions = { lang, basemap, tiandituKey: TIANDITU_KEY };
  const attribution = useRef<maplibregl.AttributionControl | null>(null);

  useEffect(() => {
    const initial = useStore.getState().view.camera;
    const style = buildStyle(options);
    const map = new maplibregl.Map({
      container: container.current!,
      style,
      ...(initial ? { center: [initial.lng, initial.lat], zoom: initial.zoom } : { bounds: BEIJING_BOUNDS }),
      attributionControl: false,
      maxBounds: [
        [113.5, 38.6],
        [119.5, 41.9],
      ],
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
    });
    rememberStyle(map, style);
    map.touchZoomRotate.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    setMap(map);
    installTestHook(map);

    let hoverDistrict: string | null = null;
    const setDistrictHover = (did: string | null) => {
      if (did === hoverDistrict) return;
      if (hoverDistrict) map.setFeatureState({ source: SOURCE.districts, id: hoverDistrict }, { hover: false });
      if (did) map.setFeatureState({ source: SOURCE.districts, id: did }, { hover: true });
      hoverDistrict = did;
    };

    map.on('mousemove', (e: MapMouseEvent) => {
      const picked = pickAt(map, e.point);
      const ids = picked.kind === 'projects' ? picked.ids : [];
      setDistrictHover(picked.kind === 'district' ? picked.code : null);
      const { ui } = useStore.getState();
      if ((ids[0] ?? null) !== ui.hoverProject) actions.hoverProject(ids[0] ?? null);
      if (ids.length && !sameIds(ui.mapHover?.ids, ids))
        actions.setMapHover({ ids, x: e.point.x, y: e.point.y, via: 'pointer' });
      else if (!ids.length && ui.mapHover?.via === 'pointer') actions.setMapHover(null);
      map.getCanvas().style.cursor = picked.kind === 'none' ? '' : 'pointer';
    });
    map.on('mouseout', () => {
      setDistrictHover(null);
      actions.hoverProject(null);
      if (useStore.getState().ui.mapHover?.via === 'pointer') actions.setMapHover(null);
    });
    map.on('click', (e: MapMouseEvent) => {
      const picked = pickAt(map, e.point);
      if (picked.kind === 'projects') {
        if (picked.ids.length === 1) return actions.selectProject(picked.ids[0]!, 'map');
        return actions.openChooser({ ids: picked.ids, x: e.point.x, y: e.point.y, via: 'pointer' });
      }
      actions.openChooser(null);
      if (picked.kind === 'cluster') {
        const source = map.getSource(SOURCE.projects) as GeoJSONSource;
        source
          .getClusterExpansionZoom(picked.clusterId)
          .then((zoom) => map.easeTo({ center: picked.center, zoom: zoom + 0.5 }))
          .catch(() => map.easeTo({ center: picked.center, zoom: map.getZoom() + 2 }));
        return;
      }
      if (picked.kind === 'district') actions.selectDistrict(picked.code as AreaCode);
    });
    map.on('movestart', () => {
      if (useStore.getState().ui.mapHover) actions.setMapHover(null);
    });
    map.on('moveend', () => {
      const c = map.getCenter();
      actions.setCamera({ lng: c.lng, lat: c.lat, zoom: map.getZoom() });
    });
    map.once('load', () => actions.setMapLoaded(true));
    return () => {
      setMap(null);
      actions.setMapLoaded(false);
      map.remove();
    };
    // The map is created once; language, basemap and data changes are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const loaded = useMapLoaded();
  const optionsKey = JSON.stringify(options);
  useEffect(() => {
    const map = getMap();
    if (!map || !loaded) return;
    applyStyle(map, buildStyle(JSON.parse(optionsKey) as StyleOptions));
    map.getCanvas().setAttribute('aria-label', t('app.mapLabel'));
    // The attribution follows the language; the basemap's own attribution comes with its source.
    if (attribution.current) map.removeControl(attribution.current);
    attribution.current = new maplibregl.AttributionControl({
      compact: false,
      customAttribution: t('app.attribution'),
    });
    map.addControl(attribution.current, 'bottom-right');
  }, [optionsKey, loaded, t]);

  useMapData(data);
  useFocusSelection(data, startedWithCamera);
  useSelectionState();
  useHoverState();
  useUserFilter();
  usePrintSnapshot(t('app.mapLabel'));

  return (
    <>
      <div ref={container} className="map" data-testid="map" />
      <PointNavigator />
      <MapTooltip />
      <StackChooser />
      <BasemapControl current={basemap} />
    </>
  );
}
