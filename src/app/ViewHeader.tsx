/**
 * The heading of a view: its title, one line on how to read it, and view-level actions. Shared
 * so that every view offers the same actions in the same place.
 */
import type { ReactNode } from 'react';
import { ExportRankingsButton } from './ExportRankingsButton';

interface Props {
  /** View title (an h2). */
  title: string;
  /** How to read the view. */
  subtitle?: string;
  /** View-specific actions (exports…). */
  actions?: ReactNode;
}

export function ViewHeader({ title, subtitle, actions }: Props) {
  return (
    <div className="view-header">
      <div>
        <h2>{title}</h2>
        {subtitle ? <p className="help">{subtitle}</p> : null}
      </div>
      <div className="view-actions">
        {actions}
        <ExportRankingsButton />
      </div>
    </div>
  );
}
