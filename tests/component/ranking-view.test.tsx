import { describe, expect, test, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import RankingView from '../../src/views/ranking';
import { runSensitivity } from '../../src/engine';
import { setIndicatorWeight } from '../../src/store/actions/parameters';
import { sampleDataset } from '../fixtures/views/sample-dataset';
import { seedAppState } from './support/app-state';

// jsdom has no Worker: run the Monte Carlo in-process (fewer draws), same engine code.
vi.mock('../../src/engine/sensitivity-client', () => ({
  runSensitivityInWorker: (dataset: Parameters<typeof runSensitivity>[0], params: Parameters<typeof runSensitivity>[1]) =>
    Promise.resolve(runSensitivity(dataset, { ...params, monteCarlo: { draws: 40, seed: 3 } })),
}));

function bars(): string[] {
  return screen.getAllByRole('img', { name: /^\d+\. / }).map((bar) => bar.getAttribute('aria-label') ?? '');
}

function tableTechnologies(): string[] {
  const table = screen.getByRole('table', { name: /Durable-advantage ranking of/ });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1]!.textContent ?? '');
}

// recharts' first render in jsdom is slow on a busy machine; these are not timing tests.
const RENDER_TIMEOUT = 30_000;

describe('Ranking view', () => {
  test('ranks the focus rival’s technologies by D with the headline and the Monte Carlo intervals', async () => {
    seedAppState({ dataset: sampleDataset() });
    render(<RankingView />);
    expect(screen.getByRole('heading', { name: 'Durable-advantage ranking' })).toBeInTheDocument();
    expect(screen.getByText('1 durable advantage vs China (as of 2023): Quantum.')).toBeInTheDocument();
    expect(bars()).toEqual(['1. Quantum — Durable, D 1.00', '2. Artificial intelligence — Eroding, D 0.02', '3. Space — Structural, D −0.17']);
    expect(tableTechnologies()).toEqual(['Quantum', 'Artificial intelligence', 'Space']);
    expect(screen.getAllByText('computing…').length).toBeGreaterThan(0);
    expect(await screen.findByText(/from 40 Monte Carlo draws \(seed 3\)/, {}, { timeout: 20_000 })).toBeInTheDocument();
    // recharts re-renders its labels through its own store, a tick after the headline: wait for it.
    await waitFor(() => expect(screen.queryByText('computing…')).not.toBeInTheDocument(), { timeout: 20_000 });
    expect(screen.getByText(/^#1 · \d+%$/)).toBeInTheDocument();
    expect(screen.getByText(/Durable in at least 90 % of the 40 Monte Carlo draws/)).toBeInTheDocument();
  }, RENDER_TIMEOUT);

  test('a weight change reorders the bars and the table', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<RankingView />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Monte Carlo rank intervals' }));
    expect(screen.getByText(/Rank intervals are off/)).toBeInTheDocument();
    act(() => setIndicatorWeight('gov_budget', 0.1));
    expect(bars()).toEqual(['1. Quantum — Durable, D 1.00', '2. Space — Durable, D 0.17', '3. Artificial intelligence — Eroding, D 0.01']);
    expect(tableTechnologies()).toEqual(['Quantum', 'Space', 'Artificial intelligence']);
    expect(screen.getByText('2 durable advantages vs China (as of 2023): Quantum, Space.')).toBeInTheDocument();
  }, RENDER_TIMEOUT);

  test('the rival select switches the ranking', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<RankingView />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Rival in focus' }), { target: { value: 'RUS' } });
    expect(screen.getByText('3 durable advantages vs Russia (as of 2023): Artificial intelligence, Quantum, Space.')).toBeInTheDocument();
    expect(bars()[0]).toBe('1. Artificial intelligence — Durable, D 1.00');
  }, RENDER_TIMEOUT);

  test('a bar shows its tooltip on focus', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<RankingView />);
    const first = screen.getByRole('img', { name: /^1\. Quantum/ });
    expect(first).toHaveAttribute('tabindex', '0');
    act(() => first.focus());
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Quantum · China');
    expect(tip).toHaveTextContent('D (durable-advantage score): 1');
    expect(tip).toHaveTextContent('Rank: 1 of 3');
    expect(tip).toHaveTextContent('T: > 30 y');
    expect(tip).toHaveTextContent('Source: Test budget statistics; Test estimates of rival budgets');
  }, RENDER_TIMEOUT);

  test('says what is missing when the rival has no data, and when there is no dataset', () => {
    const dataset = sampleDataset();
    dataset.countries.push({ code: 'PRK', nameEn: 'North Korea', nameJa: '北朝鮮', role: 'rival' });
    seedAppState({ dataset, parameters: { rivals: ['PRK'] } });
    const { unmount } = render(<RankingView />);
    expect(screen.getByText(/No technology has values for both Japan–United States and PRK\. Add rows for PRK to values\.csv/)).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /^1\. / })).not.toBeInTheDocument();
    unmount();
    seedAppState();
    render(<RankingView />);
    expect(screen.getByText(/No dataset is loaded/)).toBeInTheDocument();
  }, RENDER_TIMEOUT);

  test('speaks Japanese', () => {
    seedAppState({ dataset: sampleDataset(), locale: 'ja' });
    render(<RankingView />);
    expect(screen.getByRole('heading', { name: '持続的優位ランキング' })).toBeInTheDocument();
    expect(bars()[0]).toBe('1. 量子 — 持続的優位、D 1.00');
    expect(screen.getByText('中国 に対する持続的優位は 1 件（2023年時点）：量子。')).toBeInTheDocument();
  }, RENDER_TIMEOUT);
});
