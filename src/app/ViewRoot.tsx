/**
 * The box the current view renders in, inside its own error boundary. `aria-busy` is true
 * while the view still shows the previous parameters and React renders the new ones in the
 * background (store/selectors.ts, useShownInputs): assistive technology waits for the update,
 * and real-browser tests and the benchmark know when the view has caught up.
 */
import type { ReactNode } from 'react';
import { useAnalysisPending } from '../store/selectors';
import { useAppStore } from '../store/store';
import { ViewErrorBoundary } from './ViewErrorBoundary';

export function ViewRoot({ id, resetKey, children }: { id: string; resetKey: string; children: ReactNode }) {
  const pending = useAnalysisPending();
  const locale = useAppStore((state) => state.locale);
  return (
    // data-view: which view is on screen, for print rules and real-browser tests.
    <div className="view-root" data-view={id} aria-busy={pending}>
      <ViewErrorBoundary viewName={id} locale={locale} resetKey={resetKey}>
        {children}
      </ViewErrorBoundary>
    </div>
  );
}
