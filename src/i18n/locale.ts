/** The two languages of the UI. */
export type Locale = 'ja' | 'en';

/** Every supported locale. */
export const LOCALES: readonly Locale[] = ['ja', 'en'];

/** Replace `{name}` placeholders with values; unknown placeholders stay visible on purpose. */
export function interpolate(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
