/**
 * The line between the presenting window and the presenter window (same origin, same browser:
 * a BroadcastChannel; nothing leaves the machine). The presenting window announces which slide
 * is up; the presenter window asks for that on opening and can move the deck.
 */
import type { DeckCommand } from '../../briefing/navigation';

/** Channel name (one per app origin). */
export const PRESENTATION_CHANNEL = 'net-assessment:presentation';

/** Messages on the channel. */
export type PresentationMessage =
  | { type: 'state'; open: boolean; index: number }
  | { type: 'hello' }
  /** Titles as the room sees them (the presenter window has no datasets to name technologies). */
  | { type: 'titles'; titles: string[] }
  | { type: 'command'; command: Exclude<DeckCommand, 'exit'> };

function isMessage(value: unknown): value is PresentationMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  if (message.type === 'hello') return true;
  if (message.type === 'titles') return Array.isArray(message.titles) && message.titles.every((title) => typeof title === 'string');
  if (message.type === 'state') return typeof message.open === 'boolean' && typeof message.index === 'number';
  return message.type === 'command' && ['next', 'previous', 'first', 'last'].includes(message.command as string);
}

/** An open channel. */
export interface PresentationChannel {
  post(message: PresentationMessage): void;
  close(): void;
}

/** Open the channel; null where BroadcastChannel is missing (the presenter window then only shows the deck). */
export function openPresentationChannel(onMessage: (message: PresentationMessage) => void): PresentationChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(PRESENTATION_CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if (isMessage(event.data)) onMessage(event.data);
  };
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}

/** Hash route of the presenter window. */
export const PRESENTER_ROUTE = '#/presenter';

/** True when this window is the presenter window. */
export function isPresenterRoute(hash: string): boolean {
  return hash === PRESENTER_ROUTE || hash.startsWith(`${PRESENTER_ROUTE}?`);
}

/** Open the presenter window (the app's own page); false when the browser blocked it. */
export function openPresenterWindow(win: Window): boolean {
  const url = `${win.location.pathname}${win.location.search}${PRESENTER_ROUTE}`;
  const opened = win.open(url, 'net-assessment-presenter', 'popup,width=1100,height=720');
  return opened !== null;
}
