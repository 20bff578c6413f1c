import './data/zodConfig';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectLang, initI18n } from './i18n';
import { useStore } from './state/store';
import { parseUrl } from './state/url';
import './styles.css';

// The URL is read before the first render, so the map opens on the shared view.
useStore.getState().actions.setView(parseUrl(window.location.search));
initI18n(detectLang(useStore.getState().view.lang));

const queryClient = new QueryClient();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
