import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import CoalitionView from '../../src/views/coalition';
import { appStore } from '../../src/store/store';
import { sampleDataset } from '../fixtures/views/sample-dataset';
import { seedAppState } from './support/app-state';

// AI vs China, y0 2023: side budget 10·1.02^4 = 10.82; AUS adds 1.03^4 = 1.13; citations unchanged
// (AUS reports none) → ΔA = log2(11.95/10.82)/3/2 = +0.024.
describe('Coalition builder', { timeout: 30_000 }, () => {
  test('shows ΔA per technology and partner, and which partner closes which gap', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<CoalitionView />);
    expect(screen.getByRole('heading', { name: 'Coalition builder' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'ΔA by technology and partner vs China' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Artificial intelligence, Australia: ΔA \+0\.02, A \+0\.14 without, \+0\.16 with the partner$/ })).toBeInTheDocument();
    expect(screen.getByText(/^vs China: no candidate narrows the lag in Space\.$/)).toBeInTheDocument();
    expect(screen.getByText(/^vs Russia: the side lags in no technology/)).toBeInTheDocument();
  });

  test('a preset sets the side and changes the ΔA cells', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<CoalitionView />);
    const gcap = screen.getByRole('button', { name: /^GCAP JPN \+ GBR/ });
    expect(screen.getByText('ITA not in the data')).toBeInTheDocument();
    fireEvent.click(gcap);
    expect(appStore.getState().parameters.side).toEqual(['JPN', 'GBR']);
    expect(screen.getByRole('button', { name: /^GCAP JPN \+ GBR/ })).toHaveAttribute('aria-pressed', 'true');
    // JPN+GBR budget 2·1.02^4 + 2·1.03^4 = 4.42; + AUS 1.13 → ΔA = log2(5.54/4.42)/3/2 = +0.05.
    expect(screen.getByRole('img', { name: /^Artificial intelligence, Australia: ΔA \+0\.05,/ })).toBeInTheDocument();
    // GBR is on the side now: no longer a candidate column; USA is a candidate country.
    expect(screen.queryByRole('img', { name: /United Kingdom: ΔA/ })).not.toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Partner candidates' })).getByRole('checkbox', { name: 'USA United States' })).not.toBeChecked();
    expect(within(screen.getByRole('group', { name: 'Countries on the side' })).getByRole('checkbox', { name: 'GBR United Kingdom' })).toBeChecked();
  });

  test('choosing partner candidates writes them to the store', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<CoalitionView />);
    const partners = screen.getByRole('group', { name: 'Partner candidates' });
    fireEvent.click(within(partners).getByRole('checkbox', { name: 'GBR United Kingdom' }));
    expect(appStore.getState().partners).toEqual(['AUS']);
    expect(screen.queryByRole('img', { name: /United Kingdom: ΔA/ })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Back to the partner-role countries' }));
    expect(appStore.getState().partners).toEqual([]);
  });

  test('empty state when every country is on the side or a rival', () => {
    seedAppState({ dataset: sampleDataset(), parameters: { side: ['JPN', 'USA', 'AUS', 'GBR'] } });
    render(<CoalitionView />);
    expect(screen.getByText(/^No partner candidate: every country is on the side or a rival\. Add countries/)).toBeInTheDocument();
  });

  test('Japanese labels', () => {
    seedAppState({ dataset: sampleDataset(), locale: 'ja' });
    render(<CoalitionView />);
    expect(screen.getByRole('heading', { name: '連携構想（コアリション）' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '技術・パートナー別の ΔA（対 中国）' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^GCAP（日英伊） JPN \+ GBR/ })).toBeInTheDocument();
    expect(screen.getByText(/^対 中国：宇宙の遅れを縮める候補はありません。$/)).toBeInTheDocument();
  });
});
