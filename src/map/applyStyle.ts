/**
 * Brings a running map to a newly built style without reloading it: the layer modules are pure functions
 * of the options (language, basemap), so a change is the difference between two built styles. Sources whose
 * spec changed (the basemap's tiles) are replaced with the layers that use them; every other source —
 * the project data, its feature-state, the camera — is never touched, so nothing has to be re-applied.
 * A GeoJSON source whose clustering alone changed (dense data clusters deeper, known once the data has loaded)
 * is changed in place, keeping its data. Filters are owned by the filter sync (useUserFilter) and are not
 * diffed here.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';

/** The part of a MapLibre map this needs (a fake in unit tests). */
export interface StyleTarget {
  getLayer(id: string): unknown;
  addLayer(layer: LayerSpecification, beforeId?: string): unknown;
  removeLayer(id: string): unknown;
  getSource(id: string): unknown;
  addSource(id: string, source: SourceSpecification): unknown;
  removeSource(id: string): unknown;
  setPaintProperty(layer: string, name: string, value: unknown): unknown;
  setLayoutProperty(layer: string, name: string, value: unknown): unknown;
}

const applied = new WeakMap<object, StyleSpecification>();
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const CLUSTERING = ['cluster', 'clusterRadius', 'clusterMaxZoom'] as const;
type Clustering = Partial<Record<(typeof CLUSTERING)[number], unknown>>;
const withoutClustering = (s: SourceSpecification) =>
  Object.fromEntries(Object.entries(s).filter(([k]) => !(CLUSTERING as readonly string[]).includes(k)));
/**
 * Whether two specs are the same GeoJSON source but for how it clusters, the new one saying all of it (a key left
 * out would keep the source's old value in place, not MapLibre's default: such a source is replaced instead).
 */
const clusteringOnly = (a: SourceSpecification, b: SourceSpecification) =>
  a.type === 'geojson' &&
  b.type === 'geojson' &&
  CLUSTERING.every((k) => k in b) &&
  same(withoutClustering(a), withoutClustering(b));
const canCluster = (s: unknown): s is { setClusterOptions(o: Clustering): Promise<void> } =>
  typeof (s as { setClusterOptions?: unknown } | null)?.setClusterOptions === 'function';

/** Records the style a map was created with, the base for later diffs. */
export function rememberStyle(map: object, style: StyleSpecification): void {
  applied.set(map, style);
}

export function applyStyle(map: StyleTarget, next: StyleSpecification): void {
  const prev = applied.get(map);
  if (!prev) throw new Error('applyStyle: the map was not created through rememberStyle');
  const changedSources = new Set(
    Object.keys(prev.sources).filter((id) => !(id in next.sources) || !same(prev.sources[id], next.sources[id])),
  );
  for (const id of changedSources) {
    const [a, b, live] = [prev.sources[id]!, next.sources[id], map.getSource(id)];
    if (!b || !clusteringOnly(a, b) || !canCluster(live)) continue;
    const { cluster, clusterRadius, clusterMaxZoom } = b as Clustering;
    void live.setClusterOptions({ cluster, clusterRadius, clusterMaxZoom });
    changedSources.delete(id);
  }
  const usesChanged = (l: LayerSpecification) => 'source' in l && changedSources.has(l.source);
  const nextIds = new Set(next.layers.map((l) => l.id));

  for (const l of prev.layers) if ((!nextIds.has(l.id) || usesChanged(l)) && map.getLayer(l.id)) map.removeLayer(l.id);
  for (const id of changedSources) if (map.getSource(id)) map.removeSource(id);
  for (const [id, src] of Object.entries(next.sources)) if (!map.getSource(id)) map.addSource(id, src);

  const prevById = new Map(prev.layers.map((l) => [l.id, l]));
  next.layers.forEach((l, i) => {
    if (!map.getLayer(l.id)) {
      // Insert below the first later layer already on the map, so slot order holds.
      const before = next.layers.slice(i + 1).find((x) => map.getLayer(x.id));
      map.addLayer(l, before?.id);
      return;
    }
    const old = prevById.get(l.id);
    for (const kind of ['paint', 'layout'] as const) {
      const a = ((old as Record<string, unknown> | undefined)?.[kind] ?? {}) as Record<string, unknown>;
      const b = ((l as Record<string, unknown>)[kind] ?? {}) as Record<string, unknown>;
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (same(a[k], b[k])) continue;
        if (kind === 'paint') map.setPaintProperty(l.id, k, b[k]);
        else map.setLayoutProperty(l.id, k, b[k]);
      }
    }
  });
  applied.set(map, next);
}
