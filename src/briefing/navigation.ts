/**
 * Moving through a deck in presentation mode. Keys are those a presentation clicker sends
 * (most send PageUp/PageDown, some arrows) plus the usual keyboard ones. Enter is left alone:
 * it must still press a focused button (such as "Leave presentation").
 */

/** What a key asks for. */
export type DeckCommand = 'next' | 'previous' | 'first' | 'last' | 'exit';

const COMMANDS: Record<string, DeckCommand> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Spacebar: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
  Esc: 'exit',
};

/** The command of a key (`KeyboardEvent.key`), or null; Shift+Space goes back. */
export function commandForKey(key: string, shiftKey = false): DeckCommand | null {
  if (key === ' ' && shiftKey) return 'previous';
  return COMMANDS[key] ?? null;
}

/** The slide index after a move command, clamped to the deck (an empty deck stays at 0). */
export function indexAfter(command: Exclude<DeckCommand, 'exit'>, index: number, count: number): number {
  if (count <= 0) return 0;
  const last = count - 1;
  switch (command) {
    case 'next':
      return Math.min(last, index + 1);
    case 'previous':
      return Math.max(0, Math.min(last, index - 1));
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}

/** Keep an index inside a deck that may have shrunk. */
export function clampIndex(index: number, count: number): number {
  return count <= 0 ? 0 : Math.max(0, Math.min(count - 1, Math.trunc(index)));
}
