import { useEffect } from 'react';
import { isNavigation, parseUrl, serializeUrl } from './url';
import { useStore } from './store';

/**
 * Keeps the store's `view` and the address bar in step: a new selection pushes a history entry (so Back
 * works), other changes (camera, filters, language) replace the current one; Back/Forward restore the view.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const store = useStore;
    store.getState().actions.setView(parseUrl(window.location.search));
    // Write the canonical form back (drops unknown or malformed parameters).
    const canonical = serializeUrl(store.getState().view);
    if (canonical !== window.location.search) history.replaceState(null, '', canonical || window.location.pathname);

    let applyingPop = false;
    const unsub = store.subscribe((s, prev) => {
      if (applyingPop || s.view === prev.view) return;
      const next = serializeUrl(s.view);
      if (next === window.location.search) return;
      const url = next || window.location.pathname;
      if (isNavigation(prev.view, s.view)) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    });
    const onPop = () => {
      applyingPop = true;
      store.getState().actions.setView(parseUrl(window.location.search));
      applyingPop = false;
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsub();
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
