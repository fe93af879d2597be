/**
 * The views, loaded lazily: chart libraries (recharts, d3 modules) arrive with the views that
 * draw them, so the first visit downloads only the shell and the first view.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MessageKey } from '../i18n';
import type { ViewId } from '../store/view-ids';

/** A view of the app. */
export interface ViewDefinition {
  /** Route id. */
  id: ViewId;
  /** Navigation label key. */
  label: MessageKey;
  /** The component (lazy). */
  component: LazyExoticComponent<ComponentType>;
}

/** Views in navigation order. */
export const VIEWS: readonly ViewDefinition[] = [
  { id: 'overview', label: 'nav.overview', component: lazy(() => import('../views/overview')) },
  { id: 'table', label: 'nav.table', component: lazy(() => import('../views/table')) },
  { id: 'matrix', label: 'nav.matrix', component: lazy(() => import('../views/matrix')) },
  { id: 'ranking', label: 'nav.ranking', component: lazy(() => import('../views/ranking')) },
  { id: 'quadrant', label: 'nav.quadrant', component: lazy(() => import('../views/quadrant')) },
  { id: 'runway', label: 'nav.runway', component: lazy(() => import('../views/runway')) },
  { id: 'trends', label: 'nav.trends', component: lazy(() => import('../views/trends')) },
  { id: 'profile', label: 'nav.profile', component: lazy(() => import('../views/profile')) },
  { id: 'coalition', label: 'nav.coalition', component: lazy(() => import('../views/coalition')) },
  { id: 'method', label: 'nav.method', component: lazy(() => import('../views/method')) },
  { id: 'data', label: 'nav.data', component: lazy(() => import('../views/data')) },
  { id: 'briefing', label: 'nav.briefing', component: lazy(() => import('../views/briefing')) },
];

/** The definition of a view. */
export function viewById(id: ViewId): ViewDefinition {
  return VIEWS.find((view) => view.id === id) ?? VIEWS[0]!;
}
