/**
 * One slide at its logical size (SLIDE_WIDTH × SLIDE_HEIGHT): marking, title, the view drawn
 * live from the slide's own store, the analyst notes on what it shows, the footer and the
 * marking again. Thumbnails, presentation mode, print and the HTML export all draw this.
 */
import { Suspense } from 'react';
import { focusTargets } from '../../briefing/footer';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../briefing/slide-size';
import { localName } from '../../i18n/names';
import { annotationKey } from '../../store/annotations';
import { AppStoreProvider, useAppStore } from '../../store/store';
import type { Slide } from '../../store/types';
import { NoteText } from '../annotations/NoteText';
import { useLocale, useT } from '../i18n-hooks';
import { viewById } from '../view-registry';
import { ViewErrorBoundary } from '../ViewErrorBoundary';
import { FitToSlide } from './FitToSlide';
import { SlideFooter } from './SlideFooter';
import { useSlideTitle } from './useSlideTitle';
import { useSlideStore } from './useSlideStore';
import './slide.css';

interface Props {
  slide: Slide;
  /** 1-based position in the deck. */
  number: number;
  total: number;
  /** Shrink a view taller than the slide to fit (thumbnails, print); false on the projector, which scrolls. */
  fit?: boolean;
}

export function SlideCanvas({ slide, number, total, fit = true }: Props) {
  const t = useT();
  const locale = useLocale();
  const store = useSlideStore(slide);
  const { marking, theme } = useAppStore((state) => state.briefing);
  const annotations = useAppStore((state) => state.annotations);
  const dataset = useAppStore((state) => state.datasets[slide.datasetId]?.dataset ?? null);
  const title = useSlideTitle(slide);
  const focus = focusTargets(slide.view, slide.selection, dataset);
  const View = viewById(slide.view).component;
  const notes = [
    focus.technology
      ? { key: annotationKey({ kind: 'technology', id: focus.technology }), name: localName(dataset?.technologies.find((item) => item.id === focus.technology), locale, focus.technology) }
      : null,
    focus.indicator
      ? { key: annotationKey({ kind: 'indicator', id: focus.indicator }), name: localName(dataset?.indicators.find((item) => item.id === focus.indicator), locale, focus.indicator) }
      : null,
  ].filter((note): note is { key: string; name: string } => note !== null && Boolean(annotations[note.key]));
  return (
    <article
      className={`slide-canvas slide-theme-${theme}`}
      style={{ width: SLIDE_WIDTH, height: SLIDE_HEIGHT }}
      aria-label={t('briefing.slideLabel', { n: number, title })}
      data-slide-canvas=""
      data-slide-id={slide.id}
      lang={locale}
    >
      {marking ? <div className="slide-marking slide-marking-top">{marking}</div> : null}
      <header className="slide-head">
        <h2 className="slide-title" data-testid="slide-title">
          {title}
        </h2>
      </header>
      <div className="slide-body">
        <FitToSlide enabled={fit}>
          {notes.map((note) => (
            <NoteText key={note.key} name={note.name} text={annotations[note.key]!} />
          ))}
          {dataset ? (
            <AppStoreProvider store={store} readOnly>
              <ViewErrorBoundary viewName={slide.view} locale={locale} resetKey={`${slide.id}|${slide.datasetId}`}>
                <Suspense fallback={<p className="loading">{t('app.loadingDataset')}</p>}>
                  <View />
                </Suspense>
              </ViewErrorBoundary>
            </AppStoreProvider>
          ) : (
            <p className="empty-state" role="alert">
              {t('briefing.datasetMissing', { id: slide.datasetId })}
            </p>
          )}
        </FitToSlide>
      </div>
      <SlideFooter dataset={dataset} parameters={slide.parameters} focus={focus} number={number} total={total} />
      {marking ? <div className="slide-marking slide-marking-bottom">{marking}</div> : null}
    </article>
  );
}
