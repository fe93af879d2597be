import { describe, expect, test } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import OverviewView from '../../src/views/overview';
import { appStore } from '../../src/store/store';
import { setIndicatorWeight, setParameters } from '../../src/store/actions/parameters';
import { sampleDataset } from '../fixtures/views/sample-dataset';
import { seedAppState } from './support/app-state';

/** The class (from the card group's class name) a technology's chip sits in, in a rival's card. */
function classOf(rivalHeading: string, technology: string): string | undefined {
  const card = screen.getByRole('region', { name: rivalHeading });
  const chip = within(card).getByRole('button', { name: new RegExp(`^${technology} A `) });
  const group = chip.closest('.overview-class');
  return [...(group?.classList ?? [])].find((name) => name.startsWith('overview-class-'))?.replace('overview-class-', '');
}

describe('Overview view', () => {
  test('shows the headline, the class cards per rival and the heatmap of A', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<OverviewView />);
    expect(screen.getByRole('heading', { level: 2, name: 'Net assessment overview' })).toBeInTheDocument();
    expect(
      screen.getByText('Japan–United States vs China, as of 2023: 1 durable and 1 eroding advantages, 0 contested, 0 recoverable and 1 structural lags.'),
    ).toBeInTheDocument();
    expect(classOf('vs China', 'Quantum')).toBe('durable');
    expect(classOf('vs China', 'Artificial intelligence')).toBe('eroding');
    expect(classOf('vs China', 'Space')).toBe('structural');
    expect(classOf('vs Russia', 'Space')).toBe('durable');
    const chip = within(screen.getByRole('region', { name: 'vs China' })).getByRole('button', { name: /^Artificial intelligence A / });
    // The spoken name starts with what the chip shows, then what T means.
    expect(chip).toHaveAccessibleName('Artificial intelligence A +0.14 T 4.4 y (years the lead lasts). Open in the comparison table.');
    expect(chip).toHaveTextContent('A +0.14');
    expect(chip).toHaveTextContent('T 4.4 y');
    // Heatmap: one focusable cell per technology × rival, coloured by A, in a chart frame.
    const heatmap = screen.getByRole('group', { name: 'Asymmetry A by technology and rival' });
    const cell = within(heatmap).getByRole('button', { name: 'Space vs China: A −0.17, Structural, T > 30 y' });
    expect(cell).toHaveTextContent('−0.17');
    expect(within(heatmap).getAllByRole('button')).toHaveLength(6);
    expect(screen.getByRole('button', { name: 'Show data table' })).toBeInTheDocument();
  });

  test('a shorter horizon H moves AI vs China from the eroding to the durable card', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<OverviewView />);
    expect(classOf('vs China', 'Artificial intelligence')).toBe('eroding');
    act(() => setParameters({ horizon: 3 }));
    expect(classOf('vs China', 'Artificial intelligence')).toBe('durable');
    expect(screen.getByText(/vs China, as of 2023: 2 durable and 0 eroding advantages/)).toBeInTheDocument();
  });

  test('a weight change redraws the heatmap cell of A', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<OverviewView />);
    const heatmap = screen.getByRole('group', { name: 'Asymmetry A by technology and rival' });
    expect(within(heatmap).getByRole('button', { name: /^Artificial intelligence vs China: A \+0\.14/ })).toHaveTextContent('+0.14');
    // Citations weight 3: A = (0.1881 + 3 × 0.0932) / 4 = 0.117.
    act(() => setIndicatorWeight('citations', 3));
    expect(within(heatmap).getByRole('button', { name: /^Artificial intelligence vs China: A \+0\.12/ })).toHaveTextContent('+0.12');
  });

  test('a chip and a heatmap cell open the technology against the rival in the comparison table', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<OverviewView />);
    fireEvent.click(within(screen.getByRole('region', { name: 'vs Russia' })).getByRole('button', { name: /^Quantum A / }));
    expect(appStore.getState()).toMatchObject({ view: 'table', technology: 'quantum', focusRival: 'RUS' });
    const cell = screen.getByRole('button', { name: /^Space vs China/ });
    fireEvent.keyDown(cell, { key: 'Enter' });
    expect(appStore.getState()).toMatchObject({ view: 'table', technology: 'space', focusRival: 'CHN' });
  });

  test('the heatmap cell tooltip gives A, T, year, sources and confidence', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<OverviewView />);
    fireEvent.focus(screen.getByRole('button', { name: /^Quantum vs China/ }));
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Quantum · China');
    expect(tip).toHaveTextContent('A (composite asymmetry): +1.00');
    expect(tip).toHaveTextContent('Assessment year: 2023');
    expect(tip).toHaveTextContent('Source: Test budget statistics; Test estimates of rival budgets');
    expect(tip).toHaveTextContent('Confidence: C — analyst judgement / weak proxy');
  });

  test('says what is missing and how to add it', () => {
    seedAppState();
    render(<OverviewView />);
    expect(screen.getByText(/No dataset is loaded\. Load CSV files with “Load CSV”/)).toBeInTheDocument();
  });

  test('flags stale values when the assessment year is after the data', () => {
    seedAppState({ dataset: sampleDataset(), parameters: { year: 2024 } });
    render(<OverviewView />);
    const chip = within(screen.getByRole('region', { name: 'vs China' })).getByRole('button', { name: /^Quantum A / });
    expect(chip).toHaveTextContent('stale values');
    expect(chip).toHaveAccessibleName('Quantum A +1.00 T > 30 y stale values (years the lead lasts). Open in the comparison table.');
  });

  test('in Japanese', () => {
    seedAppState({ dataset: sampleDataset(), locale: 'ja' });
    render(<OverviewView />);
    expect(screen.getByRole('heading', { level: 2, name: 'ネットアセスメント概況' })).toBeInTheDocument();
    expect(screen.getByText('日本・米国 対 中国（2023年時点）：持続的優位 1、侵食される優位 1、拮抗 0、回復可能な遅れ 0、構造的な遅れ 1。')).toBeInTheDocument();
    const card = screen.getByRole('region', { name: '対 中国' });
    expect(within(card).getByRole('heading', { level: 4, name: /侵食される優位/ })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: '人工知能 A +0.14 T 4.4年（優位の持続年数）。比較表で開く。' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '宇宙 対 中国：A −0.17、構造的な遅れ、T 30年超' })).toBeInTheDocument();
  });
});
