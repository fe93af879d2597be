/** "Reset workspace", behind a confirmation dialog. */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { resetWorkspace } from '../../store/actions/datasets';
import { useT } from '../i18n-hooks';
import { ConfirmDialog } from '../ConfirmDialog';

export function ResetWorkspace() {
  const t = useT();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" className="button-quiet" onClick={() => setAsking(true)}>
        {t('workspace.reset')}
      </button>
      {asking
        ? // In <body>, not the dark header, so the dialog keeps its own colours.
          createPortal(
        <ConfirmDialog
          message={t('workspace.resetConfirm')}
          confirmLabel={t('workspace.resetDo')}
          cancelLabel={t('workspace.cancel')}
          danger
          onConfirm={() => {
            setAsking(false);
            void resetWorkspace();
          }}
          onCancel={() => setAsking(false)}
        />,
            document.body,
          )
        : null}
    </>
  );
}
