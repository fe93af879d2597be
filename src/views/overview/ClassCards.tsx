/**
 * One rival's column of headline cards: the technologies of each class as chips showing A, T
 * and flags. A chip opens the technology against this rival in the comparison table.
 */
import { memo, useRef } from 'react';
import type { Dataset } from '../../model/dataset';
import { formatAsymmetry, formatYears } from '../../i18n/format';
import { useLocale, useT } from '../../app/i18n-hooks';
import type { OverviewChip, OverviewRival } from './overview-series';
import { compositeFlags, compositeTooltip, parityMeaning, type CompositeTextContext } from './composite-text';
import { openInTable } from './open-in-table';
import { useNearViewport } from './use-near-viewport';

interface Props {
  /** The rival's column. */
  column: OverviewRival;
  /** Side name. */
  sideName: string;
  /** Parameters the texts need. */
  horizon: number;
  maxYears: number;
  parityBand: number;
  dataset: Dataset;
  /**
   * Render the chips only while the card is on screen or near it (big datasets: 18 rivals ×
   * 64 technologies are ~1,000 chips, most of them far below the fold). Off screen the card
   * keeps its heading and its last height, so the page does not jump.
   */
  windowed?: boolean;
}

/** Height of a card not yet rendered: its chips stacked, plus the heading and class titles. */
function estimatedHeight(column: OverviewRival): number {
  const chips = column.classes.reduce((sum, group) => sum + group.chips.length, 0);
  return 160 + column.classes.length * 40 + chips * 34;
}

function Chip({ chip, rival, context }: { chip: OverviewChip; rival: OverviewRival; context: CompositeTextContext }) {
  const { t, locale, maxYears } = context;
  const { assessment, facts } = chip;
  const a = formatAsymmetry(assessment.asymmetry, locale);
  const years = formatYears(assessment.yearsToParity, locale, maxYears);
  const flags = compositeFlags(assessment, facts, t);
  const tooltip = compositeTooltip(`${chip.name} · ${rival.name}`, assessment, facts, context);
  return (
    <li>
      <button
        type="button"
        className={`overview-chip overview-chip-${chip.advantageClass}`}
        title={[tooltip.title, ...tooltip.lines].join('\n')}
        aria-label={t('overview.chip.aria', {
          technology: chip.name,
          a,
          meaning: parityMeaning(assessment.asymmetry, t),
          t: years,
          flags: flags.length > 0 ? ` ${flags.join(' ')}` : '',
        })}
        onClick={() => openInTable(chip.technology, rival.rival)}
      >
        {/* The spaces between the (flex) parts keep the words apart in the chip's text, which
            must read as the start of its accessible name. */}
        <span className="overview-chip-name">{chip.name}</span>{' '}
        <span className="overview-chip-numbers">
          <span className="overview-chip-a">{t('overview.chip.a', { value: a })}</span>{' '}
          <span className="overview-chip-t">{t('overview.chip.t', { value: years })}</span>
        </span>
        {flags.length > 0 ? (
          <>
            {' '}
            <span className="overview-chip-flags">
              {flags.map((flag, index) => (
                <span key={flag} className="badge badge-warning">
                  {index > 0 ? ' ' : ''}
                  {flag}
                </span>
              ))}
            </span>
          </>
        ) : null}
      </button>
    </li>
  );
}

export const ClassCards = memo(function ClassCards({ column, sideName, horizon, maxYears, parityBand, dataset, windowed = false }: Props) {
  const t = useT();
  const locale = useLocale();
  const section = useRef<HTMLElement>(null);
  const { near, lastHeight } = useNearViewport(section, windowed);
  const context: CompositeTextContext = { t, locale, dataset, horizon, maxYears };
  const headingId = `overview-rival-${column.rival.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  if (!near) {
    return (
      <section ref={section} className="card overview-rival" aria-labelledby={headingId} style={{ minHeight: lastHeight ?? estimatedHeight(column) }}>
        <h3 id={headingId}>{t('overview.versus', { rival: column.name })}</h3>
      </section>
    );
  }
  const defined = column.classes.some((group) => group.chips.length > 0);
  const years = column.years
    ? column.years.min === column.years.max
      ? String(column.years.max)
      : `${column.years.min}–${column.years.max}`
    : '–';
  return (
    <section ref={section} className="card overview-rival" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('overview.versus', { rival: column.name })}</h3>
      <p className="help overview-rival-years">{t('overview.assessed', { years })}</p>
      {!defined ? <p className="empty-state">{t('overview.rivalEmpty', { side: sideName, rival: column.rival })}</p> : null}
      {defined
        ? column.classes.map((group) => (
            <div key={group.advantageClass} className={`overview-class overview-class-${group.advantageClass}`}>
              <h4>
                <span className={`class-swatch class-${group.advantageClass}`} aria-hidden="true" />
                {t(`class.${group.advantageClass}`)} <span className="overview-count">({group.chips.length})</span>{' '}
                <span className="overview-class-help">{t(`overview.classHelp.${group.advantageClass}`, { h: horizon, epsilon: parityBand })}</span>
              </h4>
              {group.chips.length > 0 ? (
                <ul className="overview-chips">
                  {group.chips.map((chip) => (
                    <Chip key={chip.technology} chip={chip} rival={column} context={context} />
                  ))}
                </ul>
              ) : (
                <p className="overview-none">{t('common.none')}</p>
              )}
            </div>
          ))
        : null}
      {defined && column.missing.length > 0 ? (
        <div className="overview-missing">
          <p>{t('overview.missing', { list: column.missing.map((item) => `${item.name} (${item.year})`).join(locale === 'ja' ? '、' : ', ') })}</p>
          <p className="help">{t('overview.missingHelp', { rival: column.rival })}</p>
        </div>
      ) : null}
    </section>
  );
});
