/**
 * The app shell: header (dataset, loading, language), navigation, selection bar and the current
 * view inside its own error boundary. It renders and dispatches; it computes nothing.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { bootstrap } from '../store/bootstrap';
import { useAppStore } from '../store/store';
import { useT } from './i18n-hooks';
import { Header } from './header/Header';
import { Navigation } from './Navigation';
import { SelectionBar } from './selection/SelectionBar';
import { ViewRoot } from './ViewRoot';
import { LoadStatus } from './load/LoadStatus';
import { DropZone } from './load/DropZone';
import { StorageNotice } from './StorageNotice';
import { viewById } from './view-registry';
import { loadBuiltinDataset } from './builtin-dataset';
import { PresentationHost } from './presentation/PresentationHost';
import { isPresenterRoute } from './presentation/channel';

/** The presenter window (`#/presenter`, opened from a presentation) loads only on that route. */
const PresenterWindow = lazy(() => import('./presentation/presentation-parts').then((module) => ({ default: module.PresenterWindow })));

/** Root component: the app, or the presenter window when opened as `#/presenter`. */
export function App() {
  return isPresenterRoute(window.location.hash) ? (
    <Suspense fallback={null}>
      <PresenterWindow />
    </Suspense>
  ) : (
    <WorkspaceApp />
  );
}

/** The working app. */
function WorkspaceApp() {
  const [ready, setReady] = useState(false);
  const t = useT();
  const locale = useAppStore((state) => state.locale);
  const view = useAppStore((state) => state.view);
  const activeDatasetId = useAppStore((state) => state.activeDatasetId);

  useEffect(() => {
    let cancelled = false;
    void bootstrap(window, loadBuiltinDataset).finally(() => {
      if (!cancelled) setReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale, t]);

  const definition = viewById(view);
  const View = definition.component;
  return (
    <DropZone>
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('app.skipToContent')}
      </a>
      <Header />
      <StorageNotice />
      <LoadStatus />
      <div className="shell">
        <Navigation />
        <main id="main" tabIndex={-1} className="main" aria-busy={!ready}>
          {ready ? (
            <>
              <SelectionBar />
              <ViewRoot id={definition.id} resetKey={`${view}|${activeDatasetId}`}>
                <Suspense fallback={<p className="loading">{t('app.loadingDataset')}</p>}>
                  <View />
                </Suspense>
              </ViewRoot>
            </>
          ) : (
            <p className="loading">{t('app.loadingDataset')}</p>
          )}
        </main>
      </div>
      <PresentationHost />
    </DropZone>
  );
}
