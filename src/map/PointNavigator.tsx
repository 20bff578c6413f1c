import type { MapGeoJSONFeature } from 'maplibre-gl';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ProjectFeature } from '../data/model';
import { useAppData } from '../data/queries';
import { unclusteredZoom } from '../data/tiles';
import { pick, useLang } from '../i18n';
import { formatInteger } from '../i18n/format';
import { useActions, useMapLoaded } from '../state/store';
import { getMap } from './mapInstance';
import { positionKey } from './stacks';
import { clusterRef, expandCluster, type ClusterRef } from './pick';
import { CLUSTER_LAYERS, PROJECT_LAYERS } from './style';
import { clusterCount, drawnOnMap } from './useMapSync';
import { TOOLTIP_ID } from './Tooltip';

/** One focus stop on the map: a project, a stack of projects at one spot, or a cluster. */
export interface MapItem {
  key: string;
  ids: string[];
  cluster?: ClusterRef & { count: number };
  x: number;
  y: number;
}

/** More focus stops than this and the list asks to zoom in (the results list holds them all anyway). */
const MAX_ITEMS = 300;

/**
 * More drawn points than this in view, none of them clustered, and no stops are made: asking MapLibre for
 * that many rendered features took 2–4 s of main thread at 100,000 projects, after every move (issue 12),
 * and no one steps through a thousand points with arrow keys. One stop says so, and Enter zooms in.
 */
const CROWDED = 1000;

/** How many of the drawn points lie within the bounds [west, south, east, north], counted up to `limit` + 1. */
export function pointsInView(
  features: readonly ProjectFeature[],
  drawn: (at: number) => boolean,
  [west, south, east, north]: readonly [number, number, number, number],
  limit: number,
): number {
  let n = 0;
  for (let at = 0; at < features.length && n <= limit; at++) {
    const g = features[at]!.geometry;
    if (g.type !== 'Point') continue;
    const [x, y] = g.coordinates;
    if (x >= west && x <= east && y >= south && y <= north && drawn(at)) n++;
  }
  return n;
}

/** Groups what is drawn into focus stops, in reading order (top to bottom, then left to right). */
export function itemsFromRendered(
  features: MapGeoJSONFeature[],
  project: (ll: [number, number]) => { x: number; y: number },
): MapItem[] {
  const byKey = new Map<string, MapItem>();
  for (const f of features) {
    const g = f.geometry;
    if (f.properties.point_count !== undefined && g.type === 'Point') {
      const ref = clusterRef(f);
      const key = `cluster:${ref.clusterId}`;
      if (!byKey.has(key))
        byKey.set(key, { key, ids: [], cluster: { ...ref, count: clusterCount(f) }, ...project(ref.center) });
      continue;
    }
    const at = (
      g.type === 'Point'
        ? g.coordinates
        : g.type === 'LineString'
          ? g.coordinates[Math.floor(g.coordinates.length / 2)]
          : null
    ) as [number, number] | null;
    if (!at) continue;
    const key = g.type === 'Point' ? positionKey(at) : `line:${String(f.properties.id)}`;
    const item = byKey.get(key) ?? { key, ids: [], ...project(at) };
    const id = String(f.properties.id);
    if (!item.ids.includes(id)) item.ids.push(id);
    byKey.set(key, item);
  }
  return [...byKey.values()].sort((a, b) => Math.round(a.y) - Math.round(b.y) || a.x - b.x);
}

/**
 * The map's points for the keyboard and screen readers: one tab stop, arrow keys move from point to point,
 * the tooltip shows what has focus, Enter opens it (a stack opens its chooser, a cluster zooms in). The
 * buttons sit over the points but let the mouse through to the map.
 */
