/** What the text builders of the focus-rival views (ranking, quadrant, runway) need. */
import type { Translate } from '../../i18n';
import type { Locale } from '../../i18n/locale';

/** Context of the texts. */
export interface FocusTextContext {
  /** Translator. */
  t: Translate;
  /** UI language. */
  locale: Locale;
  /** Horizon H. */
  horizon: number;
  /** Projection cap Hmax. */
  maxYears: number;
}
