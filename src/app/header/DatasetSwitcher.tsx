/** Choose the active dataset; delete a user dataset (after confirmation). */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/store';
import { deleteDataset, setActiveDataset } from '../../store/actions/datasets';
import { useLocale, useT } from '../i18n-hooks';
import { datasetDisplayName } from '../dataset-name';
import { ConfirmDialog } from '../ConfirmDialog';

export function DatasetSwitcher() {
  const t = useT();
  const locale = useLocale();
  const [confirming, setConfirming] = useState(false);
  const activeId = useAppStore((state) => state.activeDatasetId);
  const options = useAppStore(
    useShallow((state) => state.datasetOrder.map((id) => state.datasets[id]?.dataset).filter((d) => d !== undefined)),
  );
  const active = options.find((dataset) => dataset.id === activeId);
  if (options.length === 0) return null;
  return (
    <div className="dataset-switcher">
      <label>
        <span className="control-label">{t('dataset.label')}</span>
        <select value={activeId ?? ''} onChange={(event) => setActiveDataset(event.target.value)}>
          {options.map((dataset) => (
            <option key={dataset.id} value={dataset.id}>
              {datasetDisplayName(dataset, locale)}
              {dataset.origin === 'builtin' ? ` (${t('dataset.builtin')})` : ''}
            </option>
          ))}
        </select>
      </label>
      {active?.origin === 'user' ? (
        <button type="button" className="icon-button" aria-label={t('dataset.delete')} title={t('dataset.delete')} onClick={() => setConfirming(true)}>
          ✕
        </button>
      ) : null}
      {active?.isSample ? <span className="badge badge-warning">{t('dataset.sample')}</span> : null}
      {confirming && active ? (
        <ConfirmDialog
          message={t('dataset.deleteConfirm', { name: active.name })}
          confirmLabel={t('dataset.delete')}
          cancelLabel={t('workspace.cancel')}
          danger
          onConfirm={() => {
            setConfirming(false);
            void deleteDataset(active.id);
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}
