/**
 * The comparison table's pure parts on the sample fixture: the model (build-table.ts), the cell
 * texts and tints (cell-text.ts) and the CSV export (src/export/table-csv.ts). Expected values
 * are worked by hand from the fixture's rows, e.g. space 2023:
 * JPN budget 1·1.02⁴ = 1.08243216, USA 3·1.01⁴ = 3.12181203 (side 4.20424419),
 * CHN 12·1.05⁴ = 14.586075 → ratio 0.288237, a = log2(0.288237) / 3 = −0.598224;
 * RUS 2·0.98⁴ = 1.84473632 → ratio 2.27905, a = 0.396144; integration 4 vs 3 → a = 0.25.
 */
import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { analyse } from '../../../src/engine';
import { translator } from '../../../src/i18n';
import { defaultParameters, type Parameters } from '../../../src/model/parameters';
import type { Dataset } from '../../../src/model/dataset';
import { buildComparisonTable, defaultRivals, effectiveRivals, MAX_TABLE_RIVALS, memberValue } from '../../../src/views/table/build-table';
import { cellTint, cellTooltip, comparisonText, footnoteMark, footnoteText, valueText } from '../../../src/views/table/cell-text';
import { actorName, pillarName } from '../../../src/views/table/names';
import { plainNumber, tableCsv } from '../../../src/export/table-csv';
import { sampleDataset, sampleRows } from '../../fixtures/views/sample-dataset';
import { buildDataset, row, type TestRow } from '../../fixtures/engine/build-dataset';

const en = translator('en');
const ja = translator('ja');

function run(dataset: Dataset, parameters: Partial<Parameters> = {}) {
  return analyse(dataset, { ...defaultParameters(), ...parameters });
}

function variant(keep: (item: TestRow) => boolean, extra: TestRow[] = []): Dataset {
  const base = sampleDataset();
  const dataset = buildDataset({ id: 'variant', rows: [...sampleRows().filter(keep), ...extra], countries: base.countries, technologies: base.technologies, indicators: base.indicators });
  dataset.sources = base.sources;
  return dataset;
}

function spaceTable(dataset = sampleDataset(), parameters: Partial<Parameters> = {}) {
  const result = run(dataset, parameters);
  return { dataset, result, model: buildComparisonTable(dataset, result, 'space', ['CHN', 'RUS'])! };
}

