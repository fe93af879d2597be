/** The table's own choices: the technology in focus (shared) and the rivals shown (this view). */
import { useLocale, useT } from '../../app/i18n-hooks';
import { localName } from '../../i18n/names';
import type { Dataset } from '../../model/dataset';
import type { AnalysisResult } from '../../model/results';
import { setTechnology } from '../../store/actions/selection';
import { MAX_TABLE_RIVALS } from './build-table';
import { actorName } from './names';

interface Props {
  dataset: Dataset;
  result: AnalysisResult;
  technology: string;
  rivals: string[];
  onRivalsChange: (rivals: string[]) => void;
}

export function TableControls({ dataset, result, technology, rivals, onRivalsChange }: Props) {
  const t = useT();
  const locale = useLocale();
  const full = rivals.length >= MAX_TABLE_RIVALS;
  const toggle = (label: string) =>
    onRivalsChange(rivals.includes(label) ? rivals.filter((other) => other !== label) : [...rivals, label]);
  return (
    <div className="compare-controls">
      <label className="inline-control">
        <span className="control-label">{t('selection.technology')}</span>
        <select value={technology} onChange={(event) => setTechnology(event.target.value)}>
          {dataset.technologies.map((item) => (
            <option key={item.id} value={item.id}>
              {localName(item, locale, item.id)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="compare-rivals">
        <legend>{t('table.rivalsShown', { max: MAX_TABLE_RIVALS })}</legend>
        {result.rivals.map((block) => {
          const label = block.rival.label;
          const checked = rivals.includes(label);
          return (
            <label key={label} className="picker-option">
              <input type="checkbox" checked={checked} disabled={!checked && full} onChange={() => toggle(label)} />
              <span className="code">{label}</span> {actorName(dataset, block.rival.members, locale)}
            </label>
          );
        })}
        <span className="help">{t('table.rivalsHelp')}</span>
      </fieldset>
    </div>
  );
}
