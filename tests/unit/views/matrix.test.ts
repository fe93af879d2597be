/**
 * The asymmetry matrix's pure parts on the sample fixture. Hand-worked a_i (K = 3), vs CHN 2023:
 * ai budget 10.8243 / 7.3205 → a = log2(1.4786) / 3 = +0.1881 (CHN grade C), ai citations
 * 24 770.46 / 20 407.33 → +0.0932 (grade B both); quantum budget ratio 11.2 → +1; space budget
 * ratio 0.288 → −0.598, space integration level 4 vs 3 → +0.25 (grade C).
 * Composites: quantum +1, ai +0.1406, space −0.1741 (engine rank order quantum, ai, space).
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../../src/engine';
import { translator } from '../../../src/i18n';
import { defaultParameters, type Parameters } from '../../../src/model/parameters';
import type { Dataset } from '../../../src/model/dataset';
import { buildMatrix, nextSort, sortMatrixRows, SORT_COMPOSITE, SORT_COVERAGE, SORT_TECHNOLOGY, type MatrixSeries } from '../../../src/views/matrix/matrix-series';
import { cellMarks, indicatorCellText, matrixCells, matrixColumns, matrixTable, type MatrixTextContext } from '../../../src/views/matrix/matrix-text';
import { matrixLayout, MATRIX_SIZES, wrapLabel } from '../../../src/views/matrix/matrix-layout';
import { sampleDataset, sampleRows } from '../../fixtures/views/sample-dataset';
import { buildDataset, type TestRow } from '../../fixtures/engine/build-dataset';

const en = translator('en');

function matrix(parameters: Partial<Parameters> = {}, dataset: Dataset = sampleDataset(), rival = 'CHN', locale: 'en' | 'ja' = 'en'): MatrixSeries {
  const result = analyse(dataset, { ...defaultParameters(), ...parameters });
  return buildMatrix(result.rivals.find((block) => block.rival.label === rival)!, dataset, locale);
}

function variant(keep: (row: TestRow) => boolean): Dataset {
  const base = sampleDataset();
  const dataset = buildDataset({ id: 'variant', rows: sampleRows().filter(keep), countries: base.countries, technologies: base.technologies, indicators: base.indicators });
  dataset.sources = base.sources;
  return dataset;
}

const cell = (series: MatrixSeries, technology: string, indicator: string) => {
  const row = series.rows.find((item) => item.technology === technology)!;
  return row.cells[series.columns.findIndex((column) => column.indicator === indicator)]!;
};

const order = (rows: { technology: string }[]) => rows.map((row) => row.technology);

describe('buildMatrix', () => {
  test('columns are the scored technology-level indicators; rows the technologies in rank order', () => {
    const series = matrix();
    expect(series.rival).toBe('CHN');
    expect(series.columns).toEqual([
      { indicator: 'gov_budget', name: 'Government budget', pillar: 'investment', kind: 'quantity', weight: 1 },
      { indicator: 'citations', name: 'Citations', pillar: 'output', kind: 'quantity', weight: 1 },
      { indicator: 'weapon_system_integration', name: 'Weapon-system integration', pillar: 'military', kind: 'ordinal', weight: 1 },
    ]);
    expect(order(series.rows)).toEqual(['quantum', 'ai', 'space']);
  });

  test('cells hold a_i, the status and the low-confidence and stale marks', () => {
    const series = matrix();
    const budget = cell(series, 'ai', 'gov_budget');
    expect(budget.status).toBe('scored');
    expect(budget.asymmetry).toBeCloseTo(Math.log2(10.8243216 / 7.3205) / 3, 6);
    expect(budget.lowConfidence).toBe(true);
    expect(budget.stale).toBe(false);
    const citations = cell(series, 'ai', 'citations');
    expect(citations.asymmetry).toBeCloseTo(Math.log2(24770.45523 / 20407.3344) / 3, 6);
    expect(citations.lowConfidence).toBe(false);
    expect(cell(series, 'quantum', 'citations')).toMatchObject({ status: 'not-measured', asymmetry: null, detail: null });
    expect(cell(series, 'space', 'gov_budget').asymmetry).toBeCloseTo(-0.598224, 5);
    expect(cell(series, 'space', 'weapon_system_integration').asymmetry).toBe(0.25);
  });

  test('a value older than y0 marks the cell stale', () => {
    expect(cell(matrix({ year: 2024 }), 'ai', 'citations').stale).toBe(true);
  });

  test('weight 0: a_i still shown, not in A', () => {
    const series = matrix({ weights: { citations: 0 } });
    const citations = cell(series, 'ai', 'citations');
    expect(citations.status).toBe('zero-weight');
    expect(citations.asymmetry).toBeCloseTo(0.0932, 4);
    // A is then the budget's a alone.
    expect(series.rows.find((row) => row.technology === 'ai')!.assessment.asymmetry).toBeCloseTo(0.1881, 4);
  });

  test('a rival without a value: missing-rival, no a', () => {
    const series = matrix({}, variant((row) => !(row.country === 'RUS' && row.technology === 'quantum')), 'RUS');
    expect(cell(series, 'quantum', 'gov_budget')).toMatchObject({ status: 'missing-rival', asymmetry: null });
  });
});

describe('sorting', () => {
  const series = matrix();
  const sorted = (key: string, direction: 'ascending' | 'descending') => order(sortMatrixRows(series.rows, series.columns, { key, direction }, 'en'));

  test('by composite A, by an indicator, by name, by coverage', () => {
    expect(sorted(SORT_COMPOSITE, 'ascending')).toEqual(['space', 'ai', 'quantum']);
    expect(sorted(SORT_COMPOSITE, 'descending')).toEqual(['quantum', 'ai', 'space']);
    expect(sorted('gov_budget', 'ascending')).toEqual(['space', 'ai', 'quantum']);
    expect(sorted('weapon_system_integration', 'descending')).toEqual(['space', 'quantum', 'ai']);
    expect(sorted(SORT_TECHNOLOGY, 'ascending')).toEqual(['ai', 'quantum', 'space']);
    expect(sorted(SORT_TECHNOLOGY, 'descending')).toEqual(['space', 'quantum', 'ai']);
    // All coverages equal (1): the engine order stays (stable).
    expect(sorted(SORT_COVERAGE, 'descending')).toEqual(['quantum', 'ai', 'space']);
  });

  test('missing values go last in both directions', () => {
    expect(sorted('citations', 'ascending')).toEqual(['ai', 'quantum', 'space']);
    expect(sorted('citations', 'descending')).toEqual(['ai', 'quantum', 'space']);
  });

  test('no sort keeps the engine order; a header toggles ascending, descending', () => {
    expect(order(sortMatrixRows(series.rows, series.columns, null, 'en'))).toEqual(['quantum', 'ai', 'space']);
    expect(nextSort(null, 'citations')).toEqual({ key: 'citations', direction: 'ascending' });
    expect(nextSort({ key: 'citations', direction: 'ascending' }, 'citations')).toEqual({ key: 'citations', direction: 'descending' });
    expect(nextSort({ key: 'citations', direction: 'descending' }, 'citations')).toEqual({ key: 'citations', direction: 'ascending' });
    expect(nextSort({ key: 'citations', direction: 'descending' }, SORT_COMPOSITE)).toEqual({ key: SORT_COMPOSITE, direction: 'ascending' });
  });
});

describe('cell texts', () => {
  const dataset = sampleDataset();
  const context: MatrixTextContext = { t: en, locale: 'en', dataset, horizon: 10, maxYears: 30, sideName: 'Japan–United States', rivalName: 'China' };

  test('a with marks, weight 0 in brackets, or why it is empty', () => {
    const series = matrix();
    expect(indicatorCellText(cell(series, 'ai', 'gov_budget'), context)).toBe('+0.19 △');
    expect(indicatorCellText(cell(series, 'ai', 'citations'), context)).toBe('+0.09');
    expect(indicatorCellText(cell(series, 'quantum', 'citations'), context)).toBe('–');
    expect(indicatorCellText(cell(matrix({ weights: { citations: 0 } }), 'ai', 'citations'), context)).toBe('(+0.09)');
    expect(indicatorCellText(cell(matrix({ year: 2024 }), 'ai', 'citations'), context)).toBe('+0.09 †');
    const missing = matrix({}, variant((row) => !(row.country === 'RUS' && row.technology === 'quantum')), 'RUS');
    expect(indicatorCellText(cell(missing, 'quantum', 'gov_budget'), context)).toBe('no rival value');
    expect(cellMarks({ stale: true, lowConfidence: true }, en)).toEqual({ symbols: ' †△', words: ['stale value', 'low confidence'] });
  });

  test('drawn cells: composite first, spoken labels, tooltips with both sides’ provenance', () => {
    const series = matrix();
    expect(matrixColumns(series, en).map((column) => column.key)).toEqual([SORT_COMPOSITE, 'gov_budget', 'citations', 'weapon_system_integration']);
    const cells = matrixCells(series, series.rows, context);
    expect(cells).toHaveLength(3 * 4);
    const composite = cells.find((item) => item.row === 'ai' && item.column === SORT_COMPOSITE)!;
    expect(composite.text).toBe('+0.14');
    expect(composite.ariaLabel).toBe('Artificial intelligence: composite A +0.14, Eroding');
    const budget = cells.find((item) => item.row === 'ai' && item.column === 'gov_budget')!;
    expect(budget.ariaLabel).toBe('Artificial intelligence, Government budget: a +0.19, low confidence');
    expect(budget.tooltip).toEqual({
      title: 'Artificial intelligence · Government budget',
      lines: ['a (indicator asymmetry): +0.19', 'Ratio Japan–United States ÷ China: 1.5×', 'Weight in A: 1', 'Assessment year: 2023'],
      sections: [
        {
          heading: 'Japan–United States',
          lines: ['Value: 10.8 USD_billion', 'Year: JPN 2023, USA 2023', 'Source: Test budget statistics', 'Confidence: A — audited official figure'],
        },
        {
          heading: 'China',
          lines: ['Value: 7.32 USD_billion', 'Year: CHN 2023', 'Source: Test estimates of rival budgets', 'Confidence: C — analyst judgement / weak proxy'],
        },
      ],
    });
    const notMeasured = cells.find((item) => item.row === 'quantum' && item.column === 'citations')!;
    expect(notMeasured.value).toBeNull();
    expect(notMeasured.ariaLabel).toBe('Quantum, Citations: not measured');
  });

  test('the data table follows the sort', () => {
    const series = matrix();
    const rows = sortMatrixRows(series.rows, series.columns, { key: SORT_COMPOSITE, direction: 'ascending' }, 'en');
    const table = matrixTable(series, rows, context);
    expect(table.caption).toBe('Japan–United States vs China: indicator asymmetry a by technology');
    expect(table.columns.map((column) => column.label)).toEqual(['Technology', 'Composite A', 'Class', 'Coverage', 'Year', 'Government budget', 'Citations', 'Weapon-system integration']);
    expect(table.rows.map((row) => row['#technology'])).toEqual(['Space', 'Artificial intelligence', 'Quantum']);
    expect(table.rows[0]).toEqual({
      '#technology': 'Space',
      '#composite': '−0.17',
      '#class': 'Structural',
      '#coverage': '100%',
      '#year': 2023,
      gov_budget: '−0.60 △',
      citations: '–',
      weapon_system_integration: '+0.25 △',
    });
  });
});

describe('layout', () => {
  test('long names wrap on words; CJK wraps per character; overlong words are cut', () => {
    // 14 px Latin ≈ 8.4 px a character: 112 px holds 13 characters.
    expect(wrapLabel('International patent families granted (by field)', 112, 14, 5)).toEqual(['International', 'patent', 'families', 'granted (by', 'field)']);
    expect(wrapLabel('International patent families granted (by field)', 112, 14, 4)).toEqual(['International', 'patent', 'families', 'granted (by…']);
    expect(wrapLabel('国家予算投資額', 56, 14, 4)).toEqual(['国家予算', '投資額']);
    // Hyphenated words break after the hyphen; no line ends with "（" or starts with "）" or a small kana.
    expect(wrapLabel('Battle-network integration (level)', 112, 14, 5)).toEqual(['Battle-', 'network', 'integration', '(level)']);
    expect(wrapLabel('導入形態（段階）', 70, 14, 4)).toEqual(['導入形態', '（段階）']);
    expect(wrapLabel('パテントファミリー', 70, 14, 4)).toEqual(['パテント', 'ファミリー']);
    expect(wrapLabel('米国特許商標庁（USPTO）実用', 112, 14, 4)).toEqual(['米国特許商標庁', '（USPTO）実用']);
    expect(wrapLabel('Supercalifragilistic', 50, 10, 4)).toEqual(['Supercal', 'ifragili', 'stic']);
    expect(wrapLabel('A', 50, 14, 4)).toEqual(['A']);
  });

  test('bands and margins', () => {
    const rows = [
      { key: 'ai', label: 'AI' },
      { key: 'space', label: 'Space' },
    ];
    const columns = [
      { key: SORT_COMPOSITE, label: 'Composite A' },
      { key: 'gov_budget', label: 'Government budget' },
    ];
    const layout = matrixLayout(rows, columns, 'Technology', 80);
    const { columnWidth, rowHeight, lineHeight } = MATRIX_SIZES;
    // Row labels are short: the 160 px minimum, plus padding and the sort arrow.
    expect(layout.margin.left).toBe(160 + 16 + 16);
    // "Government budget" wraps to 2 lines in 112 px.
    expect(layout.headerLines.get('gov_budget')).toEqual(['Government', 'budget']);
    expect(layout.margin.top).toBe(2 * lineHeight + 16);
    expect(layout.width).toBe(192 + 2 * columnWidth + 8);
    expect(layout.height).toBe(layout.margin.top + 2 * rowHeight + 80);
    expect(layout.x('gov_budget')).toBeGreaterThan(layout.x(SORT_COMPOSITE)!);
    expect(layout.y('space')).toBeGreaterThan(layout.y('ai')!);
  });
});
