/** React access to the UI language. */
import { useMemo } from 'react';
import { translator, type Translate } from '../i18n';
import type { Locale } from '../i18n/locale';
import { useAppStore } from '../store/store';

/** The current UI language. */
export function useLocale(): Locale {
  return useAppStore((state) => state.locale);
}

/** A translator for the current UI language. */
export function useT(): Translate {
  const locale = useLocale();
  return useMemo(() => translator(locale), [locale]);
}
