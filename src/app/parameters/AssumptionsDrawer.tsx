/**
 * The assumptions, one click away from any view: a side panel that stays open while the user
 * watches the view behind it recompute.
 */
import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store/store';
import { DEFAULT_PARAMETERS } from '../../model/parameters';
import { useT } from '../i18n-hooks';
import { ParameterPanel } from './ParameterPanel';

/** How many method parameters differ from the defaults (for the button's badge). */
function useChangedCount(): number {
  return useAppStore((state) => {
    const p = state.parameters;
    const core = (['saturation', 'trendWindow', 'horizon', 'maxYears', 'parityBand', 'staleness'] as const).filter(
      (key) => p[key] !== DEFAULT_PARAMETERS[key],
    ).length;
    return core + Object.keys(p.weights).length + Object.keys(p.pillarWeights).length + Object.keys(p.relevance).length;
  });
}

export function AssumptionsDrawer() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const changed = useChangedCount();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!open) return;
    panel.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <>
      <button type="button" aria-expanded={open} aria-controls="assumptions-drawer" onClick={() => setOpen(!open)}>
        {t('params.open')}
        {changed > 0 ? <span className="badge badge-changed">{changed}</span> : null}
      </button>
      {open ? (
        <aside id="assumptions-drawer" className="drawer" ref={panel} tabIndex={-1} aria-label={t('params.title')}>
          <div className="drawer-header">
            <h2>{t('params.title')}</h2>
            <button type="button" onClick={() => setOpen(false)}>
              {t('common.close')}
            </button>
          </div>
          <ParameterPanel />
        </aside>
      ) : null}
    </>
  );
}