describe('buildComparisonTable', () => {
  test('rows by pillar, members and rivals, numbered sources in order of first citation', () => {
    const { model } = spaceTable();
    expect(model.technology).toBe('space');
    expect(model.year).toBe(2023);
    expect(model.empty).toBe(false);
    expect(model.side.members).toEqual(['JPN', 'USA']);
    expect(model.rivals.map((rival) => [rival.label, rival.year])).toEqual([
      ['CHN', 2023],
      ['RUS', 2023],
    ]);
    expect(model.groups.map((group) => [group.pillar, group.rows.map((item) => item.indicator.id)])).toEqual([
      ['investment', ['gov_budget']],
      ['military', ['weapon_system_integration']],
      ['governance', ['defense_use_principles']],
    ]);
    expect(model.footnotes.map((note) => [note.number, note.source, note.record?.title])).toEqual([
      [1, 'src1', 'Test budget statistics'],
      [2, 'src2', 'Test estimates of rival budgets'],
      [3, 'src4', 'Test doctrine review'],
    ]);
    const budget = model.groups[0]!.rows[0]!;
    expect(budget.weight).toBe(1);
    expect(budget.members.map((cell) => [cell.country, cell.status, cell.value.value, cell.footnotes])).toEqual([
      ['JPN', 'present', 1 * 1.02 ** 4, [1]],
      ['USA', 'present', 3 * 1.01 ** 4, [1]],
    ]);
    const [chn, rus] = budget.rivals;
    expect(chn!.detail!.ratio).toBeCloseTo(4.20424419 / 14.586075, 6);
    expect(chn!.detail!.asymmetry).toBeCloseTo(Math.log2(4.20424419 / 14.586075) / 3, 6);
    expect(chn!.lowConfidence).toBe(true);
    expect(chn!.stale).toBe(false);
    expect(chn!.footnotes).toEqual([2]);
    expect(rus!.detail!.asymmetry).toBeCloseTo(Math.log2(4.20424419 / 1.84473632) / 3, 6);
    const principles = model.groups[2]!.rows[0]!;
    expect(principles.members[0]!.value.texts).toEqual([{ country: 'JPN', text: 'Space Security Initiative (2023)' }]);
    expect(principles.members[1]!.status).toBe('missing');
    expect(principles.rivals[1]!.detail!.rival.present).toEqual([]);
  });

  test('the summary per rival is the engine assessment', () => {
    const { model } = spaceTable();
    expect(model.rivals[0]!.assessment.asymmetry).toBeCloseTo((-0.598224 + 0.25) / 2, 5);
    expect(model.rivals[0]!.assessment.advantageClass).toBe('structural');
    expect(model.rivals[1]!.assessment.advantageClass).toBe('durable');
  });

  test('values older than y0 are stale (staleness window 3 y)', () => {
    const { model } = spaceTable(sampleDataset(), { year: 2024 });
    const budget = model.groups[0]!.rows[0]!;
    expect(budget.members.map((cell) => cell.status)).toEqual(['stale', 'stale']);
    expect(budget.members[0]!.value.years).toEqual({ JPN: 2023 });
    expect(budget.rivals[0]!.stale).toBe(true);
  });

  test('a year with no value within the window gives an empty table', () => {
    const { model } = spaceTable(sampleDataset(), { year: 2030 });
    expect(model.empty).toBe(true);
  });

  test('no rival chosen still lists the side; unknown technology gives null', () => {
    const dataset = sampleDataset();
    const result = run(dataset);
    const model = buildComparisonTable(dataset, result, 'ai', [])!;
    expect(model.rivals).toEqual([]);
    expect(model.groups.flatMap((group) => group.rows.map((item) => item.indicator.id))).toEqual(['gov_budget', 'citations']);
    expect(buildComparisonTable(dataset, result, 'nothing', ['CHN'])).toBeNull();
  });

  test('rival choice keeps analysis order and the maximum', () => {
    const result = run(sampleDataset());
    expect(MAX_TABLE_RIVALS).toBe(4);
    expect(defaultRivals(result)).toEqual(['CHN', 'RUS']);
    expect(effectiveRivals(result, null)).toEqual(['CHN', 'RUS']);
    expect(effectiveRivals(result, ['RUS', 'PRK', 'CHN'])).toEqual(['CHN', 'RUS']);
    expect(effectiveRivals(result, [])).toEqual([]);
  });

  test('a missing member value says so', () => {
    const dataset = sampleDataset();
    const indicator = dataset.indicators.find((item) => item.id === 'citations')!;
    expect(memberValue(dataset, 'JPN', 'space', indicator, 2023, 3)).toEqual({
      status: 'missing',
      value: { value: null, texts: [], present: [], missing: ['JPN'], stale: [], years: {}, confidence: null, sources: [] },
    });
  });
});

