/**
 * Text about one composite A shared by the comparison views: what T means for it (how long a
 * lead lasts, or how long until a lag closes), the flags, and the tooltip lines with
 * provenance (year, indicators used, sources, weakest confidence).
 */
import type { Dataset } from '../../model/dataset';
import type { TechnologyAssessment } from '../../model/results';
import type { Translate } from '../../i18n';
import type { Locale } from '../../i18n/locale';
import { formatAsymmetry, formatPercent, formatYears } from '../../i18n/format';
import { sourceTitle } from '../../charts/provenance';
import type { TooltipContent } from '../../charts/heatmap/tooltip';
import type { CompositeFacts } from './composite-facts';

/** Context for the texts. */
export interface CompositeTextContext {
  /** Translator. */
  t: Translate;
  /** UI language. */
  locale: Locale;
  /** Dataset (source titles). */
  dataset: Dataset;
  /** Horizon H of the analysis. */
  horizon: number;
  /** Projection cap Hmax of the analysis. */
  maxYears: number;
}

/** "years the lead lasts" / "years to catch up" / "at parity", by the sign of A. */
export function parityMeaning(asymmetry: number | null, t: Translate): string {
  if (asymmetry === null || asymmetry === 0) return t('overview.tParity');
  return t(asymmetry > 0 ? 'overview.tLead' : 'overview.tLag');
}

/** Flags of a composite in words (low coverage, stale values). */
export function compositeFlags(assessment: TechnologyAssessment, facts: CompositeFacts, t: Translate): string[] {
  const flags: string[] = [];
  if (assessment.lowCoverage) flags.push(t('overview.flag.lowCoverage'));
  if (facts.stale) flags.push(t('overview.flag.stale'));
  return flags;
}

/** Tooltip of a composite: `title`, then A, T, class, coverage, year, indicators, momentum, provenance. */
export function compositeTooltip(
  title: string,
  assessment: TechnologyAssessment,
  facts: CompositeFacts,
  context: CompositeTextContext,
): TooltipContent {
  const { t, locale, dataset, horizon, maxYears } = context;
  if (assessment.asymmetry === null) {
    return { title, lines: [t('overview.tip.noData', { year: assessment.year }), t('overview.tip.year', { year: assessment.year })] };
  }
  const coverage = formatPercent(assessment.coverage, locale);
  const lines = [
    t('overview.tip.a', { value: formatAsymmetry(assessment.asymmetry, locale) }),
    t('overview.tip.t', { value: formatYears(assessment.yearsToParity, locale, maxYears), meaning: parityMeaning(assessment.asymmetry, t) }),
    t('overview.tip.class', { h: horizon, class: assessment.advantageClass ? t(`class.${assessment.advantageClass}`) : t('class.undefined') }),
    t(assessment.lowCoverage ? 'overview.tip.lowCoverage' : 'overview.tip.coverage', { value: coverage }),
    t('overview.tip.year', { year: assessment.year }),
    t('overview.tip.indicators', { count: facts.used }),
    t('overview.tip.momentum', { value: formatAsymmetry(assessment.momentum, locale, 3) }),
  ];
  if (facts.stale) lines.push(t('overview.tip.stale'));
  if (facts.sources.length > 0) {
    lines.push(`${t('provenance.source')}: ${facts.sources.map((source) => sourceTitle(dataset, source)).join('; ')}`);
  }
  if (facts.confidence) lines.push(`${t('provenance.confidence')}: ${t(`data.confidence.${facts.confidence}`)}`);
  return { title, lines };
}

/** Coverage as a percentage with its low-coverage mark, for tables. */
export function coverageText(assessment: TechnologyAssessment, locale: Locale): string {
  const text = formatPercent(assessment.coverage, locale);
  return assessment.lowCoverage ? `${text} ⚠` : text;
}
