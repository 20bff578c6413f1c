import { useEffect } from 'react';
import { useLang } from './i18n';
import i18n from 'i18next';
import { detectLang } from './i18n';
import { MapView } from './map/MapView';
import { MapUnavailable } from './map/MapUnavailable';
import { PanelHost } from './panels/PanelHost';
import { SelectionProvider, useSelection } from './selection/SelectionProvider';
import { useSelectedName } from './panels/useSelectedName';
import { useMapDrawn, useStore } from './state/store';
import { useUrlSync } from './state/useUrlSync';
import { ChunkLoadError } from './ui/chunk';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { Header } from './ui/Header';
import { Legend } from './ui/Legend';
import { ChoroplethControl } from './choropleth/ChoroplethControl';
import { Sidebar } from './ui/Sidebar';
import { LoadState } from './ui/LoadState';
import { PrintSheet } from './print/PrintSheet';
import { usePrefetchDetails } from './data/queries';

export function App() {
  useUrlSync();
  const urlLang = useStore((s) => s.view.lang);
  useEffect(() => {
    const lang = detectLang(urlLang);
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [urlLang]);
  const { t } = useLang();
  // The page title names what is open, so history entries and bookmarks say what they show.
  const selectedName = useSelectedName();
  useEffect(() => {
    document.title = selectedName ? `${selectedName} · ${t('app.title')}` : t('app.title');
  }, [t, selectedName]);

  return (
    <SelectionProvider>
      <Layout />
    </SelectionProvider>
  );
}

/** The legend and the print sheet count what the map draws: only they follow the selection, not the layout. */
function LegendCounts() {
  return <Legend counts={useSelection().bySector} />;
}
function PrintSheetCounts() {
  return <PrintSheet counts={useSelection().bySector} />;
}

/** Loads the projects' details ahead when they are small (src/data/queries.ts); draws nothing. */
function DetailsPrefetch() {
  usePrefetchDetails(useMapDrawn());
  return null;
}

function Layout() {
  const { t } = useLang();
  return (
    <div className="app">
      <DetailsPrefetch />
      <Header />
      <main className="layout">
        <Sidebar />
        <PrintSheetCounts />
        <div className="map-wrap" id="map">
          {/* Whatever breaks in the map, the list, panels and comparison beside it stay. */}
          <ErrorBoundary fallback={(error) => <MapUnavailable error={error} />}>
            <MapView />
          </ErrorBoundary>
          <LegendCounts />
          <ChoroplethControl />
          <LoadState />
        </div>
        <ErrorBoundary
          fallback={(error, reset) => (
            <section className="panel" role="alert">
              <div className="panel-body">
                <p>
                  {error instanceof ChunkLoadError
                    ? t('app.panelLoadFailed')
                    : t('app.panelError', { message: error.message })}
                </p>
                <button type="button" className="secondary" onClick={reset}>
                  {t('app.retry')}
                </button>
              </div>
            </section>
          )}
        >
          <PanelHost />
        </ErrorBoundary>
      </main>
    </div>
  );
}
