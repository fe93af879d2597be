/** 日本語 / English switch; the choice is remembered. */
import { LOCALES } from '../../i18n/locale';
import { setLocale } from '../../store/actions/selection';
import { useLocale, useT } from '../i18n-hooks';

export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="segmented" role="group" aria-label={t('lang.label')}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          onClick={() => setLocale(option)}
        >
          {t(option === 'ja' ? 'lang.ja' : 'lang.en')}
        </button>
      ))}
    </div>
  );
}
