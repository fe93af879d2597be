import { describe, expect, test } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import RunwayView from '../../src/views/runway';
import { setParameters } from '../../src/store/actions/parameters';
import { sampleDataset } from '../fixtures/views/sample-dataset';
import { seedAppState } from './support/app-state';

function bars(): string[] {
  const chart = screen.getByRole('group', { name: /^(Years to parity vs |対 )/ });
  return within(chart)
    .getAllByRole('img')
    .map((bar) => bar.getAttribute('aria-label') ?? '');
}

// recharts' first render in jsdom is slow on a busy machine; these are not timing tests.
const RENDER_TIMEOUT = 30_000;

describe('Runway view', () => {
  test('draws leads then lags, longest first, with the horizon line and open ends past Hmax', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<RunwayView />);
    expect(screen.getByRole('heading', { name: 'Advantage runway' })).toBeInTheDocument();
    expect(bars()).toEqual([
      'Quantum: years the lead lasts > 30 y — Durable',
      'Artificial intelligence: years the lead lasts 4.4 y — Eroding',
      'Space: years to catch up > 30 y — Structural',
    ]);
    expect(screen.getByText('Leads — years until China reaches parity')).toBeInTheDocument();
    expect(screen.getByText('Lags — years until Japan–United States catches up')).toBeInTheDocument();
    expect(screen.getByText('H = 10 y')).toBeInTheDocument();
    expect(screen.getAllByText('> 30 y').length).toBeGreaterThanOrEqual(2);
    expect(document.querySelectorAll('.runway-open')).toHaveLength(2);
  }, RENDER_TIMEOUT);

  test('a shorter horizon changes a bar’s class and moves the H line label', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<RunwayView />);
    act(() => setParameters({ horizon: 4 }));
    expect(screen.getByText('H = 4 y')).toBeInTheDocument();
    expect(bars()[1]).toBe('Artificial intelligence: years the lead lasts 4.4 y — Durable');
    const table = screen.getByRole('table', { name: /Years to parity of Japan–United States vs China/ });
    const ai = within(table).getByText('Artificial intelligence').closest('tr')!;
    expect(within(ai).getByText('Durable')).toBeInTheDocument();
  }, RENDER_TIMEOUT);

  test('bars are one Tab stop; arrows move focus and the tooltip follows', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<RunwayView />);
    const [first, second] = within(screen.getByRole('group', { name: /^Years to parity vs / })).getAllByRole('img');
    expect(first).toHaveAttribute('tabindex', '0');
    expect(second).toHaveAttribute('tabindex', '-1');
    act(() => first!.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('Quantum · China');
    fireEvent.keyDown(first!, { key: 'ArrowDown' });
    expect(second).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Artificial intelligence · China');
    expect(screen.getByRole('tooltip')).toHaveTextContent('T: 4.4 y (years the lead lasts)');
  }, RENDER_TIMEOUT);

  test('says what is missing', () => {
    const dataset = sampleDataset();
    dataset.countries.push({ code: 'PRK', nameEn: 'North Korea', nameJa: '北朝鮮', role: 'rival' });
    seedAppState({ dataset, parameters: { rivals: ['PRK'] } });
    render(<RunwayView />);
    expect(screen.getByText(/No technology has values for both Japan–United States and PRK\. Add rows for PRK/)).toBeInTheDocument();
  }, RENDER_TIMEOUT);

  test('speaks Japanese', () => {
    seedAppState({ dataset: sampleDataset(), locale: 'ja' });
    render(<RunwayView />);
    expect(screen.getByRole('heading', { name: '優位の持続年数' })).toBeInTheDocument();
    expect(screen.getByText('H = 10年')).toBeInTheDocument();
    expect(bars()[0]).toBe('量子：優位の持続年数 30年超 — 持続的優位');
  }, RENDER_TIMEOUT);
});
