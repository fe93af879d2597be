/** Says plainly when the browser will not keep the workspace, and offers the way out. */
import { useAppStore } from '../store/store';
import { useT } from './i18n-hooks';

export function StorageNotice() {
  const t = useT();
  const storage = useAppStore((state) => state.storage);
  if (storage.state === 'ok') return null;
  return (
    <div className="storage-notice" role="alert">
      {t(storage.state === 'unavailable' ? 'storage.unavailable' : 'storage.failed', { reason: storage.reason })}
    </div>
  );
}
