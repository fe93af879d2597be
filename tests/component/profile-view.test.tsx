import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import ProfileView from '../../src/views/profile';
import { appStore } from '../../src/store/store';
import { sampleDataset } from '../fixtures/views/sample-dataset';
import { seedAppState } from './support/app-state';

function tableRows(): string[][] {
  // Plain DOM queries: role queries over a large recharts SVG are slow in jsdom.
  const table = document.querySelector('table.data-table')!;
  return [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''));
}

// Rendering recharts in jsdom takes seconds on a shared machine: generous time, no target.
describe('Profile view', { timeout: 30_000 }, () => {
  test('draws a radar per actor with the normalisation stated', () => {
    seedAppState({ dataset: sampleDataset() });
    const { container } = render(<ProfileView />);
    expect(screen.getByRole('heading', { name: 'Capability profile by pillar' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Pillar profile — Artificial intelligence, 2023' })).toBeInTheDocument();
    expect(container.querySelectorAll('.recharts-radar').length).toBe(5);
    expect(screen.getByText(/score = 1 \+ a\(country vs best\), so 1 is the best and 0 is 2\^K = 8× or more behind \(K = 3\)/)).toBeInTheDocument();
    // JPN's budget is a fifth of the side's: 1 + log2(0.2)/3 = 0.23.
    expect(tableRows()).toContainEqual(['Investment', 'pillar score', 'Japan', '', '0.23', '1 / 1', '']);
  });

  test('country toggles hide a polygon', () => {
    seedAppState({ dataset: sampleDataset() });
    const { container } = render(<ProfileView />);
    fireEvent.click(within(screen.getByRole('group', { name: 'Countries shown' })).getByRole('checkbox', { name: 'Russia' }));
    expect(container.querySelectorAll('.recharts-radar').length).toBe(4);
  });

  test('saturation K changes the scores; the technology select changes the pillars', () => {
    seedAppState({ dataset: sampleDataset(), parameters: { saturation: 4 } });
    render(<ProfileView />);
    // K = 4: 1 + log2(0.2)/4 = 0.42.
    expect(tableRows()).toContainEqual(['Investment', 'pillar score', 'Japan', '', '0.42', '1 / 1', '']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Technology' }), { target: { value: 'space' } });
    expect(appStore.getState().technology).toBe('space');
    // Weapon-system integration: JPN level 2 of 0–4 vs the side's 4 → 0.5.
    expect(tableRows()).toContainEqual(['Military use', 'pillar score', 'Japan', '', '0.5', '1 / 1', '']);
  });

  test('empty state says which rows to add', () => {
    const dataset = sampleDataset();
    dataset.technologies.push({ id: 'hypersonic', nameEn: 'Hypersonics', nameJa: '極超音速', relevance: 1 });
    seedAppState({ dataset, technology: 'hypersonic' });
    render(<ProfileView />);
    expect(screen.getByText(/^Hypersonics has no quantity or level indicator with values for the side or the rivals\. Add rows with technology = hypersonic for JPN, USA, CHN, RUS/)).toBeInTheDocument();
  });

  test('Japanese labels', () => {
    seedAppState({ dataset: sampleDataset(), locale: 'ja' });
    render(<ProfileView />);
    expect(screen.getByRole('heading', { name: '柱別の能力プロファイル' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '柱別プロファイル：人工知能（2023年）' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '日本・米国（評価側）' })).toBeChecked();
    expect(tableRows()).toContainEqual(['投資', '柱スコア', '日本', '', '0.23', '1 / 1', '']);
  });
});
