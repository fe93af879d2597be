/** The overview's technology × rival heatmap of A, in its chart frame with the data table. */
import { memo, useMemo } from 'react';
import type { Dataset } from '../../model/dataset';
import { ChartFrame } from '../../charts/ChartFrame';
import { Heatmap } from '../../charts/heatmap/Heatmap';
import { useLocale, useT } from '../../app/i18n-hooks';
import type { OverviewSeries } from './overview-series';
import { heatmapCells, heatmapTable } from './heatmap-data';
import { openInTable } from './open-in-table';

interface Props {
  series: OverviewSeries;
  dataset: Dataset;
  horizon: number;
  maxYears: number;
}

/** Memoised: a parameter change first re-renders the view with the previous analysis (useDeferredValue); same props, nothing to redo. */
export const OverviewHeatmap = memo(function OverviewHeatmap({ series, dataset, horizon, maxYears }: Props) {
  const t = useT();
  const locale = useLocale();
  const { cells, table } = useMemo(() => {
    const context = { t, locale, dataset, horizon, maxYears };
    return { cells: heatmapCells(series, context), table: heatmapTable(series, context) };
  }, [series, t, locale, dataset, horizon, maxYears]);
  const title = t('overview.heatmap.title');
  return (
    <ChartFrame
      exportName={`overview-heatmap-${series.sideLabel}`}
      title={title}
      subtitle={t('overview.heatmap.subtitle', { side: series.sideName })}
      table={table}
    >
      <Heatmap
        label={title}
        rows={series.technologies}
        columns={series.columns}
        cells={cells}
        legend={{
          lag: t('overview.legend.lag'),
          parity: t('overview.legend.parity'),
          advantage: t('overview.legend.advantage'),
          noData: t('overview.legend.noData'),
        }}
        onActivate={(cell) => openInTable(cell.row, cell.column)}
      />
    </ChartFrame>
  );
});
