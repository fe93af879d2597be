/**
 * Asymmetry matrix: for the rival in focus, every technology (rows) against every scored
 * technology-level indicator (columns), each cell the engine's a_i coloured on the parity
 * scale, the composite A first. Sortable by any column, so an analyst can see which axes drive
 * a lead or a lag; a cell opens the technology in the comparison table.
 */
import { memo, useMemo, useState } from 'react';
import { ViewHeader } from '../../app/ViewHeader';
import { useLocale, useT } from '../../app/i18n-hooks';
import { ChartFrame } from '../../charts/ChartFrame';
import { formatNumber } from '../../i18n/format';
import type { Dataset } from '../../model/dataset';
import type { AnalysisResult, RivalAssessment } from '../../model/results';
import { useActiveDataset, useAnalysis } from '../../store/selectors';
import { AnalysisProblem } from '../overview/AnalysisProblem';
import { actorName } from '../overview/actor-name';
import { openInTable } from '../overview/open-in-table';
import { RivalSelect, useFocusBlock } from '../overview/RivalSelect';
import { MatrixChart, type MatrixHeader } from './MatrixChart';
import { buildMatrix, nextSort, sortMatrixRows, SORT_COMPOSITE, SORT_TECHNOLOGY, type MatrixSort } from './matrix-series';
import { matrixCells, matrixColumns, matrixTable, type MatrixTextContext } from './matrix-text';
import './matrix.css';
import '../../i18n/register/matrix';

export default function MatrixView() {
  const t = useT();
  const dataset = useActiveDataset();
  const analysis = useAnalysis();
  const result = analysis.status === 'ok' ? analysis.result : null;
  const block = useFocusBlock(result);
  const header = <ViewHeader title={t('matrix.title')} subtitle={t('matrix.subtitle')} />;
  if (!result || !dataset) {
    return (
      <div className="matrix-view">
        {header}
        <AnalysisProblem analysis={analysis} />
      </div>
    );
  }
  return (
    <div className="matrix-view">
      {header}
      {block ? <MatrixBody result={result} dataset={dataset} block={block} /> : <p className="empty-state">{t('matrix.empty.noRivals')}</p>}
    </div>
  );
}

/** Memoised: a parameter change first re-renders the view with the previous analysis (useDeferredValue); same props, nothing to redo. */
const MatrixBody = memo(function MatrixBody({ result, dataset, block }: { result: AnalysisResult; dataset: Dataset; block: RivalAssessment }) {
  const t = useT();
  const locale = useLocale();
  const [sort, setSort] = useState<MatrixSort | null>(null);
  const series = useMemo(() => buildMatrix(block, dataset, locale), [block, dataset, locale]);
  const rows = useMemo(() => sortMatrixRows(series.rows, series.columns, sort, locale), [series, sort, locale]);
  const sideName = actorName(result.side.members, dataset, locale);
  const rivalName = actorName(block.rival.members, dataset, locale);
  const { horizon, maxYears } = result.parameters;
  const drawn = useMemo(() => {
    const context: MatrixTextContext = { t, locale, dataset, horizon, maxYears, sideName, rivalName };
    const indicators = new Map(dataset.indicators.map((item) => [item.id, item]));
    const weights = new Map(series.columns.map((column) => [column.indicator, column.weight]));
    const columns: MatrixHeader[] = matrixColumns(series, t).map((column) => {
      if (column.key === SORT_COMPOSITE) return { ...column, tooltip: { title: column.label, lines: [t('matrix.tip.sortHelp')] } };
      const unit = indicators.get(column.key)?.unit;
      const lines = [t('matrix.tip.weight', { value: formatNumber(weights.get(column.key), locale) })];
      if (unit) lines.push(t('matrix.tip.unit', { unit }));
      lines.push(t('matrix.tip.sortHelp'));
      return { ...column, tooltip: { title: column.label, lines } };
    });
    return {
      columns,
      rows: rows.map((row) => ({ key: row.technology, label: row.name })),
      cells: matrixCells(series, rows, context),
      table: matrixTable(series, rows, context),
    };
  }, [series, rows, t, locale, dataset, horizon, maxYears, sideName, rivalName]);

  const defined = series.rows.some((row) => row.cells.some((cell) => cell.asymmetry !== null));
  const sortLabel = (key: string) =>
    key === SORT_TECHNOLOGY ? t('matrix.column.technology') : (drawn.columns.find((column) => column.key === key)?.label ?? key);
  const title = t('matrix.chart.title', { side: sideName, rival: rivalName });
  return (
    <>
      <div className="matrix-controls">
        <RivalSelect result={result} dataset={dataset} value={block.rival.label} />
        <p className="help matrix-sort-status" aria-live="polite">
          {sort ? t('matrix.sorted', { column: sortLabel(sort.key), direction: t(`matrix.direction.${sort.direction}`) }) : t('matrix.unsorted')}
        </p>
      </div>
      {series.columns.length === 0 || !defined ? (
        <p className="empty-state">{t('matrix.empty.noColumns', { side: sideName, rival: block.rival.label })}</p>
      ) : (
        <ChartFrame
          exportName={`matrix-${block.rival.label}`}
          title={title}
          subtitle={t('matrix.chart.subtitle', { side: sideName, rival: rivalName })}
          table={drawn.table}
          footer={t('matrix.legend.marks')}
        >
          <MatrixChart
            label={title}
            rowHeader={t('matrix.column.technology')}
            rows={drawn.rows}
            columns={drawn.columns}
            cells={drawn.cells}
            sort={sort}
            headerAria={(label) => t('matrix.header.aria', { column: label })}
            onSort={(key) => setSort((current) => nextSort(current, key))}
            onActivate={(cell) => openInTable(cell.row, block.rival.label)}
            legend={{
              lag: t('overview.legend.lag'),
              parity: t('overview.legend.parity'),
              advantage: t('overview.legend.advantage'),
              noData: t('overview.legend.noData'),
            }}
          />
        </ChartFrame>
      )}
    </>
  );
});
