/** Presentation settings: classification marking (free text or a common one) and projector theme. */
import { useId } from 'react';
import { useT } from '../../app/i18n-hooks';
import { setMarking, setPresentationTheme } from '../../store/actions/briefing';
import { useAppStore } from '../../store/store';
import type { PresentationTheme } from '../../store/types';

/** Markings offered with one click (Japanese and US handling caveats); any text may be typed. */
const MARKING_PRESETS = ['取扱注意', '部内限り', 'FOR OFFICIAL USE ONLY', 'CONTROLLED UNCLASSIFIED INFORMATION'];
const THEMES: PresentationTheme[] = ['light', 'dark'];

export function BriefingSettingsPanel() {
  const t = useT();
  const { marking, theme } = useAppStore((state) => state.briefing);
  const markingId = useId();
  return (
    <section className="card briefing-settings" aria-labelledby={`${markingId}-title`}>
      <h3 id={`${markingId}-title`}>{t('briefing.settings')}</h3>
      <div className="briefing-settings-grid">
        <div>
          <label htmlFor={markingId}>{t('briefing.marking')}</label>
          <input id={markingId} type="text" value={marking} maxLength={200} onChange={(event) => setMarking(event.target.value)} />
          <div className="briefing-presets" role="group" aria-label={t('briefing.markingPresets')}>
            <button type="button" className="button-quiet" aria-pressed={marking === ''} onClick={() => setMarking('')}>
              {t('briefing.markingNone')}
            </button>
            {MARKING_PRESETS.map((preset) => (
              <button key={preset} type="button" className="button-quiet" aria-pressed={marking === preset} onClick={() => setMarking(preset)}>
                {preset}
              </button>
            ))}
          </div>
        </div>
        <fieldset className="briefing-theme">
          <legend>{t('briefing.theme')}</legend>
          {THEMES.map((item) => (
            <label key={item}>
              <input type="radio" name={`${markingId}-theme`} checked={theme === item} onChange={() => setPresentationTheme(item)} />{' '}
              {t(`briefing.theme.${item}`)}
            </label>
          ))}
        </fieldset>
      </div>
    </section>
  );
}
