/**
 * The footer of every slide: sources of what is shown, the as-of year, the method parameters
 * that differ from the defaults, and the slide number.
 */
import { changedParameters, slideSources, type FocusTargets } from '../../briefing/footer';
import type { Dataset } from '../../model/dataset';
import type { Parameters } from '../../model/parameters';
import { computeAnalysis } from '../../store/selectors';
import { useT } from '../i18n-hooks';

interface Props {
  dataset: Dataset | null;
  parameters: Parameters;
  focus: FocusTargets;
  /** 1-based slide number. */
  number: number;
  total: number;
}

export function SlideFooter({ dataset, parameters, focus, number, total }: Props) {
  const t = useT();
  const analysis = computeAnalysis(dataset, parameters);
  const sources = dataset ? slideSources(dataset, focus) : { names: [], more: 0 };
  const changed = changedParameters(parameters);
  const year = analysis.status === 'ok' ? analysis.result.year : null;
  return (
    <footer className="slide-footer">
      <span className="slide-footer-item">
        <strong>{t('slide.sources')}:</strong>{' '}
        {sources.names.length > 0 ? sources.names.join('; ') : t('slide.noSources')}
        {sources.more > 0 ? ` ${t('slide.sourcesMore', { count: sources.more })}` : ''}
      </span>
      {year !== null ? (
        <span className="slide-footer-item">{parameters.year === null ? t('slide.asOfLatest', { year }) : t('slide.asOf', { year })}</span>
      ) : null}
      <span className="slide-footer-item">
        {changed.length > 0 ? (
          <>
            <strong>{t('slide.parameters')}:</strong> {changed.map((item) => `${item.symbol} = ${item.value}`).join(' · ')}
          </>
        ) : (
          t('slide.defaults')
        )}
      </span>
      <span className="slide-number" data-testid="slide-number">
        {t('slide.number', { n: number, total })}
      </span>
    </footer>
  );
}
