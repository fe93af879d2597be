/**
 * A numeric assumption: slider and exact input side by side, the default shown, a mark and a
 * reset button when the value differs from the default.
 */
import { useId, useState } from 'react';
import { formatNumber } from '../../i18n/format';
import { useLocale, useT } from '../i18n-hooks';

interface Props {
  /** Visible label (also the accessible name of both inputs). */
  label: string;
  /** Current value. */
  value: number;
  /** Default value (reset target). */
  defaultValue: number;
  min: number;
  max: number;
  step: number;
  /** Called with a finite number within [min, max]. */
  onChange: (value: number) => void;
  /** Called by the reset button; defaults to onChange(defaultValue). */
  onReset?: () => void;
  /** Hide the slider (e.g. for a seed). */
  noSlider?: boolean;
}

export function NumberField({ label, value, defaultValue, min, max, step, onChange, onReset, noSlider }: Props) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  // The text box keeps what the user types (even "0." or "") until it parses.
  const [draft, setDraft] = useState(String(value));
  // When the value changes from outside (reset, URL, another control) the draft follows it;
  // adjusting state during render avoids an extra effect pass.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    setDraft(String(value));
  }
  const changed = value !== defaultValue;
  const commit = (text: string) => {
    setDraft(text);
    const number = Number(text);
    if (text.trim() !== '' && Number.isFinite(number) && number >= min && number <= max) onChange(number);
  };
  return (
    <div className={changed ? 'number-field changed' : 'number-field'}>
      <label htmlFor={`${id}-input`} className="number-field-label">
        {label}
        {changed ? <span className="badge badge-changed">{t('params.changed')}</span> : null}
      </label>
      <div className="number-field-controls">
        {noSlider ? null : (
          <input
            type="range"
            aria-label={label}
            min={min}
            max={max}
            step={step}
            value={value}
            onChange={(event) => commit(event.target.value)}
          />
        )}
        <input
          id={`${id}-input`}
          type="number"
          min={min}
          max={max}
          step={step}
          value={draft}
          aria-invalid={draft.trim() === '' || Number(draft) < min || Number(draft) > max ? true : undefined}
          onChange={(event) => commit(event.target.value)}
          onBlur={() => setDraft(String(value))}
        />
        <span className="number-field-default">{t('params.default', { value: formatNumber(defaultValue, locale, 4) })}</span>
        {changed ? (
          <button type="button" className="button-quiet" onClick={onReset ?? (() => onChange(defaultValue))} aria-label={`${t('params.resetOne')}: ${label}`}>
            {t('params.resetOne')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
