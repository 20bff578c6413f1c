import 'maplibre-gl/dist/maplibre-gl.css';
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef } from 'react';
import { useLang } from '../i18n';
import { useAppData } from '../data/queries';
import type { AreaCode } from '../data/schema';
import { useActions, useMapLoaded, useStore } from '../state/store';
import { BEIJING_BOUNDS, setMap, getMap } from './mapInstance';
import { buildStyle, LABEL_LAYERS, LAYER, nameField, PROJECT_LAYERS, SOURCE } from './style';
import { installTestHook } from './testHook';
import { useFocusDistrict, useHoverState, useMapData, useSelectionState, useUserFilter } from './useMapSync';

maplibregl.setWorkerUrl(workerUrl);

/** The map: created once, fed from the store and the data query; emits selections and hovers to the store. */
export function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const actions = useActions();
  const { lang, t } = useLang();
  const data = useAppData().data;
  const startedWithCamera = useRef(!!useStore.getState().view.camera).current;

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

    let hoverDistrict: string | null = null;
    const at = (e: MapMouseEvent, layers: string[]) => map.queryRenderedFeatures(e.point, { layers })[0];

    map.on('mousemove', (e: MapMouseEvent) => {
      const pid = (at(e, [...PROJECT_LAYERS])?.properties.id as string | undefined) ?? null;
      const cluster = !pid && !!at(e, [LAYER.cluster]);
      const label = !pid && !cluster && !!at(e, [LAYER.districtLabel]);
      const did =
        pid || cluster ? null : ((at(e, [LAYER.districtFill])?.properties.code as string | undefined) ?? null);
      if (did !== hoverDistrict) {
        if (hoverDistrict) map.setFeatureState({ source: SOURCE.districts, id: hoverDistrict }, { hover: false });
        if (did) map.setFeatureState({ source: SOURCE.districts, id: did }, { hover: true });
        hoverDistrict = did;
      }
      if (pid !== useStore.getState().ui.hoverProject) actions.hoverProject(pid);
      map.getCanvas().style.cursor = pid || did || cluster || label ? 'pointer' : '';
    });
    map.on('mouseout', () => {
      if (hoverDistrict) map.setFeatureState({ source: SOURCE.districts, id: hoverDistrict }, { hover: false });
      hoverDistrict = null;
      actions.hoverProject(null);
    });
    map.on('click', async (e: MapMouseEvent) => {
      const p = at(e, [...PROJECT_LAYERS]);
      if (p) return actions.selectProject(String(p.properties.id));
      const c = at(e, [LAYER.cluster]);
      if (c) {
        const source = map.getSource(SOURCE.projects) as GeoJSONSource;
        const zoom = await source.getClusterExpansionZoom(c.properties.cluster_id as number);
        map.easeTo({ center: (c.geometry as GeoJSON.Point).coordinates as [number, number], zoom: zoom + 0.5 });
        return;
      }
      // A label click opens its area: the only way to click the BDA, which has no outline.
      const d = at(e, [LAYER.districtLabel]) ?? at(e, [LAYER.districtFill]);
      if (d) actions.selectDistrict(d.properties.code as AreaCode);
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
    map.getCanvas().setAttribute('aria-label', t('app.mapLabel'));
  }, [lang, loaded, t]);

  useMapData(data);
  useFocusDistrict(data, startedWithCamera);
  useSelectionState();
  useHoverState();
  useUserFilter();

  return <div ref={container} className="map" data-testid="map" />;
}
