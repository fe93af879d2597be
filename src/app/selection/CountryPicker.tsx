/**
 * Pick a set of countries (the side, or the rivals) from the dataset's countries, grouped by
 * role. A disclosure (<details>) keeps it keyboard- and screen-reader-friendly without a library.
 */
import { useId } from 'react';
import type { Country, CountryRole } from '../../model/dataset';
import { localName } from '../../i18n/names';
import { useLocale, useT } from '../i18n-hooks';
import type { MessageKey } from '../../i18n';

const ROLE_ORDER: CountryRole[] = ['ally', 'partner', 'rival', 'other'];
const ROLE_LABEL: Record<CountryRole, MessageKey> = {
  ally: 'role.ally',
  partner: 'role.partner',
  rival: 'role.rival',
  other: 'role.other',
};

interface Props {
  /** Label of the control. */
  label: string;
  /** Countries to choose from. */
  countries: Country[];
  /** Selected codes. */
  selected: string[];
  /** Text shown when nothing is selected. */
  emptyText: string;
  /** Codes that may not be chosen here (e.g. side members when picking rivals). */
  disabled?: string[];
  /** Called with the new selection. */
  onChange: (codes: string[]) => void;
}

export function CountryPicker({ label, countries, selected, emptyText, disabled = [], onChange }: Props) {
  const locale = useLocale();
  const t = useT();
  const id = useId();
  const summary = selected.length > 0 ? selected.join(' + ') : emptyText;
  const toggle = (code: string) =>
    onChange(selected.includes(code) ? selected.filter((other) => other !== code) : [...selected, code]);
  return (
    <details className="picker">
      {/* Named by its visible text ("Side: JPN + USA"), so speech input can say what it sees. */}
      <summary>
        <span className="control-label">
          {label}
          <span className="visually-hidden">: </span>
        </span>
        <span className="picker-value">{summary}</span>
      </summary>
      <div className="picker-panel" role="group" aria-labelledby={`${id}-legend`}>
        <span id={`${id}-legend`} className="visually-hidden">
          {label}
        </span>
        {ROLE_ORDER.map((role) => {
          const group = countries.filter((country) => country.role === role);
          if (group.length === 0) return null;
          return (
            <fieldset key={role} className="picker-group">
              <legend>{t(ROLE_LABEL[role])}</legend>
              {group.map((country) => (
                <label key={country.code} className="picker-option">
                  <input
                    type="checkbox"
                    checked={selected.includes(country.code)}
                    disabled={disabled.includes(country.code)}
                    onChange={() => toggle(country.code)}
                  />
                  <span className="code">{country.code}</span> {localName(country, locale, country.code)}
                </label>
              ))}
            </fieldset>
          );
        })}
      </div>
    </details>
  );
}
