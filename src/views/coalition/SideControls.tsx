/**
 * Choosing the side: a preset (Japan–US, Quad, AUKUS + Japan, GCAP — members the data lack are
 * named and left out) or any set of countries. Both write `parameters.side` (setParameters).
 */
import { COALITION_PRESETS, resolvePreset } from '../../engine';
import { useLocale, useT } from '../../app/i18n-hooks';
import { localName } from '../../i18n/names';
import type { CountryCode, Dataset } from '../../model/dataset';
import { setParameters } from '../../store/actions/parameters';
import { sameMembers } from './coalition-series';

interface Props {
  dataset: Dataset;
  /** Current side members. */
  side: CountryCode[];
  /** Members of the rivals under assessment (cannot join the side). */
  rivalMembers: CountryCode[];
}

export function SideControls({ dataset, side, rivalMembers }: Props) {
  const t = useT();
  const locale = useLocale();
  const toggle = (code: CountryCode) => setParameters({ side: side.includes(code) ? side.filter((other) => other !== code) : [...side, code] });
  return (
    <section className="card coalition-side" aria-labelledby="coalition-side-title">
      <h3 id="coalition-side-title">{t('coalition.side')}</h3>
      <div className="coalition-presets" role="group" aria-label={t('coalition.presets')}>
        {COALITION_PRESETS.map((preset) => {
          const { members, absent } = resolvePreset(dataset, preset);
          const usable = members.filter((code) => !rivalMembers.includes(code));
          const name = locale === 'ja' ? preset.labelJa : preset.labelEn;
          const active = usable.length > 0 && sameMembers(usable, side);
          return (
            <button
              key={preset.id}
              type="button"
              className={active ? 'coalition-preset button-primary' : 'coalition-preset'}
              aria-pressed={active}
              disabled={usable.length === 0}
              title={t('coalition.preset.apply', { name, members: usable.join('+') })}
              onClick={() => setParameters({ side: usable })}
            >
              <span className="coalition-preset-name">{name}</span>{' '}
              <span className="coalition-preset-members">{usable.join(' + ')}</span>{' '}
              {absent.length > 0 ? <span className="coalition-preset-absent">{t('coalition.preset.absent', { codes: absent.join(', ') })}</span> : null}
            </button>
          );
        })}
      </div>
      <fieldset className="coalition-countries">
        <legend>{t('coalition.sideCountries')}</legend>
        {dataset.countries
          .filter((country) => !rivalMembers.includes(country.code))
          .map((country) => {
            const checked = side.includes(country.code);
            return (
              <label key={country.code} className="picker-option">
                <input type="checkbox" checked={checked} disabled={checked && side.length === 1} onChange={() => toggle(country.code)} />
                <span className="code">{country.code}</span> {localName(country, locale, country.code)}
              </label>
            );
          })}
        <span className="help">{t('coalition.sideHelp')}</span>
      </fieldset>
    </section>
  );
}
