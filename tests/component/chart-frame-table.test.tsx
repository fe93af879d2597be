/** The chart's data table: in the accessibility tree while small, rendered on request when large. */
import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { ChartFrame, HIDDEN_TABLE_MAX_ROWS } from '../../src/charts/ChartFrame';
import type { DataTableSpec } from '../../src/charts/DataTable';
import { seedAppState } from './support/app-state';

function spec(rows: number): DataTableSpec {
  return {
    caption: 'A by technology',
    columns: [
      { key: 'technology', label: 'Technology' },
      { key: 'a', label: 'A', numeric: true },
    ],
    rows: Array.from({ length: rows }, (_, k) => ({ technology: `tech ${k}`, a: (k / 100).toFixed(2) })),
  };
}

function frame(rows: number) {
  return (
    <ChartFrame exportName="t" title="Asymmetry" table={spec(rows)}>
      <svg width="10" height="10" />
    </ChartFrame>
  );
}

describe('chart frame data table', () => {
  test('a small hidden table stays readable by screen readers, and is no Tab stop', () => {
    seedAppState();
    render(frame(HIDDEN_TABLE_MAX_ROWS));
    const region = screen.getByRole('region', { name: 'A by technology' });
    expect(region.parentElement).toHaveClass('visually-hidden');
    expect(region).not.toHaveAttribute('tabindex');
    expect(screen.getAllByRole('row')).toHaveLength(HIDDEN_TABLE_MAX_ROWS + 1);
  });

  test('a large table is rendered when shown; hidden, a line says how many rows and which button shows them', () => {
    seedAppState();
    const rows = HIDDEN_TABLE_MAX_ROWS + 1;
    render(frame(rows));
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText(`The data table behind this chart has ${rows} rows; “Show data table” above displays it.`)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show data table' }));
    expect(screen.getAllByRole('row')).toHaveLength(rows + 1);
    expect(screen.getByRole('region', { name: 'A by technology' })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('cell', { name: `tech ${rows - 1}` })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Hide data table' }));
    expect(screen.queryByRole('table')).toBeNull();
  });

  test('the line is in Japanese when the UI is', () => {
    seedAppState({ locale: 'ja' });
    render(frame(HIDDEN_TABLE_MAX_ROWS + 5));
    expect(screen.getByText(`このグラフのデータ表は ${HIDDEN_TABLE_MAX_ROWS + 5} 行あります。上の「データ表を表示」で表示できます。`)).toBeInTheDocument();
  });
});
