/**
 * The Briefing view: the deck of slides (views frozen with dataset, selection and parameters),
 * each drawn live. Reorder, retitle, write speaker notes, delete (with undo); present, open the
 * presenter window, print to PDF (one 16:9 page per slide) or export a self-contained HTML deck.
 */
import { useEffect, useRef, useState } from 'react';
import { useLocale, useT } from '../../app/i18n-hooks';
import { openPresenterWindow } from '../../app/presentation/channel';
import { startPresentation } from '../../app/presentation/presentation-store';
import { downloadText, fileSlug } from '../../export/download';
import type { RemovedSlide } from '../../briefing/deck';
import { moveSlide, removeSlide, restoreSlide } from '../../store/actions/briefing';
import { useAppStore } from '../../store/store';
import type { Slide } from '../../store/types';
import { BriefingSettingsPanel } from './BriefingSettingsPanel';
import { htmlDeckFromDom } from './export-html';
import { PrintDeck } from './PrintDeck';
import { SlideItem } from './SlideItem';
import './briefing.css';
import '../../i18n/register/briefing';

export default function BriefingView() {
  const t = useT();
  const locale = useLocale();
  const deck = useAppStore((state) => state.deck);
  const [removed, setRemoved] = useState<{ taken: RemovedSlide; title: string } | null>(null);
  const [status, setStatus] = useState('');
  const focusAfterMove = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);

  // Keep keyboard focus on a slide that moved (its DOM node moved; its buttons may be disabled now).
  useEffect(() => {
    const pending = focusAfterMove.current;
    if (!pending) return;
    focusAfterMove.current = null;
    const item = document.querySelector<HTMLElement>(`[data-slide-item="${CSS.escape(pending.id)}"]`);
    const button =
      item?.querySelector<HTMLButtonElement>(`button[data-move="${pending.direction}"]:not(:disabled)`) ??
      item?.querySelector<HTMLButtonElement>('button[data-move]:not(:disabled)');
    button?.focus();
  }, [deck]);

  const onMove = (slide: Slide, delta: number) => {
    const from = deck.findIndex((item) => item.id === slide.id);
    const to = Math.max(0, Math.min(deck.length - 1, from + delta));
    if (from === to) return;
    moveSlide(slide.id, delta);
    setStatus(t('briefing.moved', { n: to + 1, total: deck.length }));
    focusAfterMove.current = { id: slide.id, direction: delta < 0 ? 'up' : 'down' };
  };
  const onDelete = (slide: Slide, title: string) => {
    const taken = removeSlide(slide.id);
    if (taken) setRemoved({ taken, title });
  };
  const exportHtml = () => {
    const root = document.querySelector('.briefing-print-deck');
    if (!root) return;
    const title = t('briefing.title');
    const html = htmlDeckFromDom(root, document, { title, lang: locale, help: t('presentation.help') });
    const date = new Date().toISOString().slice(0, 10);
    downloadText(html, `briefing-${fileSlug(date)}.html`, 'text/html');
  };

  return (
    <div className="briefing-view">
      <div className="view-header">
        <div>
          <h2>{t('briefing.title')}</h2>
          <p className="help">{t('briefing.subtitle')}</p>
        </div>
        <div className="view-actions briefing-toolbar">
          <button type="button" className="button-primary" disabled={deck.length === 0} onClick={() => startPresentation(0)}>
            {t('briefing.present')}
          </button>
          <button
            type="button"
            disabled={deck.length === 0}
            onClick={() => {
              if (!openPresenterWindow(window)) setStatus(t('briefing.presenterBlocked'));
            }}
          >
            {t('briefing.presenterWindow')}
          </button>
          <button type="button" disabled={deck.length === 0} onClick={() => window.print()}>
            {t('briefing.print')}
          </button>
          <button type="button" disabled={deck.length === 0} onClick={exportHtml} title={t('briefing.exportHtmlHelp')}>
            {t('briefing.exportHtml')}
          </button>
        </div>
      </div>
      <BriefingSettingsPanel />
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {removed ? (
        <div className="briefing-undo" role="status">
          <span>{t('briefing.deleted', { title: removed.title })}</span>
          <button
            type="button"
            onClick={() => {
              restoreSlide(removed.taken);
              setRemoved(null);
            }}
          >
            {t('briefing.undo')}
          </button>
        </div>
      ) : null}
      {deck.length === 0 ? (
        <p className="empty-state">{t('briefing.empty')}</p>
      ) : (
        <section aria-labelledby="briefing-slides-title">
          <h3 id="briefing-slides-title">
            {t('briefing.slides')} <span className="badge">{t('briefing.count', { count: deck.length })}</span>
          </h3>
          <p className="help">{t('briefing.reorderHelp')}</p>
          <ol className="slide-list">
            {deck.map((slide, index) => (
              <SlideItem key={slide.id} slide={slide} index={index} total={deck.length} onMove={onMove} onDelete={onDelete} onPresent={startPresentation} />
            ))}
          </ol>
        </section>
      )}
      {deck.length > 0 ? <PrintDeck deck={deck} /> : null}
    </div>
  );
}
