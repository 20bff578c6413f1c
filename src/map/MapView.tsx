import 'maplibre-gl/dist/maplibre-gl.css';
import * as maplibregl from 'maplibre-gl';
import type { MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLang } from '../i18n';
import { dataUrl, useAppData, useManifest } from '../data/queries';
import { CLUSTER, clusterMaxZoom } from '../data/tiles';
import type { AreaCode } from '../data/schema';
import { useActions, useBasemapChoice, useMapLoaded, useMapTiles, useStore } from '../state/store';
import { applyStyle, rememberStyle } from './applyStyle';
import { BasemapControl } from './BasemapControl';
import { basemapAttribution } from './layers/basemap';
import { effectiveBasemap, TIANDITU_KEY } from './basemapConfig';
import { BEIJING_BOUNDS, setMap, getMap } from './mapInstance';
import { expandCluster, pickAt } from './pick';
import { PointNavigator } from './PointNavigator';
import { StackChooser } from './StackChooser';
import { buildStyle, SOURCE, type StyleOptions } from './style';
import { installTestHook } from './testHook';
import { registerPmtiles } from './tilesProtocol';
import { MapContextLost, MapUnavailable } from './MapUnavailable';
import { usePrintSnapshot } from '../print/usePrintSnapshot';
import { MapTooltip } from './Tooltip';
import { useFocusSelection, useHoverState, useMapData, useSelectionState, useUserFilter } from './useMapSync';
import { useChoroplethState, useProximityOverlay } from './useAnalysisSync';

maplibregl.setWorkerUrl(workerUrl);
// The worker starts now, while React renders, instead of when the map is created.
maplibregl.prewarm();

const sameIds = (a: readonly string[] | undefined, b: readonly string[]) =>
  !!a && a.length === b.length && a.every((x, i) => x === b[i]);

