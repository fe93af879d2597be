/**
 * Presentation mode: one slide at a time, filling the screen (full screen where the browser
 * grants it, otherwise a full-viewport overlay), driven by the keys clickers send. Esc leaves.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { commandForKey } from '../../briefing/navigation';
import { fitScale } from '../../briefing/slide-size';
import { useAppStore } from '../../store/store';
import { useLocale, useT } from '../i18n-hooks';
import { openPresentationChannel } from './channel';
import { slideTitle } from './useSlideTitle';
import { applyDeckCommand, stopPresentation, usePresentation } from './presentation-store';
import { ScaledSlide } from './ScaledSlide';
import './presentation.css';

function useViewportScale(): number {
  const [scale, setScale] = useState(() => fitScale(window.innerWidth, window.innerHeight));
  useEffect(() => {
    const update = () => setScale(fitScale(window.innerWidth, window.innerHeight));
    window.addEventListener('resize', update);
    update();
    return () => window.removeEventListener('resize', update);
  }, []);
  return scale;
}

export function PresentationOverlay() {
  const t = useT();
  const deck = useAppStore((state) => state.deck);
  const theme = useAppStore((state) => state.briefing.theme);
  const index = usePresentation((state) => state.index);
  const scale = useViewportScale();
  const ref = useRef<HTMLDivElement>(null);
  const locale = useLocale();
  const datasets = useAppStore((state) => state.datasets);
  const titles = useMemo(
    () => deck.map((item) => slideTitle(item, datasets[item.datasetId]?.dataset ?? null, locale, t)),
    [deck, datasets, locale, t],
  );

  // The presenter window shows the titles the room sees: send them now and whenever it opens.
  useEffect(() => {
    const channel = openPresentationChannel((message) => {
      if (message.type === 'hello') channel?.post({ type: 'titles', titles });
    });
    channel?.post({ type: 'titles', titles });
    return () => channel?.close();
  }, [titles]);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const command = commandForKey(event.key, event.shiftKey);
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      applyDeckCommand(command);
    };
    // The browser leaves full screen on Esc without telling the page about the key: leaving
    // full screen leaves the presentation too.
    let wasFullscreen = Boolean(document.fullscreenElement);
    const onFullscreen = () => {
      if (document.fullscreenElement) wasFullscreen = true;
      else if (wasFullscreen) stopPresentation();
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
      previous?.focus();
    };
  }, []);

  const slide = deck[index];
  return (
    <div
      ref={ref}
      className={`presentation presentation-${theme}`}
      role="dialog"
      aria-modal="true"
      aria-label={t('presentation.label')}
      tabIndex={-1}
      data-testid="presentation"
    >
      {slide ? (
        <ScaledSlide key={slide.id} slide={slide} number={index + 1} total={deck.length} scale={scale} className="presentation-slide" fit={false} />
      ) : (
        <p className="presentation-empty">{t('presentation.empty')}</p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {slide ? t('slide.number', { n: index + 1, total: deck.length }) : ''}
      </p>
      <div className="presentation-controls">
        <span className="presentation-help">{t('presentation.help')}</span>
        <button type="button" onClick={stopPresentation}>
          {t('presentation.exit')}
        </button>
      </div>
    </div>
  );
}
