import { afterEach, describe, expect, test, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import TableView from '../../src/views/table';
import { setIndicatorWeight } from '../../src/store/actions/parameters';
import { appStore } from '../../src/store/store';
import { cellTint } from '../../src/views/table/cell-text';
import { downloadText } from '../../src/export/download';
import { sampleDataset } from '../fixtures/views/sample-dataset';
import { seedAppState } from './support/app-state';

vi.mock('../../src/export/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/export/download')>()),
  downloadText: vi.fn(),
}));

afterEach(() => vi.mocked(downloadText).mockClear());

/** The cells (td) of the row whose comparison axis matches `axis`. */
function rowCells(axis: RegExp | string): HTMLElement[] {
  const header = screen.getByRole('rowheader', { name: axis });
  return within(header.closest('tr')!).getAllByRole('cell');
}

/** The cells of a composite summary row. */
function summaryCells(label: string): HTMLElement[] {
  return rowCells(label).filter((cell) => !cell.classList.contains('compare-summary-side'));
}

describe('Comparison table view', () => {
  test('KCS layout: members | axis | rivals, values with units, ratios, tinted rival cells', () => {
    seedAppState({ dataset: sampleDataset(), technology: 'space' });
    render(<TableView />);
    const table = screen.getByRole('table', { name: 'Space: Japan + United States vs rivals, as of 2023' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Japan', 'United States', 'Comparison axis', 'China', 'Russia']);
    const [jpn, usa, chn, rus] = rowCells(/^Government budget/);
    expect(jpn).toHaveTextContent('1.08 USD_billion');
    expect(usa).toHaveTextContent('3.12 USD_billion');
    expect(chn).toHaveTextContent('14.6 USD_billion');
    expect(chn).toHaveTextContent('0.29× · a −0.60');
    expect(rus).toHaveTextContent('2.3× · a +0.40');
    // Rival cells are tinted by a (side vs that rival); member cells are not.
    const chnA = Math.log2(4.20424419 / 14.586075) / 3;
    expect(chn!.style.backgroundColor).toBe(cellTint(chnA));
    expect(jpn!.style.backgroundColor).toBe('');
    // Low confidence (C) mark and the source footnote number.
    expect(chn).toHaveTextContent('low confidence');
    expect(chn!.querySelector('.compare-notes')).toHaveTextContent('②');
    // The tooltip gives value, unit, year, source and confidence.
    expect(chn!.title.split('\n')).toEqual([
      'China · Government budget',
      'Value: 14.6 USD_billion',
      'Year: CHN 2023',
      'Source: Test estimates of rival budgets',
      'Confidence: C — analyst judgement / weak proxy',
      'Japan + United States combined: 4.2 USD_billion',
      'Ratio (side ÷ rival): 0.29×',
      'a: −0.60',
    ]);
    // Qualitative text cells in full, as text (never HTML).
    const [jpnText, , chnText, rusText] = rowCells(/^Defence-use principles/);
    expect(jpnText).toHaveTextContent('Space Security Initiative (2023)');
    expect(chnText).toHaveTextContent('No public doctrine; <b>not</b> HTML');
    expect(chnText!.querySelector('b')).toBeNull();
    expect(rusText).toHaveTextContent(/^–missing/);
    // Composite per rival, numbered sources under the table.
    expect(summaryCells('Composite asymmetry A').map((cell) => cell.textContent)).toEqual(['−0.17', '+0.32']);
    expect(summaryCells('Class').map((cell) => cell.textContent)).toEqual(['Structural', 'Durable']);
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(within(sources).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '① Test budget statistics. Test office, 2024',
      '② Test estimates of rival budgets, 2024',
      '③ Test doctrine review, 2024',
    ]);
  });

  test('choosing another technology redraws the table', () => {
    seedAppState({ dataset: sampleDataset(), technology: 'space' });
    render(<TableView />);
    expect(screen.queryByRole('rowheader', { name: /^Citations/ })).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Technology' }), { target: { value: 'ai' } });
    expect(appStore.getState().technology).toBe('ai');
    expect(screen.getByRole('table', { name: 'Artificial intelligence: Japan + United States vs rivals, as of 2023' })).toBeInTheDocument();
    expect(rowCells(/^Citations/)[2]).toHaveTextContent('1.2× · a +0.09');
    expect(summaryCells('Class').map((cell) => cell.textContent)).toEqual(['Eroding', 'Durable']);
  });

  test('a weight change changes the weight shown and the composite A', () => {
    seedAppState({ dataset: sampleDataset(), technology: 'ai' });
    render(<TableView />);
    expect(screen.getByRole('rowheader', { name: /^Citations/ })).toHaveTextContent('weight 1');
    expect(summaryCells('Composite asymmetry A')[0]).toHaveTextContent('+0.14');
    // A = (0.1881 + 3 × 0.0932) / 4 = 0.117.
    act(() => setIndicatorWeight('citations', 3));
    expect(screen.getByRole('rowheader', { name: /^Citations/ })).toHaveTextContent('weight 3');
    const composite = summaryCells('Composite asymmetry A')[0]!;
    expect(composite).toHaveTextContent('+0.12');
  });

  test('unticking a rival removes its column', () => {
    seedAppState({ dataset: sampleDataset(), technology: 'quantum' });
    render(<TableView />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Russia/ }));
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Japan', 'United States', 'Comparison axis', 'China']);
  });

  test('stale values show their year and mark', () => {
    seedAppState({ dataset: sampleDataset(), technology: 'quantum', parameters: { year: 2024 } });
    render(<TableView />);
    const [jpn, , chn] = rowCells(/^Government budget/);
    expect(jpn).toHaveTextContent('2023†');
    expect(jpn).toHaveTextContent('(stale)');
    expect(chn).toHaveTextContent('2023†');
  });

  test('downloads the table as CSV with the parameters', () => {
    seedAppState({ dataset: sampleDataset(), technology: 'space' });
    render(<TableView />);
    fireEvent.click(screen.getByRole('button', { name: 'Download table (CSV)' }));
    expect(downloadText).toHaveBeenCalledTimes(1);
    const [csv, fileName, mime, options] = vi.mocked(downloadText).mock.calls[0]!;
    expect(fileName).toBe('comparison-space-JPN-USA-2023.csv');
    expect(mime).toBe('text/csv');
    expect(options).toEqual({ bom: true });
    expect(csv.split('\n')[1]).toBe(
      'Investment,Government budget,gov_budget,quantity,USD_billion,1,1.08243216,2023,present,B,1,3.12181203,2023,present,B,1,14.586075,2023,present,C,2,0.288237,-0.598224,1.84473632,2023,present,C,2,2.27905,0.396144',
    );
    expect(csv).toContain('\nH,10\n');
  });

  test('empty states say what is missing and how to add it', () => {
    seedAppState({ dataset: sampleDataset(), technology: 'space', parameters: { year: 2030 } });
    const { unmount } = render(<TableView />);
    expect(
      screen.getByText('No values for Space within the staleness window of the assessment year. Add rows with technology “space” for JPN, USA and the rivals to values.csv (Load CSV).'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download table (CSV)' })).toBeDisabled();
    unmount();
    seedAppState();
    render(<TableView />);
    expect(screen.getByText(/No dataset is loaded\./)).toBeInTheDocument();
  });

  test('in Japanese', () => {
    seedAppState({ dataset: sampleDataset(), technology: 'space', locale: 'ja' });
    render(<TableView />);
    expect(screen.getByRole('heading', { level: 2, name: '比較表' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '宇宙：日本・米国と相手国の比較（2023年時点）' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['日本', '米国', '比較軸', '中国', 'ロシア']);
    expect(rowCells(/^兵器システム化の形態/)[2]).toHaveTextContent('3 (実戦配備)');
    expect(summaryCells('分類').map((cell) => cell.textContent)).toEqual(['構造的な遅れ', '持続的優位']);
    expect(screen.getByRole('button', { name: '比較表をダウンロード（CSV）' })).toBeEnabled();
  });
});
