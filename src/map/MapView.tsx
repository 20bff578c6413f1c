import 'maplibre-gl/dist/maplibre-gl.css';
import * as maplibregl from 'maplibre-gl';
import type { MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef } from 'react';
import { useLang } from '../i18n';
import { useAppData } from '../data/queries';
import { useActions, useMapLoaded, useStore } from '../state/store';
import { BEIJING_BOUNDS, setMap, getMap } from './mapInstance';
import { buildStyle, LABEL_LAYERS, LAYER, nameField, PROJECT_LAYERS, SOURCE } from './style';
import { installTestHook } from './testHook';
import { useMapData, useSelectionState, useUserFilter } from './useMapSync';

maplibregl.setWorkerUrl(workerUrl);

/** The map: created once, fed from the store and the data query; emits selections to the store. */
export function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const actions = useActions();
  const { lang, t } = useLang();
  const data = useAppData().data;

  useEffect(() => {
    const initial = useStore.getState().view.camera;
    const map = new maplibregl.Map({
      container: container.current!,
      style: buildStyle(lang),
      ...(initial ? { center: [initial.lng, initial.lat], zoom: initial.zoom } : { bounds: BEIJING_BOUNDS }),
      attributionControl: { compact: false, customAttribution: t('app.attribution') },
      maxBounds: [
        [113.5, 38.6],
        [119.5, 41.9],
      ],
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
    });
    map.touchZoomRotate.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    map.getCanvas().setAttribute('aria-label', t('app.mapLabel'));
    setMap(map);
    installTestHook(map);

    let hoverProject: string | null = null;
    let hoverDistrict: string | null = null;
    const setHover = (source: string, id: string | null, prev: string | null) => {
      if (prev) map.setFeatureState({ source, id: prev }, { hover: false });
      if (id) map.setFeatureState({ source, id }, { hover: true });
    };
    const topProject = (e: MapMouseEvent): MapGeoJSONFeature | undefined =>
      map.queryRenderedFeatures(e.point, { layers: [...PROJECT_LAYERS] })[0];
    const topDistrict = (e: MapMouseEvent) => map.queryRenderedFeatures(e.point, { layers: [LAYER.districtFill] })[0];

    map.on('mousemove', (e: MapMouseEvent) => {
      const p = topProject(e);
      const pid = p ? String(p.properties.id) : null;
      const did = pid ? null : ((topDistrict(e)?.properties.code as string | undefined) ?? null);
      if (pid !== hoverProject) setHover(SOURCE.projects, pid, hoverProject);
      if (did !== hoverDistrict) setHover(SOURCE.districts, did, hoverDistrict);
      if (pid !== hoverProject) actions.hoverProject(pid);
      hoverProject = pid;
      hoverDistrict = did;
      map.getCanvas().style.cursor = pid || did ? 'pointer' : '';
    });
    map.on('mouseout', () => {
      setHover(SOURCE.projects, null, hoverProject);
      setHover(SOURCE.districts, null, hoverDistrict);
      hoverProject = hoverDistrict = null;
      actions.hoverProject(null);
    });
    map.on('click', (e: MapMouseEvent) => {
      const p = topProject(e);
      if (p) return actions.selectProject(String(p.properties.id));
      const d = topDistrict(e);
      if (d) actions.selectDistrict(d.properties.code as never);
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
    // The map is created once; language and data changes are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const loaded = useMapLoaded();
  useEffect(() => {
    const map = getMap();
    if (!map || !loaded) return;
    for (const id of LABEL_LAYERS) map.setLayoutProperty(id, 'text-field', nameField(lang));
  }, [lang, loaded]);

  useMapData(data);
  useSelectionState();
  useUserFilter();

  return <div ref={container} className="map" data-testid="map" />;
}
