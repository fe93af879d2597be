/**
 * The table itself: side members | comparison axis | rivals, one row per indicator grouped by
 * pillar, and the composite per rival at the bottom (A, coverage, T, class).
 */
import { CLASS_COLORS } from '../../charts/colors';
import { useLocale, useT } from '../../app/i18n-hooks';
import { formatAsymmetry, formatNumber, formatPercent, formatYears } from '../../i18n/format';
import { localName } from '../../i18n/names';
import type { Dataset } from '../../model/dataset';
import { actorName, pillarName } from './names';
import { cellTint } from './cell-text';
import type { ComparisonTableModel } from './build-table';
import { MemberValueCell, RivalValueCell } from './TableCells';

interface Props {
  model: ComparisonTableModel;
  dataset: Dataset;
  /** Caption (the table's accessible name). */
  caption: string;
}

export function ComparisonTable({ model, dataset, caption }: Props) {
  const t = useT();
  const locale = useLocale();
  const columns = model.side.members.length + 1 + model.rivals.length;
  const country = (code: string) => localName(dataset.countries.find((item) => item.code === code), locale, code);
  const sideName = actorName(dataset, model.side.members, locale);
  return (
    <div className="table-scroll compare-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="compare-table">
        <caption>{caption}</caption>
        <colgroup>
          {model.side.members.map((code) => (
            <col key={code} className="compare-col-member" />
          ))}
          <col className="compare-col-axis" />
          {model.rivals.map((rival) => (
            <col key={rival.label} className="compare-col-rival" />
          ))}
        </colgroup>
        <thead>
          <tr>
            {model.side.members.map((code) => (
              <th key={code} scope="col" className="compare-head-member">
                {country(code)}
              </th>
            ))}
            <th scope="col" className="compare-axis">
              {t('table.axis')}
            </th>
            {model.rivals.map((rival) => (
              <th key={rival.label} scope="col" className="compare-head-rival">
                {actorName(dataset, rival.members, locale)}
                {rival.year !== model.year ? <span className="compare-head-year"> ({t('provenance.asOf', { year: rival.year })})</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        {model.groups.map((group) => (
          <tbody key={group.pillar ?? ''}>
            <tr className="compare-pillar">
              <th scope="rowgroup" colSpan={columns}>
                {pillarName(group.pillar, t)}
              </th>
            </tr>
            {group.rows.map((row) => {
              const name = localName(row.indicator, locale, row.indicator.id);
              return (
                <tr key={row.indicator.id}>
                  {row.members.map((cell) => (
                    <MemberValueCell key={cell.country} cell={cell} indicator={row.indicator} dataset={dataset} heading={`${country(cell.country)} · ${name}`} />
                  ))}
                  <th scope="row" className="compare-axis">
                    <span className="compare-axis-name">{name}</span>
                    <span className="compare-axis-meta">
                      {row.indicator.kind === 'text'
                        ? t('table.kind.text')
                        : t('table.weight', { weight: row.weight === null ? '–' : formatNumber(row.weight, locale) })}
                    </span>
                  </th>
                  {row.rivals.map((cell) => (
                    <RivalValueCell
                      key={cell.rival}
                      cell={cell}
                      indicator={row.indicator}
                      dataset={dataset}
                      heading={`${actorName(dataset, cell.rival.split('+'), locale)} · ${name}`}
                      sideLabel={sideName}
                    />
                  ))}
                </tr>
              );
            })}
          </tbody>
        ))}
        <tbody className="compare-summary">
          <tr>
            <td colSpan={model.side.members.length} rowSpan={4} className="compare-summary-side">
              {t('table.summarySide', { side: sideName })}
            </td>
            <th scope="row" className="compare-axis">
              {t('table.summary.asymmetry')}
            </th>
            {model.rivals.map((rival) => {
              const tint = cellTint(rival.assessment.asymmetry);
              return (
                <td key={rival.label} className="compare-cell compare-strong" style={tint ? { backgroundColor: tint } : undefined}>
                  {formatAsymmetry(rival.assessment.asymmetry, locale)}
                </td>
              );
            })}
          </tr>
          <tr>
            <th scope="row" className="compare-axis">
              {t('table.summary.coverage')}
            </th>
            {model.rivals.map((rival) => (
              <td key={rival.label} className="compare-cell">
                {formatPercent(rival.assessment.coverage, locale)}
                {rival.assessment.lowCoverage ? <span className="compare-flag"> ⚠ {t('table.lowCoverage')}</span> : null}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" className="compare-axis">
              {t('table.summary.years')}
            </th>
            {model.rivals.map((rival) => (
              <td key={rival.label} className="compare-cell">
                {formatYears(rival.assessment.yearsToParity, locale, model.maxYears)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" className="compare-axis">
              {t('table.summary.class')}
            </th>
            {model.rivals.map((rival) => {
              const cls = rival.assessment.advantageClass;
              return (
                <td key={rival.label} className="compare-cell compare-strong">
                  {cls ? <span className="compare-swatch" style={{ backgroundColor: CLASS_COLORS[cls] }} aria-hidden="true" /> : null}
                  {cls ? t(`class.${cls}`) : t('class.undefined')}
                </td>
              );
            })}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