describe('cell texts', () => {
  const { dataset, model } = spaceTable();
  const indicator = (id: string) => dataset.indicators.find((item) => item.id === id)!;

  test('footnote marks are circled numbers up to 20, then bracketed', () => {
    expect(footnoteMark(1)).toBe('①');
    expect(footnoteMark(20)).toBe('⑳');
    expect(footnoteMark(21)).toBe('[21]');
  });

  test('the tint mixes the asymmetry colour with white at 55 %', () => {
    // asymmetryColor(+1) = #1f5a9e (31, 90, 158): 255 + (31 − 255)·0.55 = 131.8 → 132, …
    expect(cellTint(1)).toBe('rgb(132, 164, 202)');
    // asymmetryColor(−1) = #b35806 (179, 88, 6).
    expect(cellTint(-1)).toBe('rgb(213, 163, 118)');
    expect(cellTint(null)).toBeNull();
    expect(cellTint(Number.NaN)).toBeNull();
  });

  test('values print with unit, level label or full text', () => {
    const budget = model.groups[0]!.rows[0]!;
    expect(valueText(budget.members[0]!.value, indicator('gov_budget'), 'en')).toBe('1.08 USD_billion');
    expect(valueText(budget.rivals[0]!.detail!.rival, indicator('gov_budget'), 'en')).toBe('14.6 USD_billion');
    const level = model.groups[1]!.rows[0]!.rivals[0]!.detail!.rival;
    expect(valueText(level, indicator('weapon_system_integration'), 'en')).toBe('3 (fielded)');
    expect(valueText(level, indicator('weapon_system_integration'), 'ja')).toBe('3 (実戦配備)');
    const text = model.groups[2]!.rows[0]!.rivals[0]!.detail!.rival;
    expect(valueText(text, indicator('defense_use_principles'), 'en')).toBe('No public doctrine; <b>not</b> HTML');
    expect(valueText(model.groups[2]!.rows[0]!.rivals[1]!.detail!.rival, indicator('defense_use_principles'), 'en')).toBe('–');
  });

  test('the comparison line gives the raw ratio and a', () => {
    expect(comparisonText(model.groups[0]!.rows[0]!.rivals[0]!.detail!, 'en')).toBe('0.29× · a −0.60');
    expect(comparisonText(model.groups[0]!.rows[0]!.rivals[1]!.detail!, 'en')).toBe('2.3× · a +0.40');
    expect(comparisonText(model.groups[1]!.rows[0]!.rivals[0]!.detail!, 'en')).toBe('a +0.25');
    expect(comparisonText(model.groups[2]!.rows[0]!.rivals[0]!.detail!, 'en')).toBe('');
  });

  test('the tooltip gives value, unit, year, source, confidence and the comparison', () => {
    const detail = model.groups[0]!.rows[0]!.rivals[0]!.detail!;
    const tip = cellTooltip(detail.rival, { dataset, indicator: indicator('gov_budget'), locale: 'en', t: en, heading: 'China · Government budget' }, detail, 'Japan + United States');
    expect(tip.split('\n')).toEqual([
      'China · Government budget',
      'Value: 14.6 USD_billion',
      'Year: CHN 2023',
      'Source: Test estimates of rival budgets',
      'Confidence: C — analyst judgement / weak proxy',
      'Japan + United States combined: 4.2 USD_billion',
      'Ratio (side ÷ rival): 0.29×',
      'a: −0.60',
    ]);
    const jaTip = cellTooltip(detail.rival, { dataset, indicator: indicator('gov_budget'), locale: 'ja', t: ja, heading: '中国' }, detail, '日本・米国');
    expect(jaTip).toContain('確度: C：分析者の判断・弱い代理指標');
    expect(jaTip).toContain('日本・米国の合算: 4.2 USD_billion');
  });

  test('footnote text joins title, publisher and year; a free-text source stays as written', () => {
    expect(footnoteText(model.footnotes[0]!)).toBe('Test budget statistics. Test office. 2024');
    expect(footnoteText({ number: 9, source: 'Press release, 2023' })).toBe('Press release, 2023');
  });

  test('names of pillars and actors', () => {
    expect(pillarName('investment', en)).toBe('Investment');
    expect(pillarName('military', ja)).toBe('軍事利用');
    expect(pillarName(null, en)).toBe('Other');
    expect(pillarName('cyber', en)).toBe('cyber');
    expect(actorName(dataset, ['JPN', 'USA'], 'en')).toBe('Japan + United States');
    expect(actorName(dataset, ['JPN', 'USA'], 'ja')).toBe('日本・米国');
  });
});

