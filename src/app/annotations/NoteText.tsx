/** An analyst note as text (on slides and wherever a view shows notes without editing them). */
import { useT } from '../i18n-hooks';
import './annotations.css';

export function NoteText({ name, text }: { name: string; text: string }) {
  const t = useT();
  return (
    <aside className="analyst-note" aria-label={t('slide.note', { name })}>
      <strong>{t('slide.note', { name })}</strong>
      <p>{text}</p>
    </aside>
  );
}
