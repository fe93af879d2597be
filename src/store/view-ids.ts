/** Every view of the app, in navigation order. */
export const VIEW_IDS = [
  'overview',
  'table',
  'matrix',
  'ranking',
  'quadrant',
  'runway',
  'trends',
  'profile',
  'coalition',
  'method',
  'data',
  'briefing',
] as const;

/** Identifier of a view (also its hash route: `#/ranking`). */
export type ViewId = (typeof VIEW_IDS)[number];

/** True when `value` names a view. */
export function isViewId(value: string): value is ViewId {
  return (VIEW_IDS as readonly string[]).includes(value);
}