export function PointNavigator() {
  const loaded = useMapLoaded();
  const data = useAppData().data;
  const { lang, t } = useLang();
  const a = useActions();
  const [items, setItems] = useState<MapItem[]>([]);
  const [crowded, setCrowded] = useState(false);
  const [moving, setMoving] = useState(false);
  // After Enter zoomed in (a cluster, or too many points), focus goes to the new stops once they are made.
  const refocus = useRef(false);
  const crowdedRef = useRef<HTMLButtonElement | null>(null);
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    const map = getMap();
    if (!loaded || !map) return;
    let last = '';
    const update = () => {
      const start = performance.now();
      setMoving(false);
      const sent = drawnOnMap();
      const b = map.getBounds();
      const bounds = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as const;
      // Clustered, the stops are a few hundred clusters at most. (Asking MapLibre whether clusters are drawn
      // costs as much as asking for every point.)
      const clustered = map.getZoom() < unclusteredZoom(sent?.data.projects.features.length ?? 0);
      const isCrowded =
        !clustered && !!sent && pointsInView(sent.data.projects.features, sent.drawn, bounds, CROWDED) > CROWDED;
      const layers = [...PROJECT_LAYERS, ...CLUSTER_LAYERS].filter((l) => map.getLayer(l));
      const next = isCrowded ? [] : itemsFromRendered(map.queryRenderedFeatures({ layers }), (ll) => map.project(ll));
      performance.measure('map:point-stops', { start });
      setCrowded(isCrowded);
      const sig = next.map((i) => `${i.key}@${Math.round(i.x)},${Math.round(i.y)}`).join('|');
      if (sig === last) return;
      last = sig;
      setItems(next);
    };
    const start = () => setMoving(true);
    map.on('idle', update);
    map.on('movestart', start);
    return () => {
      map.off('idle', update);
      map.off('movestart', start);
    };
  }, [loaded]);

  useEffect(() => {
    if (moving || !refocus.current) return;
    const to = crowded ? crowdedRef.current : refs.current[Math.min(active, items.length - 1)];
    if (!to) return;
    refocus.current = false;
    to.focus();
  }, [moving, crowded, items, active]);

  if (!data || moving) return null;
  if (crowded)
    return (
      <div className="map-points" role="group" aria-label={t('map.crowdedLabel')} data-testid="map-points">
        <button
          ref={crowdedRef}
          type="button"
          className="map-point map-point-crowded"
          style={{ left: '50%', top: '50%' }}
          data-key="crowded"
          onClick={() => {
            const map = getMap();
            if (!map) return;
            refocus.current = true;
            map.easeTo({ zoom: map.getZoom() + 2 });
          }}
        >
          {t('map.crowded', { limit: formatInteger(CROWDED, lang) })}
        </button>
      </div>
    );
  const shown = items.slice(0, MAX_ITEMS);
  const current = Math.min(active, Math.max(shown.length - 1, 0));

  const label = (item: MapItem): string => {
    if (item.cluster) return t('map.cluster', { count: item.cluster.count });
    if (item.ids.length > 1) return t('map.stack', { count: item.ids.length });
    const p = data.projectById.get(item.ids[0]!)?.properties;
    if (!p) return '';
    return `${pick(lang, p.name_zh, p.name_en)}, ${t(`sector.${p.sector}`)}, ${t(`precision.${p.precision}`)}`;
  };
  const focusAt = (i: number) => {
    setActive(i);
    refs.current[i]?.focus();
  };
  const onKey = (e: KeyboardEvent, i: number) => {
    const n = shown.length;
    const to = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: n - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    focusAt((to + n) % n);
  };
  const open = (item: MapItem) => {
    const map = getMap();
    if (item.cluster && map) {
      refocus.current = true;
      return expandCluster(map, item.cluster);
    }
    if (item.ids.length === 1) a.selectProject(item.ids[0]!, 'map');
    else a.openChooser({ ids: item.ids, x: item.x, y: item.y, via: 'keyboard' });
  };

  return (
    <div
      className="map-points"
      role="group"
      aria-label={t('map.pointsLabel', { count: shown.length })}
      data-testid="map-points"
    >
      {shown.map((item, i) => (
        <button
          key={item.key}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          className="map-point"
          tabIndex={i === current ? 0 : -1}
          style={{ left: item.x, top: item.y }}
          aria-label={label(item)}
          aria-describedby={TOOLTIP_ID}
          data-key={item.key}
          onKeyDown={(e) => onKey(e, i)}
          onFocus={() => {
            setActive(i);
            if (item.ids.length) {
              a.hoverProject(item.ids[0]!);
              a.setMapHover({ ids: item.ids, x: item.x, y: item.y, via: 'keyboard' });
            }
          }}
          onBlur={() => {
            a.hoverProject(null);
            a.setMapHover(null);
          }}
          onClick={() => open(item)}
        />
      ))}
    </div>
  );
}