/** The map: created once, fed from the store and the data query; emits selections and hovers to the store. */
export function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const actions = useActions();
  const { lang, t } = useLang();
  const data = useAppData().data;
  // Whether the page opened with a camera in its URL: read once, on the first render.
  const [startedWithCamera] = useState(() => !!useStore.getState().view.camera);
  const basemap = effectiveBasemap(useBasemapChoice());
  // Large data names its vector tiles: the map draws the points from them once their protocol has loaded. The
  // manifest names them before the projects file is in (then the records, once loaded, say what is drawn).
  const manifest = useManifest();
  const tilesFile = data ? data.projects.tiles : manifest?.tiles;
  const projectCount = data ? data.projects.features.length : manifest?.projects;
  const [tilesUrl, setTilesUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!tilesFile) return;
    let live = true;
    registerPmtiles().then(
      () => live && setTilesUrl(dataUrl(tilesFile)),
      () => live && actions.setMapTiles('failed'),
    );
    return () => {
      live = false;
    };
  }, [tilesFile, actions]);
  const tilesFailed = useMapTiles() === 'failed';
  const options: StyleOptions = {
    lang,
    basemap,
    tiandituKey: TIANDITU_KEY,
    ...(tilesUrl && !tilesFailed ? { projectTiles: tilesUrl } : {}),
    // Dense data clusters deeper, in its tiles and its GeoJSON source alike.
    ...(projectCount !== undefined && clusterMaxZoom(projectCount) !== CLUSTER.maxZoom
      ? { clusterMaxZoom: clusterMaxZoom(projectCount) }
      : {}),
  };
  const attribution = useRef<maplibregl.AttributionControl | null>(null);
  const navigation = useRef<maplibregl.NavigationControl | null>(null);
  // Failure to start (no WebGL, or no context for it) and a lost context: said in place of the map.
  const [failure, setFailure] = useState<unknown>(null);
  const [contextLost, setContextLost] = useState(false);

  // A layout effect: the map is created in the first commit, before the browser lays out and paints the rest
  // of the page (a passive effect waited for that paint: ≈200 ms later on the bench's machine, issue 12).
  useLayoutEffect(() => {
    performance.mark('map:creating');
    const initial = useStore.getState().view.camera;
    const style = buildStyle(options);
    let map: maplibregl.Map;
    try {
      map = new maplibregl.Map({
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
        // Labels appear without fading: a fade keeps the map redrawing (and the CPU busy) for 300 ms after
        // every placement, the first view's included (issue 12).
        fadeDuration: 0,
        // The style is the app's own, validated for every option by tests/unit/style.test.ts.
        validateStyle: false,
      });
    } catch (error) {
      // The map is an external system: that it cannot start is only known here, once, when it is created.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setFailure(error);
      return;
    }
    // A context that cannot be recreated after a loss comes as an error event; tile errors do not count.
    map.on('error', (e) => {
      if (e.error instanceof maplibregl.GPUInitializationError) setFailure(e.error);
      // The tiles could not be read at all (the archive is missing or broken; not one tile that failed, which
      // MapLibre asks for again when it is needed): the GeoJSON source draws the points.
      else if ((e as { sourceId?: string }).sourceId === SOURCE.projectTiles && !('tile' in e)) {
        console.warn('The projects’ vector tiles failed to load; drawing the points from the GeoJSON file.', e.error);
        if (useStore.getState().ui.mapTiles !== 'failed') actions.setMapTiles('failed');
      }
      // What MapLibre does with an error nobody listens for, kept for every other error.
      else console.error(e.error);
    });
    map.on('webglcontextlost', () => setContextLost(true));
    map.on('webglcontextrestored', () => setContextLost(false));
    rememberStyle(map, style);
    map.touchZoomRotate.disableRotation();
    navigation.current = new maplibregl.NavigationControl({ showCompass: false });
    map.addControl(navigation.current, 'bottom-right');
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
      if (picked.kind === 'cluster') return expandCluster(map, picked);
      if (picked.kind === 'district') actions.selectDistrict(picked.code as AreaCode);
    });
    map.on('movestart', () => {
      if (useStore.getState().ui.mapHover) actions.setMapHover(null);
    });
    map.on('moveend', () => {
      const c = map.getCenter();
      actions.setCamera({ lng: c.lng, lat: c.lat, zoom: map.getZoom() });
    });
    // User Timing marks for the perf scripts (tests/perf/ab.ts prints them): created, data sent, drawn.
    performance.mark('map:created');
    // Sources exist once the style has loaded: the data can go to them then, while the worker starts up,
    // rather than after MapLibre's `load` (its first frame with every empty source loaded).
    map.once('style.load', () => {
      performance.mark('map:style-loaded');
      actions.setMapLoaded(true);
    });
    return () => {
      setMap(null);
      actions.setMapLoaded(false);
      actions.setMapTiles(null);
      map.remove();
    };
    // The map is created once; language, basemap and data changes are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const loaded = useMapLoaded();
  const optionsKey = JSON.stringify(options);
  // A layout effect: the style has its layers (the tiles' among them) before the filter sync's effect runs.
  useLayoutEffect(() => {
    const map = getMap();
    if (!map || !loaded) return;
    const next = JSON.parse(optionsKey) as StyleOptions;
    applyStyle(map, buildStyle(next));
    if (next.projectTiles && useStore.getState().ui.mapTiles === null) actions.setMapTiles('ready');
    map.getCanvas().setAttribute('aria-label', t('app.mapLabel'));
    // The attribution follows the language and names the basemap; it goes in first, below the zoom buttons.
    const { basemap: b, lang: l } = JSON.parse(optionsKey) as StyleOptions;
    const custom = [basemapAttribution(b, l), t('app.attribution')].filter((x): x is string => !!x);
    if (attribution.current) map.removeControl(attribution.current);
    if (navigation.current) map.removeControl(navigation.current);
    attribution.current = new maplibregl.AttributionControl({ compact: false, customAttribution: custom });
    map.addControl(attribution.current, 'bottom-right');
    if (navigation.current) map.addControl(navigation.current, 'bottom-right');
  }, [optionsKey, loaded, t, actions]);

  useMapData(data);
  useFocusSelection(data, startedWithCamera);
  useSelectionState();
  useHoverState();
  useProximityOverlay(startedWithCamera);
  useChoroplethState();
  usePrintSnapshot(t('app.mapLabel'));

  if (failure) return <MapUnavailable error={failure} />;
  return (
    <>
      <div ref={container} className="map" data-testid="map" />
      {contextLost ? <MapContextLost /> : null}
      <FilterSync />
      <PointNavigator />
      <MapTooltip />
      <StackChooser />
      <BasemapControl current={basemap} />
    </>
  );
}

/** The user's filter into the map, in its own component: a keystroke re-renders this, not the map view. */
function FilterSync() {
  useUserFilter();
  return null;
}
