/** The cells of the comparison table: a side member's own value, and a rival's comparison. */
import { useLocale, useT } from '../../app/i18n-hooks';
import type { Dataset, Indicator } from '../../model/dataset';
import type { ActorValue } from '../../model/results';
import { cellTint, cellTooltip, comparisonText, footnoteMark, valueText } from './cell-text';
import type { MemberCell, RivalCell } from './build-table';

/** Symbols of the legend. */
export const STALE_MARK = '†';
export const LOW_CONFIDENCE_MARK = '△';

interface MarksProps {
  value: ActorValue;
  stale: boolean;
  lowConfidence: boolean;
  footnotes: number[];
}

/** Stale year, low-confidence mark and footnote references after a value. */
function Marks({ value, stale, lowConfidence, footnotes }: MarksProps) {
  const t = useT();
  const staleYears = stale ? [...new Set(value.stale.map((country) => value.years[country]))].filter((year) => year !== undefined) : [];
  return (
    <>
      {staleYears.length > 0 ? (
        <span className="compare-stale">
          {' '}
          {staleYears.join(', ')}
          <span aria-hidden="true">{STALE_MARK}</span>
          <span className="visually-hidden"> ({t('table.legend.staleShort')})</span>
        </span>
      ) : null}
      {lowConfidence ? (
        <span className="compare-lowconf">
          {' '}
          <span aria-hidden="true">{LOW_CONFIDENCE_MARK}</span>
          <span className="visually-hidden">({t('table.legend.lowConfidenceShort')})</span>
        </span>
      ) : null}
      {footnotes.length > 0 ? (
        <sup className="compare-notes">
          <span className="visually-hidden">{t('table.sourceRef')} </span>
          {footnotes.map(footnoteMark).join('')}
        </sup>
      ) : null}
    </>
  );
}

interface MemberProps {
  cell: MemberCell;
  indicator: Indicator;
  dataset: Dataset;
  heading: string;
}

/** A side member's own value (no colour: the comparison is the side's, not the member's). */
export function MemberValueCell({ cell, indicator, dataset, heading }: MemberProps) {
  const t = useT();
  const locale = useLocale();
  const text = cell.status === 'missing' ? '–' : valueText(cell.value, indicator, locale);
  return (
    <td
      className={`compare-cell compare-member${indicator.kind === 'text' ? ' compare-text' : ''}`}
      title={cellTooltip(cell.value, { dataset, indicator, locale, t, heading })}
    >
      <span className="compare-value">{text}</span>
      {cell.status === 'missing' ? <span className="visually-hidden">{t('common.missing')}</span> : null}
      <Marks value={cell.value} stale={cell.status === 'stale'} lowConfidence={cell.value.confidence === 'C'} footnotes={cell.footnotes} />
    </td>
  );
}

interface RivalProps {
  cell: RivalCell;
  indicator: Indicator;
  dataset: Dataset;
  heading: string;
  sideLabel: string;
}

/** A rival's value, tinted by a_i of side vs this rival, with the raw ratio. */
export function RivalValueCell({ cell, indicator, dataset, heading, sideLabel }: RivalProps) {
  const t = useT();
  const locale = useLocale();
  const detail = cell.detail;
  if (!detail) return <td className="compare-cell">–</td>;
  const tint = cellTint(detail.asymmetry);
  const missing = detail.rival.present.length === 0;
  const comparison = comparisonText(detail, locale);
  return (
    <td
      className={`compare-cell compare-rival${indicator.kind === 'text' ? ' compare-text' : ''}`}
      style={tint ? { backgroundColor: tint } : undefined}
      title={cellTooltip(detail.rival, { dataset, indicator, locale, t, heading }, detail, sideLabel)}
    >
      <span className="compare-value">{missing ? '–' : valueText(detail.rival, indicator, locale)}</span>
      {missing ? <span className="visually-hidden">{t('common.missing')}</span> : null}
      <Marks value={detail.rival} stale={cell.stale} lowConfidence={cell.lowConfidence} footnotes={cell.footnotes} />
      {comparison ? (
        <span className="compare-ratio">
          {comparison}
          {detail.excluded === 'zero-weight' ? ` · ${t('table.notScored')}` : ''}
        </span>
      ) : null}
      {detail.excluded === 'missing-side' && !missing ? <span className="compare-ratio">{t('table.excluded.missing-side')}</span> : null}
    </td>
  );
}
