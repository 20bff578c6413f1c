import * as maplibregl from 'maplibre-gl';
import { useEffect } from 'react';
import { useLang } from '../i18n';
import { useActions } from '../state/store';

/** No WebGL (blocked, old GPU, turned off), or no context for it: MapLibre's GPUInitializationError. */
const isWebGLFailure = (error: unknown): boolean =>
  error instanceof maplibregl.GPUInitializationError ||
  (error instanceof Error && /webgl|gpu/i.test(`${error.name} ${error.message}`));

/**
 * Shown in place of the map when it cannot start: says so in the interface language and points to what
 * still works (the list, search, filters, profiles and comparison live outside the map).
 */
export function MapUnavailable({ error }: { error: unknown }) {
  const { t } = useLang();
  const { setMapFailed } = useActions();
  // What waits for the map's first view (the results list) comes now: there will be none.
  useEffect(() => setMapFailed(true), [setMapFailed]);
  const reason = t(isWebGLFailure(error) ? 'app.mapReason.webgl' : 'app.mapReason.other');
  return (
    <div className="map map-unavailable" role="alert" data-testid="map-unavailable">
      <p>{t('app.mapFailed', { reason })}</p>
    </div>
  );
}

/** Over the map while its WebGL context is lost; MapLibre redraws when the browser restores it. */
export function MapContextLost() {
  const { t } = useLang();
  return (
    <div className="map-context-lost" role="status" data-testid="map-context-lost">
      {t('app.mapContextLost')}
    </div>
  );
}
