/**
 * "Export workspace" and "Import workspace" in the header. Import reads and checks the whole
 * file first (nothing changes yet), asks before replacing the current workspace, and says in
 * the UI language why a file was refused.
 */
import { useId, useState } from 'react';
import { createPortal } from 'react-dom';
import type { RestoredWorkspace } from '../../export/workspace';
import { applyWorkspace, exportWorkspace, readWorkspaceFile } from '../../store/actions/workspace';
import { useT } from '../i18n-hooks';
import { ConfirmDialog } from '../ConfirmDialog';
import './workspace-menu.css';

type Message = { kind: 'done' | 'failed'; text: string };

/** Largest workspace file read, MB (the JSON text and its parse must fit in a tab). */
const MAX_WORKSPACE_MB = 512;

export function WorkspaceMenu() {
  const t = useT();
  const inputId = useId();
  const [pending, setPending] = useState<{ file: string; workspace: RestoredWorkspace } | null>(null);
  const [message, setMessage] = useState<Message | null>(null);

  const read = async (file: File) => {
    setMessage(null);
    const refuse = (reason: string) => setMessage({ kind: 'failed', text: t('workspace.importFailed', { file: file.name, reason }) });
    if (file.size > MAX_WORKSPACE_MB * 1024 * 1024) {
      refuse(t('workspace.error.tooLarge', { limit: MAX_WORKSPACE_MB }));
      return;
    }
    const parsed = await readWorkspaceFile(await file.text());
    if (!parsed.ok) refuse(t(parsed.error.key, parsed.error.params));
    else setPending({ file: file.name, workspace: parsed.workspace });
  };

  const dialog = pending ? (
    <ConfirmDialog
      message={t('workspace.importConfirm', { file: pending.file, datasets: pending.workspace.entries.length, slides: pending.workspace.deck.length })}
      confirmLabel={t('workspace.importDo')}
      cancelLabel={t('workspace.cancel')}
      danger
      onConfirm={() => {
        const { file, workspace } = pending;
        setPending(null);
        void applyWorkspace(workspace).then(() => setMessage({ kind: 'done', text: t('workspace.imported', { file }) }));
      }}
      onCancel={() => setPending(null)}
    />
  ) : null;
  const outcome = message ? (
    <div className={`workspace-message workspace-message-${message.kind}`} role={message.kind === 'failed' ? 'alert' : 'status'}>
      <p>{message.text}</p>
      <button type="button" onClick={() => setMessage(null)}>
        {t('load.dismiss')}
      </button>
    </div>
  ) : null;

  return (
    <div className="workspace-menu">
      <button type="button" className="button-quiet" title={t('workspace.exportName')} onClick={() => void exportWorkspace()}>
        {t('workspace.export')}
      </button>
      <label htmlFor={inputId} className="button-quiet file-button" title={t('workspace.importName')}>
        {t('workspace.import')}
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept=".json,application/json"
        aria-label={t('workspace.import')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Clear so choosing the same file again fires a change.
          event.target.value = '';
          if (file) void read(file);
        }}
      />
      {/* Dialog and outcome render in <body>: inside the header they would take its dark button style. */}
      {dialog ? createPortal(dialog, document.body) : null}
      {outcome ? createPortal(outcome, document.body) : null}
    </div>
  );
}
