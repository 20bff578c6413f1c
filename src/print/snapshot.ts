/**
 * The map's pixels as a PNG data URL, without `preserveDrawingBuffer` (kept off for speed): a synchronous
 * redraw, then toDataURL in the same task, before the browser clears the drawing buffer.
 */
import type { Map as MlMap } from 'maplibre-gl';

export function mapSnapshot(map: MlMap): string {
  map.redraw();
  return map.getCanvas().toDataURL('image/png');
}
