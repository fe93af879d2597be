/**
 * The presenter window (`#/presenter`, opened by the Briefing view): the slide that is up, its
 * speaker notes in large type, the next slide's title and a clock. It reads the deck from the
 * browser's storage (updated on every change) and follows the presenting window over a
 * BroadcastChannel; its buttons move the deck there.
 */
import { useEffect, useRef, useState } from 'react';
import { readSettings } from '../../store/persistence/settings';
import { appStore, useAppStore } from '../../store/store';
import type { Slide } from '../../store/types';
import { commandForKey } from '../../briefing/navigation';
import { useT } from '../i18n-hooks';
import { openPresentationChannel, type PresentationChannel } from './channel';
import { useSlideTitle } from './useSlideTitle';
import './presenter.css';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Load deck, language and datasets' absence from storage into this window's store. */
function loadFromStorage(): void {
  const settings = readSettings(storage());
  appStore.setState({
    ...(settings.locale ? { locale: settings.locale } : {}),
    deck: settings.deck ?? [],
    briefing: settings.briefing ?? appStore.getState().briefing,
  });
}

function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** The title the room sees (sent by the presenting window), else what this window can tell. */
function SlideHeading({ slide, sent }: { slide: Slide; sent: string | undefined }) {
  const own = useSlideTitle(slide);
  return <>{sent ?? own}</>;
}

export function PresenterWindow() {
  const t = useT();
  const deck = useAppStore((state) => state.deck);
  const [live, setLive] = useState<{ open: boolean; index: number }>({ open: false, index: 0 });
  const [titles, setTitles] = useState<string[]>([]);
  const channel = useRef<PresentationChannel | null>(null);
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    loadFromStorage();
    const onStorage = () => loadFromStorage();
    window.addEventListener('storage', onStorage);
    const opened = openPresentationChannel((message) => {
      if (message.type === 'state') setLive({ open: message.open, index: message.index });
      else if (message.type === 'titles') setTitles(message.titles);
    });
    channel.current = opened;
    opened?.post({ type: 'hello' });
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.clearInterval(timer);
      opened?.close();
    };
  }, []);

  useEffect(() => {
    document.title = t('presenter.title');
    document.documentElement.lang = appStore.getState().locale;
  }, [t]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event.key, event.shiftKey);
      if (!command || command === 'exit') return;
      event.preventDefault();
      channel.current?.post({ type: 'command', command });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const slide = deck[live.index];
  const next = deck[live.index + 1];
  return (
    <main className="presenter" aria-label={t('presenter.title')}>
      <header className="presenter-head">
        <h1>{t('presenter.title')}</h1>
        <span className="presenter-clock">{t('presenter.elapsed', { time: formatElapsed(now - started) })}</span>
      </header>
      {!live.open || !slide ? (
        <p className="presenter-waiting">{t('presenter.waiting')}</p>
      ) : (
        <>
          <section className="presenter-current" aria-label={t('presenter.current')}>
            <p className="presenter-number" data-testid="presenter-number">
              {t('slide.number', { n: live.index + 1, total: deck.length })}
            </p>
            <h2 data-testid="presenter-title">
              <SlideHeading slide={slide} sent={titles[live.index]} />
            </h2>
            <div className="presenter-notes" data-testid="presenter-notes">
              {slide.notes.trim() ? slide.notes : <em>{t('presenter.noNotes')}</em>}
            </div>
          </section>
          <section className="presenter-next" aria-label={t('presenter.next')}>
            <h3>{t('presenter.next')}</h3>
            <p>{next ? <SlideHeading slide={next} sent={titles[live.index + 1]} /> : t('presenter.end')}</p>
          </section>
        </>
      )}
      <nav className="presenter-buttons">
        <button type="button" onClick={() => channel.current?.post({ type: 'command', command: 'previous' })} disabled={!live.open}>
          ← {t('presenter.previous')}
        </button>
        <button type="button" className="button-primary" onClick={() => channel.current?.post({ type: 'command', command: 'next' })} disabled={!live.open}>
          {t('presenter.forward')} →
        </button>
      </nav>
    </main>
  );
}
