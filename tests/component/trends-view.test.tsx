import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import TrendsView from '../../src/views/trends';
import { setParameters } from '../../src/store/actions/parameters';
import { appStore } from '../../src/store/store';
import { act } from 'react';
import { sampleDataset } from '../fixtures/views/sample-dataset';
import { seedAppState } from './support/app-state';

/** Rows of the chart's data table (the text alternative). */
function tableRows(): string[][] {
  // Plain DOM queries: role queries over a large recharts SVG are slow in jsdom.
  const table = document.querySelector('table.data-table')!;
  return [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''));
}

// Rendering recharts in jsdom takes seconds on a shared machine: generous time, no target.
describe('Trends view', { timeout: 30_000 }, () => {
  test('draws the members, the side and the rivals with the projection from y0', () => {
    seedAppState({ dataset: sampleDataset() });
    const { container } = render(<TrendsView />);
    expect(screen.getByRole('heading', { name: 'Trends and projection' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Government budget — Artificial intelligence' })).toBeInTheDocument();
    const legend = container.querySelector('.recharts-legend-wrapper')!;
    expect(legend).toHaveTextContent('Japan');
    expect(legend).toHaveTextContent('Japan–United States (side)');
    expect(legend).toHaveTextContent('China');
    expect(container.querySelectorAll('.recharts-line').length).toBe(5 + 3);
    expect(screen.getByText('y0 = 2023')).toBeInTheDocument();
    const rows = tableRows();
    // Side 2019 = 2 + 8 = 10 USD billion, source "Test budget statistics", confidence A.
    expect(rows).toContainEqual(['Japan–United States (side)', '2019', '10 USD_billion', 'reported', 'Test budget statistics', 'A — audited official figure', '']);
    // Projected side at y0 + H = 2033: 10·1.02^14 = 13.19.
    expect(rows.find((r) => r[0] === 'Japan–United States (side)' && r[1] === '2033')?.[2]).toBe('13.2 USD_billion');
  });

  test('the indicator select changes the series drawn', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<TrendsView />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Indicator' }), { target: { value: 'citations' } });
    expect(appStore.getState().indicator).toBe('citations');
    expect(screen.getByRole('heading', { name: 'Citations — Artificial intelligence' })).toBeInTheDocument();
    expect(tableRows()).toContainEqual(['Japan–United States (side)', '2019', '23,000', 'reported', 'Test bibliometrics', 'B — credible estimate', '']);
  });

  test('the horizon H moves the end of the projection', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<TrendsView />);
    expect(tableRows().some((r) => r[1] === '2033')).toBe(true);
    act(() => setParameters({ horizon: 5 }));
    const years = tableRows().map((r) => Number(r[1]));
    expect(Math.max(...years)).toBe(2028);
    expect(screen.getByText(/projection 2023–2028 \(H = 5 y\)/)).toBeInTheDocument();
  });

  test('the technology select switches to ordinal levels', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<TrendsView />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Technology' }), { target: { value: 'space' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Indicator' }), { target: { value: 'weapon_system_integration' } });
    expect(tableRows()).toContainEqual(['United States', '2023', '4 (integrated)', 'reported', 'Test doctrine review', 'C — analyst judgement / weak proxy', '']);
    expect(screen.queryByRole('checkbox', { name: 'Logarithmic scale' })).not.toBeInTheDocument();
  });

  test('empty state says which rows to add', () => {
    const dataset = sampleDataset();
    dataset.technologies.push({ id: 'hypersonic', nameEn: 'Hypersonics', nameJa: '極超音速', relevance: 1 });
    seedAppState({ dataset, technology: 'hypersonic' });
    render(<TrendsView />);
    expect(screen.getByText(/Hypersonics has no quantity or level indicator with values\. Add rows with technology = hypersonic to values\.csv/)).toBeInTheDocument();
  });

  test('no dataset', () => {
    seedAppState({});
    render(<TrendsView />);
    expect(screen.getByText(/No dataset is loaded/)).toBeInTheDocument();
  });

  test('Japanese labels', () => {
    seedAppState({ dataset: sampleDataset(), locale: 'ja' });
    render(<TrendsView />);
    expect(screen.getByRole('heading', { name: '推移と将来予測' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '国家予算投資額：人工知能' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '指標' })).toBeInTheDocument();
    expect(screen.getByText('y0 = 2023年')).toBeInTheDocument();
  });
});
