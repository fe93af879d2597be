/**
 * The rival in focus, for the single-rival comparison views (matrix, runway): the block of the
 * focus rival (first rival when none is chosen or the chosen one is no longer assessed), and a
 * select wired to setFocusRival.
 */
import { useId } from 'react';
import type { Dataset } from '../../model/dataset';
import type { AnalysisResult, RivalAssessment } from '../../model/results';
import { setFocusRival } from '../../store/actions/selection';
import { useAppStore } from '../../store/store';
import { useLocale, useT } from '../../app/i18n-hooks';
import { actorName } from './actor-name';

/** The assessment block of `focus`, else the first block, else null. */
export function focusBlock(result: AnalysisResult, focus: string | null): RivalAssessment | null {
  return result.rivals.find((block) => block.rival.label === focus) ?? result.rivals[0] ?? null;
}

/** React: the block of the focus rival. */
export function useFocusBlock(result: AnalysisResult | null): RivalAssessment | null {
  const focus = useAppStore((state) => state.focusRival);
  return result ? focusBlock(result, focus) : null;
}

/** A select of the rivals of `result`; changing it sets the focus rival. */
export function RivalSelect({ result, dataset, value }: { result: AnalysisResult; dataset: Dataset; value: string }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  return (
    <span className="inline-control rival-select">
      <label htmlFor={id} className="control-label">
        {t('overview.rivalSelect')}
      </label>
      <select id={id} value={value} onChange={(event) => setFocusRival(event.target.value)}>
        {result.rivals.map((block) => (
          <option key={block.rival.label} value={block.rival.label}>
            {actorName(block.rival.members, dataset, locale)}
          </option>
        ))}
      </select>
    </span>
  );
}
