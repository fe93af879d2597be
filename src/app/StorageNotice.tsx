/**
 * Says plainly when the browser will not keep the workspace (storage disabled, private mode,
 * quota exceeded), and offers the way out: everything is still in memory, and "Export
 * workspace" saves it to a file that "Import workspace" brings back.
 */
import { useAppStore } from '../store/store';
import { exportWorkspace } from '../store/actions/workspace';
import { useT } from './i18n-hooks';
import './storage-notice.css';

export function StorageNotice() {
  const t = useT();
  const storage = useAppStore((state) => state.storage);
  if (storage.state === 'ok') return null;
  return (
    <div className="storage-notice" role="alert">
      <p>{t(storage.state === 'unavailable' ? 'storage.unavailable' : 'storage.failed', { reason: storage.reason })}</p>
      <button type="button" onClick={() => void exportWorkspace()}>
        {t('storage.export')}
      </button>
    </div>
  );
}