describe('table CSV', () => {
  function parse(csv: string): string[][] {
    return Papa.parse<string[]>(csv.trimEnd(), { skipEmptyLines: false }).data;
  }

  test('header, values as data, ratio and a per rival, composite, sources and parameters', () => {
    const { dataset, result, model } = spaceTable();
    const csv = tableCsv(model, { dataset, locale: 'en', t: en, parameters: result.parameters });
    const lines = parse(csv);
    expect(lines[0]).toEqual([
      'Pillar', 'Comparison axis', 'Indicator id', 'Kind', 'Unit', 'Weight',
      'Japan', 'Japan year', 'Japan status', 'Japan Confidence', 'Japan sources',
      'United States', 'United States year', 'United States status', 'United States Confidence', 'United States sources',
      'China', 'China year', 'China status', 'China Confidence', 'China sources', 'China Ratio (side ÷ rival)', 'China a',
      'Russia', 'Russia year', 'Russia status', 'Russia Confidence', 'Russia sources', 'Russia Ratio (side ÷ rival)', 'Russia a',
    ]);
    expect(lines[1]).toEqual([
      'Investment', 'Government budget', 'gov_budget', 'quantity', 'USD_billion', '1',
      '1.08243216', '2023', 'present', 'B', '1',
      '3.12181203', '2023', 'present', 'B', '1',
      '14.586075', '2023', 'present', 'C', '2', '0.288237', '-0.598224',
      '1.84473632', '2023', 'present', 'C', '2', '2.27905', '0.396144',
    ]);
    expect(lines[2]!.slice(0, 7)).toEqual(['Military use', 'Weapon-system integration', 'weapon_system_integration', 'level', '', '1', '2 (prototype)']);
    expect(lines[2]![16]).toBe('3 (fielded)');
    expect(lines[2]![22]).toBe('0.25');
    // Text cells in full (no HTML interpretation), blank weight; a missing rival value is "missing".
    expect(lines[3]!.slice(0, 9)).toEqual(['Governance', 'Defence-use principles', 'defense_use_principles', 'text, not scored', '', '', 'Space Security Initiative (2023)', '2023', 'present']);
    expect(lines[3]![11 + 2]).toBe('missing');
    expect(lines[3]![16]).toBe('No public doctrine; <b>not</b> HTML');
    expect(lines[3]![23 + 2]).toBe('missing');
    expect(lines[4]![0]).toBe('Composite');
    expect(lines[4]![1]).toBe('Composite asymmetry A');
    expect(lines[4]![16]).toBe('-0.174112');
    expect(lines[4]![23]).toBe('0.323072');
    expect(lines[6]![1]).toBe('Years to parity T');
    expect(lines[6]![16]).toBe('> 30');
    expect(lines[7]![16]).toBe('Structural');
    expect(lines[7]![23]).toBe('Durable');
    expect(lines[4]).toHaveLength(lines[0]!.length);
    const text = csv.split('\n');
    expect(text.slice(8, 13)).toEqual(['', 'Sources', '1,Test budget statistics. Test office. 2024', '2,Test estimates of rival budgets. 2024', '3,Test doctrine review. 2024']);
    expect(text.slice(13, 21)).toEqual(['', 'Parameters', 'Dataset,sample', 'Technology,Space (space)', 'Side,JPN+USA', 'Rivals,CHN (2023); RUS (2023)', 'year,2023', 'K,3']);
    expect(csv).toContain('\nH,10\nHmax,30\nε,0.05\nStaleness (years),3\n');
  });

  test('Japanese headers and years to parity as a number', () => {
    const dataset = sampleDataset();
    const result = run(dataset, { weights: { citations: 3 } });
    const model = buildComparisonTable(dataset, result, 'ai', ['CHN'])!;
    const lines = parse(tableCsv(model, { dataset, locale: 'ja', t: ja, parameters: result.parameters }));
    expect(lines[0]!.slice(0, 7)).toEqual(['分野', '比較軸', '指標ID', '種類', '単位', '重み', '日本']);
    expect(lines[1]!.slice(0, 4)).toEqual(['投資', '国家予算投資額', 'gov_budget', '数量']);
    // Citation weight 3: A = (0.188088 + 3·0.093178) / 4 = 0.116905.
    expect(lines[3]![16]).toBe('0.116905');
    expect(lines[2]![5]).toBe('3');
    expect(lines.find((line) => line[0] === '重みの変更')).toEqual(['重みの変更', 'citations=3']);
  });

  test('cells a spreadsheet would run as formulas are neutralised; negative numbers stay numbers', () => {
    const dataset = variant(
      (item) => !(item.indicator === 'defense_use_principles' && item.country === 'CHN'),
      [row('CHN', 'space', 'defense_use_principles', 2023, '=HYPERLINK("http://x","click")', { source: '@evil', confidence: 'C' })],
    );
    dataset.name = '+cmd|calc';
    const { result, model } = spaceTable(dataset);
    const csv = tableCsv(model, { dataset, locale: 'en', t: en, parameters: result.parameters });
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(csv).toContain("\n4,'@evil\n");
    expect(csv).toContain("Dataset,'+cmd|calc\n");
    expect(csv).toContain(',-0.598224,');
    expect(csv).not.toContain("'-0.598224");
  });

  test('plain numbers: 12 significant digits, infinity, empty when missing', () => {
    expect(plainNumber(1 / 3)).toBe('0.333333333333');
    expect(plainNumber(1 / 3, 6)).toBe('0.333333');
    expect(plainNumber(Infinity)).toBe('∞');
    expect(plainNumber(-0)).toBe('0');
    expect(plainNumber(null)).toBe('');
    expect(plainNumber(Number.NaN)).toBe('');
  });
});
