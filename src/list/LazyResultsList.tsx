/**
 * The results list (and its virtualizer) as its own chunk, rendered once the first view is done
 * (useAfterFirstView): below the filters on a desktop and in the closed drawer on a phone, the first view does
 * not show it (issue 12: ≈12 kB gz less JavaScript before the map has drawn). Its place (`#results`, the skip
 * link's and a closed panel's focus target) is there from the start; a chunk that fails to load says so with a
 * Retry, and takes nothing else on the page with it.
 */
import { lazy, Suspense, useEffect, useId, useState, type ComponentProps } from 'react';
import { useLang } from '../i18n';
import { useAfterFirstView } from '../ui/afterFirstView';
import { chunk } from '../ui/chunk';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import type { ResultsList } from './ResultsList';

type Props = ComponentProps<typeof ResultsList>;

/** The list's chunk, loaded once; after a failure, Retry asks for it again (chunk.ts). */
const loadList = chunk(() => import('./ResultsList'));
/** A new lazy component each time: React keeps a lazy component's failure, so a retry needs a fresh one. */
const lazyList = () => lazy(() => loadList().then((m) => ({ default: m.ResultsList })));

/** Focus was given to the list's place while it loaded (the skip link, a closed panel): the list takes it over. */
let focusOnArrival = false;

/** The list's place, with its heading, while its code loads or after it failed to. */
function ListPlace({ state, retry }: { state: 'loading' | 'failed'; retry?: () => void }) {
  const { t } = useLang();
  const title = useId();
  return (
    <section
      id="results"
      className="results"
      aria-labelledby={title}
      aria-busy={state === 'loading'}
      tabIndex={-1}
      onFocus={() => (focusOnArrival = true)}
      data-testid={state === 'loading' ? 'results-loading' : 'results-failed'}
    >
      <div className="results-head">
        <h2 id={title} className="results-title">
          {t('list.title')}
        </h2>
      </div>
      {state === 'loading' ? (
        <p className="muted" role="status">
          {t('list.loading')}
        </p>
      ) : (
        <div className="notice" role="alert">
          <p>{t('list.loadFailed')}</p>
          <button type="button" className="secondary" onClick={retry} data-testid="results-retry">
            {t('app.retry')}
          </button>
        </div>
      )}
    </section>
  );
}

/** Mounted with the list: focus that waited on its place moves to the list's current row (or the list). */
function TakeFocus() {
  useEffect(() => {
    if (!focusOnArrival) return;
    focusOnArrival = false;
    // Unless the user has moved on: the place was removed while focused, so focus fell to the body.
    if (document.activeElement && document.activeElement !== document.body) return;
    (
      document.querySelector<HTMLElement>('#results .result[tabindex="0"]') ?? document.getElementById('results')
    )?.focus();
  }, []);
  return null;
}

export function LazyResultsList(props: Props) {
  const ready = useAfterFirstView();
  const [List, setList] = useState(lazyList);
  if (!ready) return <ListPlace state="loading" />;
  return (
    <ErrorBoundary
      fallback={(_error, reset) => (
        <ListPlace
          state="failed"
          retry={() => {
            setList(() => lazyList());
            reset();
          }}
        />
      )}
    >
      <Suspense fallback={<ListPlace state="loading" />}>
        <List {...props} />
        <TakeFocus />
      </Suspense>
    </ErrorBoundary>
  );
}
