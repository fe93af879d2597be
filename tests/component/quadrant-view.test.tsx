import { describe, expect, test } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import QuadrantView from '../../src/views/quadrant';
import { setIndicatorWeight, setParameters } from '../../src/store/actions/parameters';
import { sampleDataset } from '../fixtures/views/sample-dataset';
import { seedAppState } from './support/app-state';

function point(name: string): string {
  return screen.getByRole('img', { name: new RegExp(`^${name}(: |：)A `) }).getAttribute('aria-label') ?? '';
}

// recharts' first render in jsdom is slow on a busy machine; these are not timing tests.
const RENDER_TIMEOUT = 30_000;

describe('Quadrant view', () => {
  test('places each technology by A and momentum, coloured by class, with the quadrants labelled', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<QuadrantView />);
    expect(screen.getByRole('heading', { name: 'Advantage quadrant' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'A today × momentum vs China' })).toBeInTheDocument();
    expect(point('Quantum')).toBe('Quantum: A +1.00, momentum 0.000 per year, Lead, holding or widening, Durable');
    expect(point('Artificial intelligence')).toBe('Artificial intelligence: A +0.14, momentum −0.032 per year, Lead, shrinking, Eroding');
    expect(point('Space')).toBe('Space: A −0.17, momentum −0.009 per year, Lag, holding or widening, Structural');
    for (const label of ['Lead, holding or widening', 'Lead, shrinking', 'Lag, closing', 'Lag, holding or widening']) {
      expect(screen.getAllByText(label).length).toBeGreaterThan(0);
    }
    expect(screen.getByText('T = H = 10 y at constant momentum')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /A today and momentum of Japan–United States vs China/ });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  }, RENDER_TIMEOUT);

  test('a weight change moves a technology to another quadrant and class; the horizon label follows H', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<QuadrantView />);
    act(() => setIndicatorWeight('gov_budget', 0.1));
    expect(point('Space')).toBe('Space: A +0.17, momentum −0.002 per year, Lead, shrinking, Durable');
    act(() => setParameters({ horizon: 4 }));
    expect(screen.getByText('T = H = 4 y at constant momentum')).toBeInTheDocument();
    expect(point('Artificial intelligence')).toMatch(/Lead, shrinking, Eroding$/);
  }, RENDER_TIMEOUT);

  test('a bubble is focusable and shows its tooltip', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<QuadrantView />);
    const quantum = screen.getByRole('img', { name: /^Quantum: A / });
    expect(quantum).toHaveAttribute('tabindex', '0');
    act(() => quantum.focus());
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Quadrant: Lead, holding or widening');
    expect(tip).toHaveTextContent('Relevance r (bubble size): 1');
    expect(tip).toHaveTextContent('Momentum (change of A per year): 0.000');
    expect(tip).toHaveTextContent('Confidence:');
  }, RENDER_TIMEOUT);

  test('the rival select switches the rival', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<QuadrantView />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Rival in focus' }), { target: { value: 'RUS' } });
    expect(screen.getByRole('heading', { name: 'A today × momentum vs Russia' })).toBeInTheDocument();
  }, RENDER_TIMEOUT);

  test('says what is missing', () => {
    const dataset = sampleDataset();
    dataset.countries.push({ code: 'PRK', nameEn: 'North Korea', nameJa: '北朝鮮', role: 'rival' });
    seedAppState({ dataset, parameters: { rivals: ['PRK'] } });
    render(<QuadrantView />);
    expect(screen.getByText(/No technology has values for both Japan–United States and PRK\. Add rows for PRK/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  }, RENDER_TIMEOUT);

  test('speaks Japanese', () => {
    seedAppState({ dataset: sampleDataset(), locale: 'ja' });
    render(<QuadrantView />);
    expect(screen.getByRole('heading', { name: '優位の象限図' })).toBeInTheDocument();
    expect(point('量子')).toBe('量子：A +1.00、モメンタム 年 0.000、優位・維持または拡大、持続的優位');
  }, RENDER_TIMEOUT);
});
