/** The overview's one-line headline per rival, e.g. "Japan–US vs China, as of 2024: 2 durable …". */
import type { Translate } from '../../i18n';
import type { OverviewRival, OverviewSeries } from './overview-series';

/** The summary sentence of one rival's column. */
export function summarySentence(series: OverviewSeries, rival: OverviewRival, t: Translate): string {
  const sentence = t('overview.summary', {
    side: series.sideName,
    rival: rival.name,
    year: rival.years?.max ?? series.year,
    ...rival.counts,
  });
  return rival.missing.length > 0 ? sentence + t('overview.summaryMissing', { count: rival.missing.length }) : sentence;
}
