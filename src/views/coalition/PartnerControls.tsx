/** Choosing the partner candidates of the grid (setPartners; empty = every partner-role country). */
import { useLocale, useT } from '../../app/i18n-hooks';
import { localName } from '../../i18n/names';
import type { Country, CountryCode } from '../../model/dataset';
import { setPartners } from '../../store/actions/selection';

interface Props {
  /** Countries that may be candidates (not on the side, not rivals). */
  countries: Country[];
  /** Candidates shown as chosen. */
  chosen: CountryCode[];
  /** True when the store holds an explicit list (a reset is possible). */
  custom: boolean;
}

export function PartnerControls({ countries, chosen, custom }: Props) {
  const t = useT();
  const locale = useLocale();
  const toggle = (code: CountryCode) => setPartners(chosen.includes(code) ? chosen.filter((other) => other !== code) : [...chosen, code]);
  return (
    <fieldset className="card coalition-partners">
      <legend>{t('coalition.partners')}</legend>
      <div className="coalition-partner-list">
        {countries.map((country) => {
          const checked = chosen.includes(country.code);
          return (
            <label key={country.code} className="picker-option">
              <input type="checkbox" checked={checked} disabled={checked && chosen.length === 1} onChange={() => toggle(country.code)} />
              <span className="code">{country.code}</span> {localName(country, locale, country.code)}
            </label>
          );
        })}
      </div>
      <p className="help">
        {t('coalition.partnersHelp')}{' '}
        {custom ? (
          <button type="button" className="button-quiet" onClick={() => setPartners([])}>
            {t('coalition.partnersReset')}
          </button>
        ) : null}
      </p>
    </fieldset>
  );
}
