/**
 * The heading of a view: its title, one line on how to read it, and view-level actions. Shared
 * so that every view offers the same actions in the same place — among them "Add to briefing"
 * and the analyst note on the technology in focus. On a read-only slide only the title and the
 * subtitle remain (the slide shows notes itself).
 */
import type { ReactNode } from 'react';
import { focusTargets } from '../briefing/footer';
import { localName } from '../i18n/names';
import { useActiveDataset } from '../store/selectors';
import { useAppStore, useReadOnly } from '../store/store';
import { NoteControl } from './annotations/NoteControl';
import { ExportRankingsButton } from './ExportRankingsButton';
import { useLocale } from './i18n-hooks';
import { AddToBriefingButton } from './presentation/AddToBriefingButton';

interface Props {
  /** View title (an h2). */
  title: string;
  /** How to read the view. */
  subtitle?: string;
  /** View-specific actions (exports…). */
  actions?: ReactNode;
}

export function ViewHeader({ title, subtitle, actions }: Props) {
  const readOnly = useReadOnly();
  return (
    <div className="view-header">
      <div>
        <h2>{title}</h2>
        {subtitle ? <p className="help">{subtitle}</p> : null}
      </div>
      {readOnly ? null : (
        <div className="view-actions">
          {actions}
          <ExportRankingsButton />
          <TechnologyNote />
          <AddToBriefingButton />
        </div>
      )}
    </div>
  );
}

/** The note on the technology the view is about, when it is about one. */
function TechnologyNote() {
  const locale = useLocale();
  const dataset = useActiveDataset();
  const view = useAppStore((state) => state.view);
  const technology = useAppStore((state) => state.technology);
  const { technology: focus } = focusTargets(view, { technology, indicator: null }, dataset);
  if (!focus) return null;
  const name = localName(dataset?.technologies.find((item) => item.id === focus), locale, focus);
  return <NoteControl target={{ kind: 'technology', id: focus }} name={name} />;
}
