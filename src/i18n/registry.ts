/**
 * The message tables known at run time. The shell's tables are registered by src/i18n/index.ts;
 * every other area's table is registered when the view that needs it loads (its module imports
 * src/i18n/register/<area>.ts), so a view's strings travel in the view's chunk instead of the
 * first visit. The set of keys is still checked at compile time (see MessageKey in index.ts).
 */
import type { Message, MessageTable } from './messages/types';

const registered = new Map<string, Message>();

/** Make the strings of `table` available to {@link lookupMessage}. Registering twice is harmless. */
export function registerMessages(table: MessageTable): void {
  for (const [key, message] of Object.entries(table)) registered.set(key, message);
}

/** The message of `key`, or undefined when its area's table has not been registered (yet). */
export function lookupMessage(key: string): Message | undefined {
  return registered.get(key);
}
