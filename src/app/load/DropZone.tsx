/** Drop CSV files anywhere on the app to load them into a new dataset. */
import { useState, type ReactNode } from 'react';
import { loadFiles } from '../../store/actions/datasets';
import { useT } from '../i18n-hooks';

export function DropZone({ children }: { children: ReactNode }) {
  const t = useT();
  const [over, setOver] = useState(false);
  return (
    <div
      className={over ? 'app drop-active' : 'app'}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setOver(false);
      }}
      onDrop={(event) => {
        if (!event.dataTransfer.files.length) return;
        event.preventDefault();
        setOver(false);
        void loadFiles(Array.from(event.dataTransfer.files), 'new');
      }}
    >
      {children}
      {over ? (
        <div className="drop-overlay" aria-hidden="true">
          {t('load.dropHere')}
        </div>
      ) : null}
    </div>
  );
}
