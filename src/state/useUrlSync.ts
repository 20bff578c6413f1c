import { useEffect } from 'react';
import { isNavigation, onHistoryMove, parseUrl, serializeUrl } from './url';
import { useStore } from './store';

/** Replacing the entry at most this often while the camera moves (browsers limit replaceState calls). */
export const REPLACE_THROTTLE_MS = 300;

/**
 * Keeps the store's `view` and the address bar in step, following the parameter registry in url.ts: a new
 * selection pushes a history entry (so Back works); other changes replace the current one, throttled;
 * Back/Forward restore the entry's view but keep the current preferences (language).
 */
export function useUrlSync(): void {
  useEffect(() => {
    const store = useStore;
    store.getState().actions.setView(parseUrl(window.location.search));
    const urlOf = (search: string) => search || window.location.pathname;
    // Write the canonical form back (drops unknown or malformed parameters).
    const canonical = serializeUrl(store.getState().view);
    if (canonical !== window.location.search) history.replaceState(null, '', urlOf(canonical));

    let pending: ReturnType<typeof setTimeout> | undefined;
    let lastReplace = 0;
    const flush = (view = store.getState().view) => {
      clearTimeout(pending);
      pending = undefined;
      const next = serializeUrl(view);
      lastReplace = Date.now();
      if (next !== window.location.search) history.replaceState(null, '', urlOf(next));
    };

    let applyingPop = false;
    const unsub = store.subscribe((s, prev) => {
      if (applyingPop || s.view === prev.view) return;
      if (s.viewChange === 'navigate' && isNavigation(prev.view, s.view)) {
        if (pending) flush(prev.view); // the entry being left keeps its latest state
        history.pushState(null, '', urlOf(serializeUrl(s.view)));
        return;
      }
      if (s.viewChange === 'correct') flush();
      // In a task of its own, never in the event's: the address bar can wait for the key's or the click's result
      // (issue 12: `replaceState` took ≈13 ms of the first search key at 100,000 projects, before the list).
      else pending ??= setTimeout(() => flush(), Math.max(0, REPLACE_THROTTLE_MS - (Date.now() - lastReplace)));
    });
    const onPop = () => {
      clearTimeout(pending);
      pending = undefined;
      const state = store.getState();
      const next = onHistoryMove(state.view, parseUrl(window.location.search));
      applyingPop = true;
      state.actions.setView(next);
      applyingPop = false;
      // The entry may carry another language: show it in the current one, and say so in its URL.
      const search = serializeUrl(next);
      if (search !== window.location.search) history.replaceState(null, '', urlOf(search));
    };
    // A write still waiting goes before the page does (a reload or a closed tab right after a change).
    const onHide = () => {
      if (pending) flush();
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('pagehide', onHide);
    return () => {
      onHide();
      unsub();
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('pagehide', onHide);
    };
  }, []);
}
