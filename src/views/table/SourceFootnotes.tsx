/**
 * The numbered sources under the table: title, publisher, year, URL (as text: the app never
 * fetches it) and licence.
 */
import { useT } from '../../app/i18n-hooks';
import type { Footnote } from './build-table';
import { footnoteMark } from './cell-text';

export function SourceFootnotes({ notes }: { notes: Footnote[] }) {
  const t = useT();
  if (notes.length === 0) return null;
  return (
    <section className="compare-footnotes" aria-labelledby="compare-footnotes-title">
      <h3 id="compare-footnotes-title">{t('table.sources')}</h3>
      <ol>
        {notes.map((note) => (
          <li key={note.number} id={`compare-source-${note.number}`}>
            <span className="compare-footnote-mark" aria-hidden="true">
              {footnoteMark(note.number)}
            </span>{' '}
            {note.record ? (
              <>
                <cite>{note.record.title}</cite>
                {note.record.publisher ? `. ${note.record.publisher}` : ''}
                {note.record.year !== undefined ? `, ${note.record.year}` : ''}
                {note.record.url ? (
                  <>
                    {'. '}
                    <span className="compare-url">{note.record.url}</span>
                  </>
                ) : null}
                {note.record.license ? `. ${t('table.license')}: ${note.record.license}` : ''}
              </>
            ) : (
              note.source
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
