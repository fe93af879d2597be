import { describe, expect, test } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import MatrixView from '../../src/views/matrix';
import { appStore } from '../../src/store/store';
import { setIndicatorWeight } from '../../src/store/actions/parameters';
import { sampleDataset, sampleRows } from '../fixtures/views/sample-dataset';
import { buildDataset } from '../fixtures/engine/build-dataset';
import { seedAppState } from './support/app-state';

const GRID = 'Japan–United States vs China: asymmetry a by technology and indicator';

function rowOrder(): string[] {
  return within(screen.getByRole('grid', { name: GRID })).getAllByRole('rowheader').map((header) => header.textContent ?? '');
}

describe('Asymmetry matrix view', () => {
  test('draws technology × indicator for the first rival, composite first, coloured cells with marks', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<MatrixView />);
    expect(screen.getByRole('heading', { level: 2, name: 'Asymmetry matrix' })).toBeInTheDocument();
    const grid = screen.getByRole('grid', { name: GRID });
    expect(within(grid).getAllByRole('columnheader').map((header) => header.getAttribute('aria-label'))).toEqual([
      'Technology (activate to sort)',
      'Composite A (activate to sort)',
      'Government budget (activate to sort)',
      'Citations (activate to sort)',
      'Weapon-system integration (activate to sort)',
    ]);
    // Engine order (rank by D).
    expect(rowOrder()).toEqual(['Quantum', 'Artificial intelligence', 'Space']);
    const budget = within(grid).getByRole('gridcell', { name: 'Artificial intelligence, Government budget: a +0.19, low confidence' });
    expect(budget).toHaveTextContent('+0.19 △');
    expect(budget.querySelector('rect')!.getAttribute('fill')).toMatch(/^rgb\(/);
    const notMeasured = within(grid).getByRole('gridcell', { name: 'Quantum, Citations: not measured' });
    expect(notMeasured.querySelector('rect')!.getAttribute('fill')).toMatch(/^url\(#/);
    expect(within(grid).getByRole('gridcell', { name: 'Space: composite A −0.17, Structural' })).toHaveTextContent('−0.17');
  });

  test('clicking a header sorts the rows, ascending then descending, with aria-sort', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<MatrixView />);
    const composite = screen.getByRole('columnheader', { name: 'Composite A (activate to sort)' });
    expect(composite).toHaveAttribute('aria-sort', 'none');
    fireEvent.click(composite);
    expect(composite).toHaveAttribute('aria-sort', 'ascending');
    expect(rowOrder()).toEqual(['Space', 'Artificial intelligence', 'Quantum']);
    expect(screen.getByText('Sorted by Composite A, ascending.')).toBeInTheDocument();
    fireEvent.click(composite);
    expect(composite).toHaveAttribute('aria-sort', 'descending');
    expect(rowOrder()).toEqual(['Quantum', 'Artificial intelligence', 'Space']);
    // By an indicator: technologies without a value go last.
    fireEvent.click(screen.getByRole('columnheader', { name: 'Weapon-system integration (activate to sort)' }));
    expect(rowOrder()).toEqual(['Space', 'Quantum', 'Artificial intelligence']);
    expect(composite).toHaveAttribute('aria-sort', 'none');
  });

  test('sorting by keyboard: Enter on the technology header sorts by name', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<MatrixView />);
    const header = screen.getByRole('columnheader', { name: 'Technology (activate to sort)' });
    expect(header).toHaveAttribute('tabindex', '0');
    header.focus();
    fireEvent.keyDown(header, { key: 'Enter' });
    expect(rowOrder()).toEqual(['Artificial intelligence', 'Quantum', 'Space']);
    fireEvent.keyDown(header, { key: ' ' });
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(rowOrder()).toEqual(['Space', 'Quantum', 'Artificial intelligence']);
    // Arrow keys move the single tab stop from the header row into the cells.
    fireEvent.keyDown(header, { key: 'ArrowDown' });
    expect(document.activeElement).toHaveAttribute('role', 'rowheader');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toHaveAccessibleName('Space: composite A −0.17, Structural');
  });

  test('a weight change changes the composite column', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<MatrixView />);
    expect(screen.getByRole('gridcell', { name: /^Artificial intelligence: composite A/ })).toHaveTextContent('+0.14');
    // A = (0.1881 + 3 × 0.0932) / 4 = 0.117.
    act(() => setIndicatorWeight('citations', 3));
    expect(screen.getByRole('gridcell', { name: /^Artificial intelligence: composite A/ })).toHaveTextContent('+0.12');
    act(() => setIndicatorWeight('citations', 0));
    expect(screen.getByRole('gridcell', { name: /^Artificial intelligence: composite A/ })).toHaveTextContent('+0.19');
    expect(screen.getByRole('gridcell', { name: /^Artificial intelligence, Citations/ })).toHaveTextContent('(+0.09)');
  });

  test('the focus rival is selectable', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<MatrixView />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Rival in focus' }), { target: { value: 'RUS' } });
    expect(appStore.getState().focusRival).toBe('RUS');
    const grid = screen.getByRole('grid', { name: 'Japan–United States vs Russia: asymmetry a by technology and indicator' });
    expect(within(grid).getByRole('gridcell', { name: /^Quantum: composite A/ })).toHaveTextContent('+1.00');
  });

  test('a cell tooltip gives value, unit, year, source and confidence of both sides; Enter opens the table', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<MatrixView />);
    const budget = screen.getByRole('gridcell', { name: /^Artificial intelligence, Government budget/ });
    fireEvent.focus(budget);
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Artificial intelligence · Government budget');
    expect(tip).toHaveTextContent('Ratio Japan–United States ÷ China: 1.5×');
    expect(tip).toHaveTextContent('Value: 10.8 USD_billion');
    expect(tip).toHaveTextContent('Year: JPN 2023, USA 2023');
    expect(tip).toHaveTextContent('Source: Test estimates of rival budgets');
    expect(tip).toHaveTextContent('Confidence: C — analyst judgement / weak proxy');
    expect(budget).toHaveAttribute('aria-describedby', tip.id);
    fireEvent.keyDown(budget, { key: 'Enter' });
    expect(appStore.getState()).toMatchObject({ view: 'table', technology: 'ai', focusRival: 'CHN' });
  });

  test('stale values are marked', () => {
    seedAppState({ dataset: sampleDataset(), parameters: { year: 2024 } });
    render(<MatrixView />);
    expect(screen.getByRole('gridcell', { name: 'Artificial intelligence, Citations: a +0.09, stale value' })).toHaveTextContent('+0.09 †');
  });

  test('empty states say what is missing and how to add it', () => {
    const base = sampleDataset();
    const dataset = buildDataset({
      id: 'side-only',
      rows: sampleRows().filter((row) => !['CHN', 'RUS'].includes(row.country) || row.technology === null),
      countries: base.countries,
      technologies: base.technologies,
      indicators: base.indicators,
    });
    seedAppState({ dataset });
    const { unmount } = render(<MatrixView />);
    expect(screen.getByText(/No technology has a scored indicator \(quantity or level\) with values for both Japan–United States and CHN\. Add rows for CHN/)).toBeInTheDocument();
    expect(screen.queryByRole('grid')).toBeNull();
    unmount();
    seedAppState();
    render(<MatrixView />);
    expect(screen.getByText(/No dataset is loaded\./)).toBeInTheDocument();
  });

  test('in Japanese', () => {
    seedAppState({ dataset: sampleDataset(), locale: 'ja' });
    render(<MatrixView />);
    expect(screen.getByRole('heading', { level: 2, name: '非対称性マトリクス' })).toBeInTheDocument();
    const grid = screen.getByRole('grid', { name: '日本・米国 対 中国：技術・指標別の非対称性 a' });
    expect(within(grid).getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['量子', '人工知能', '宇宙']);
    fireEvent.click(within(grid).getByRole('columnheader', { name: '総合 A（選択して並べ替え）' }));
    expect(screen.getByText('総合 Aで昇順に並べ替えました。')).toBeInTheDocument();
    expect(within(grid).getByRole('gridcell', { name: '宇宙：総合 A −0.17、構造的な遅れ' })).toBeInTheDocument();
    expect(within(grid).getByRole('gridcell', { name: '人工知能、国家予算投資額：a +0.19、確度低' })).toHaveTextContent('+0.19 △');
  });
});
