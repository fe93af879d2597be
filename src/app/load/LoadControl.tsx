/** The "Load CSV" control: a labelled file input and where the files go. */
import { useId, useRef } from 'react';
import { useAppStore } from '../../store/store';
import { loadFiles, type LoadTarget } from '../../store/actions/datasets';
import { useT } from '../i18n-hooks';
import { useState } from 'react';

export function LoadControl() {
  const t = useT();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const activeIsUser = useAppStore((state) => {
    const id = state.activeDatasetId;
    return id !== null && state.datasets[id]?.dataset.origin === 'user';
  });
  const [target, setTarget] = useState<LoadTarget>('new');
  const effectiveTarget: LoadTarget = activeIsUser ? target : 'new';
  return (
    <div className="load-control">
      <label htmlFor={inputId} className="button-primary file-button">
        {t('load.button')}
      </label>
      <input
        ref={input}
        id={inputId}
        className="visually-hidden"
        type="file"
        multiple
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
        aria-label={t('load.button')}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Clear so choosing the same file again (after fixing it) fires a change.
          event.target.value = '';
          void loadFiles(files, effectiveTarget);
        }}
      />
      {activeIsUser ? (
        <label className="load-target">
          <span className="control-label">{t('load.target')}</span>
          <select value={target} onChange={(event) => setTarget(event.target.value as LoadTarget)}>
            <option value="new">{t('load.targetNew')}</option>
            <option value="current">{t('load.targetCurrent')}</option>
          </select>
        </label>
      ) : null}
    </div>
  );
}
