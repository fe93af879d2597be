/**
 * An analyst note on a technology or an indicator: a small "Note" button that opens an editor
 * in place. Views drop it next to whatever the note is about; on a read-only slide it shows the
 * note's text instead (or nothing when there is none).
 */
import { useId, useState } from 'react';
import { annotationKey, type AnnotationTarget } from '../../store/annotations';
import { setAnnotation } from '../../store/actions/briefing';
import { useAppStore, useReadOnly } from '../../store/store';
import { useT } from '../i18n-hooks';
import { NoteText } from './NoteText';
import './annotations.css';

interface Props {
  /** What the note is about. */
  target: AnnotationTarget;
  /** Display name of the technology or indicator (for labels). */
  name: string;
}

export function NoteControl({ target, name }: Props) {
  const t = useT();
  const readOnly = useReadOnly();
  const key = annotationKey(target);
  const note = useAppStore((state) => state.annotations[key] ?? '');
  const [draft, setDraft] = useState<string | null>(null);
  const editorId = useId();
  if (readOnly) return note ? <NoteText name={name} text={note} /> : null;
  const label = t('note.label', { name });
  const close = () => setDraft(null);
  return (
    <div className="note-control">
      <button
        type="button"
        className={note ? 'note-button note-filled' : 'note-button'}
        aria-expanded={draft !== null}
        aria-controls={editorId}
        aria-label={label}
        title={note || label}
        onClick={() => setDraft(draft === null ? note : null)}
      >
        {note ? t('note.buttonFilled') : t('note.button')}
      </button>
      {draft !== null ? (
        <div
          className="note-editor card"
          id={editorId}
          role="group"
          aria-label={label}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              close();
            }
          }}
        >
          <label className="note-editor-label">
            <span>{label}</span>
            <textarea value={draft} rows={4} autoFocus onChange={(event) => setDraft(event.target.value)} />
          </label>
          <p className="help">{t('note.help')}</p>
          <div className="note-editor-actions">
            {note ? (
              <button
                type="button"
                className="button-quiet"
                onClick={() => {
                  setAnnotation(key, '');
                  close();
                }}
              >
                {t('note.remove')}
              </button>
            ) : null}
            <button type="button" onClick={close}>
              {t('note.cancel')}
            </button>
            <button
              type="button"
              className="button-primary"
              onClick={() => {
                setAnnotation(key, draft);
                close();
              }}
            >
              {t('note.save')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
