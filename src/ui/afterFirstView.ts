import { useEffect, useState } from 'react';
import { useMapDrawn, useMapFailed } from '../state/store';

/**
 * Without a sign of the map (neither drawn nor failed) or of the user, what waits for the first view comes
 * after this long anyway (a slow machine, a very large data set).
 */
export const AFTER_FIRST_VIEW_MAX_MS = 8_000;

/** Latched: once the first view is done, code loaded for after it stays rendered (the map may load again). */
let done = false;
const latched = () => done;
const latch = () => {
  done = true;
};

/**
 * Whether the first view is done, for UI that it does not show and whose code loads apart (issue 12: the
 * results list, below the filters on a desktop and in the closed drawer on a phone). True once the map has
 * drawn its data, or could not start (then the list is all there is), or on the user's first pointer or key
 * press anywhere (a keyboard user tabbing to the list, a search typed before the map has drawn), or after
 * AFTER_FIRST_VIEW_MAX_MS; and true from then on.
 */
export function useAfterFirstView(): boolean {
  const drawn = useMapDrawn();
  const failed = useMapFailed();
  const [other, setOther] = useState(false);
  const ready = latched() || drawn || failed || other;
  useEffect(() => {
    if (ready) {
      latch();
      return;
    }
    const go = () => setOther(true);
    const opts = { once: true, capture: true, passive: true };
    window.addEventListener('pointerdown', go, opts);
    window.addEventListener('keydown', go, opts);
    const timer = setTimeout(go, AFTER_FIRST_VIEW_MAX_MS);
    return () => {
      window.removeEventListener('pointerdown', go, opts);
      window.removeEventListener('keydown', go, opts);
      clearTimeout(timer);
    };
  }, [ready]);
  return ready;
}

/** For unit tests: a fresh page. */
export function resetAfterFirstView(): void {
  done = false;
}
