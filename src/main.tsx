import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { prefetchAppData } from './data/queries';
import { detectLang, initI18n } from './i18n';
import { useStore } from './state/store';
import { parseUrl } from './state/url';
import './styles.css';

performance.mark('app:start');
// The URL is read before the first render, so the map opens on the shared view.
useStore.getState().actions.setView(parseUrl(window.location.search));
initI18n(detectLang(useStore.getState().view.lang));

// The data comes from the app's own server: a browser that believes it is offline (a laptop without a
// network serving the app locally) must still load it, so queries are not paused while `navigator.onLine`
// is false; a failed request is reported as a failure instead.
const queryClient = new QueryClient({ defaultOptions: { queries: { networkMode: 'always' } } });
prefetchAppData(queryClient);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
