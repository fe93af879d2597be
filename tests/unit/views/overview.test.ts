/**
 * The overview's pure builders on the sample fixture. Expected numbers are worked by hand from
 * the fixture's rows (METHODOLOGY §2: a = clamp(log2(V_S / V_R) / K), K = 3; A = Σ w·a / Σ w):
 *
 * - ai vs CHN, 2023: budget side (2 + 8)·1.02⁴ = 10.8243, CHN 5·1.1⁴ = 7.3205, ratio 1.4786,
 *   a = log2(1.4786) / 3 = 0.1881; citations 24 770.46 vs 20 407.33, a = 0.0932;
 *   A = (0.1881 + 0.0932) / 2 = 0.1406 (eroding at H = 10: T ≈ 4.4 y, durable at H = 3).
 * - quantum vs CHN: ratio 11.23 > 2³ → a = A = +1 (durable, T beyond Hmax).
 * - space vs CHN: budget ratio 0.288 → a = −0.598; integration level 4 vs 3 → a = 0.25;
 *   A = −0.174 (structural).
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../../src/engine';
import { translator } from '../../../src/i18n';
import { defaultParameters, type Parameters } from '../../../src/model/parameters';
import type { Dataset } from '../../../src/model/dataset';
import { buildOverview } from '../../../src/views/overview/overview-series';
import { compositeFacts } from '../../../src/views/overview/composite-facts';
import { compositeFlags, compositeTooltip, coverageText, parityMeaning } from '../../../src/views/overview/composite-text';
import { heatmapCells, heatmapTable } from '../../../src/views/overview/heatmap-data';
import { summarySentence } from '../../../src/views/overview/summary';
import { actorName } from '../../../src/views/overview/actor-name';
import { focusBlock } from '../../../src/views/overview/RivalSelect';
import { sampleDataset, sampleRows } from '../../fixtures/views/sample-dataset';
import { buildDataset, type TestRow } from '../../fixtures/engine/build-dataset';

const en = translator('en');
const ja = translator('ja');

function run(dataset: Dataset, parameters: Partial<Parameters> = {}) {
  return analyse(dataset, { ...defaultParameters(), ...parameters });
}

/** The sample dataset with some rows dropped (same metadata and sources). */
function variant(keep: (row: TestRow) => boolean): Dataset {
  const base = sampleDataset();
  const dataset = buildDataset({ id: 'variant', rows: sampleRows().filter(keep), countries: base.countries, technologies: base.technologies, indicators: base.indicators });
  dataset.sources = base.sources;
  return dataset;
}

function chips(series: ReturnType<typeof buildOverview>, rival: string) {
  const column = series.rivals.find((item) => item.rival === rival)!;
  return Object.fromEntries(column.classes.map((group) => [group.advantageClass, group.chips.map((chip) => chip.technology)]));
}

describe('buildOverview', () => {
  const dataset = sampleDataset();

  test('puts each technology in its class card, per rival, in rank order', () => {
    const series = buildOverview(run(dataset), dataset, 'en');
    expect(series.sideName).toBe('Japan–United States');
    expect(series.sideLabel).toBe('JPN+USA');
    expect(series.year).toBe(2023);
    expect(series.rivals.map((rival) => [rival.rival, rival.name])).toEqual([
      ['CHN', 'China'],
      ['RUS', 'Russia'],
    ]);
    expect(chips(series, 'CHN')).toEqual({ durable: ['quantum'], eroding: ['ai'], contested: [], recoverable: [], structural: ['space'] });
    // vs RUS every technology leads beyond H; ranked by D: ai, quantum, space.
    expect(chips(series, 'RUS')).toEqual({ durable: ['ai', 'quantum', 'space'], eroding: [], contested: [], recoverable: [], structural: [] });
    expect(series.rivals[0]!.counts).toEqual({ durable: 1, eroding: 1, contested: 0, recoverable: 0, structural: 1 });
    expect(series.rivals[0]!.years).toEqual({ min: 2023, max: 2023 });
    const ai = series.rivals[0]!.classes[1]!.chips[0]!;
    expect(ai.assessment.asymmetry).toBeCloseTo(0.1406, 4);
    expect(ai.facts).toEqual({ used: 2, stale: false, sources: ['src1', 'src2', 'src3'], confidence: 'C' });
  });

  test('a shorter horizon H moves ai vs CHN from eroding to durable (its lead lasts ≈ 4.4 y)', () => {
    const series = buildOverview(run(dataset, { horizon: 3 }), dataset, 'en');
    expect(chips(series, 'CHN').durable).toEqual(['quantum', 'ai']);
    expect(chips(series, 'CHN').eroding).toEqual([]);
  });

  test('heatmap grid: technologies in dataset order, one cell per technology × rival', () => {
    const series = buildOverview(run(dataset), dataset, 'ja');
    expect(series.technologies).toEqual([
      { key: 'ai', label: '人工知能' },
      { key: 'quantum', label: '量子' },
      { key: 'space', label: '宇宙' },
    ]);
    expect(series.columns).toEqual([
      { key: 'CHN', label: '中国' },
      { key: 'RUS', label: 'ロシア' },
    ]);
    expect(series.sideName).toBe('日本・米国');
    expect(series.cells).toHaveLength(6);
    const space = series.cells.find((cell) => cell.technology === 'space' && cell.rival === 'CHN')!;
    expect(space.assessment.asymmetry).toBeCloseTo((-0.5982 + 0.25) / 2, 3);
  });

  test('a technology without values for a rival is listed as missing, not as a chip', () => {
    const data = variant((row) => !(row.country === 'RUS' && row.technology === 'quantum'));
    const series = buildOverview(run(data), data, 'en');
    const rus = series.rivals.find((rival) => rival.rival === 'RUS')!;
    expect(rus.missing).toEqual([{ technology: 'quantum', name: 'Quantum', year: 2023 }]);
    expect(chips(series, 'RUS').durable).toEqual(['ai', 'space']);
    expect(summarySentence(series, rus, en)).toBe(
      'Japan–United States vs Russia, as of 2023: 2 durable and 0 eroding advantages, 0 contested, 0 recoverable and 0 structural lags. 1 without data.',
    );
  });
});

describe('summary sentence', () => {
  test('counts the classes of each rival, in both languages', () => {
    const dataset = sampleDataset();
    const result = run(dataset);
    const english = buildOverview(result, dataset, 'en');
    expect(summarySentence(english, english.rivals[0]!, en)).toBe(
      'Japan–United States vs China, as of 2023: 1 durable and 1 eroding advantages, 0 contested, 0 recoverable and 1 structural lags.',
    );
    const japanese = buildOverview(result, dataset, 'ja');
    expect(summarySentence(japanese, japanese.rivals[0]!, ja)).toBe(
      '日本・米国 対 中国（2023年時点）：持続的優位 1、侵食される優位 1、拮抗 0、回復可能な遅れ 0、構造的な遅れ 1。',
    );
  });
});

describe('composite facts and texts', () => {
  const dataset = sampleDataset();

  test('stale values are flagged when the assessment year is after the data', () => {
    const result = run(dataset, { year: 2024 });
    const ai = result.rivals[0]!.technologies.find((item) => item.technology === 'ai')!;
    const facts = compositeFacts(ai);
    expect(facts.stale).toBe(true);
    expect(compositeFlags(ai, facts, en)).toEqual(['stale values']);
    expect(compositeFlags(ai, facts, ja)).toEqual(['旧値あり']);
  });

  test('T reads as the lead lasting, the lag closing, or parity', () => {
    expect(parityMeaning(0.14, en)).toBe('years the lead lasts');
    expect(parityMeaning(-0.17, en)).toBe('years to catch up');
    expect(parityMeaning(0, en)).toBe('at parity');
    expect(parityMeaning(null, ja)).toBe('均衡');
  });

  test('the tooltip gives A, T, class, coverage, year, sources and the weakest confidence', () => {
    const result = run(dataset);
    const ai = result.rivals[0]!.technologies.find((item) => item.technology === 'ai')!;
    const tip = compositeTooltip('AI · China', ai, compositeFacts(ai), { t: en, locale: 'en', dataset, horizon: 10, maxYears: 30 });
    expect(tip.title).toBe('AI · China');
    expect(tip.lines).toEqual([
      'A (composite asymmetry): +0.14',
      'T: 4.4 y (years the lead lasts)',
      'Class (H = 10 y): Eroding',
      'Coverage: 100%',
      'Assessment year: 2023',
      'Indicators used: 2',
      'Momentum (change of A per year): −0.032',
      'Source: Test budget statistics; Test estimates of rival budgets; Test bibliometrics',
      'Confidence: C — analyst judgement / weak proxy',
    ]);
  });

  test('a composite without data says so', () => {
    const data = variant((row) => !(row.country === 'RUS' && row.technology === 'quantum'));
    const quantum = run(data).rivals[1]!.technologies.find((item) => item.technology === 'quantum')!;
    const tip = compositeTooltip('Quantum · Russia', quantum, compositeFacts(quantum), { t: en, locale: 'en', dataset: data, horizon: 10, maxYears: 30 });
    expect(tip.lines).toEqual(['No indicator has values for both sides in 2023.', 'Assessment year: 2023']);
  });

  test('coverage text marks low coverage', () => {
    const ai = run(dataset).rivals[0]!.technologies[0]!;
    expect(coverageText(ai, 'en')).toBe('100%');
    expect(coverageText({ ...ai, coverage: 0.5, lowCoverage: true }, 'en')).toBe('50% ⚠');
  });
});

describe('heatmap cells and data table', () => {
  const dataset = sampleDataset();
  const context = { t: en, locale: 'en' as const, dataset, horizon: 10, maxYears: 30 };

  test('cells carry A as text, its colour value and a spoken label', () => {
    const series = buildOverview(run(dataset), dataset, 'en');
    const cells = heatmapCells(series, context);
    const space = cells.find((cell) => cell.row === 'space' && cell.column === 'CHN')!;
    expect(space.text).toBe('−0.17');
    expect(space.value).toBeCloseTo(-0.1741, 4);
    expect(space.ariaLabel).toBe('Space vs China: A −0.17, Structural, T > 30 y');
    const quantum = cells.find((cell) => cell.row === 'quantum' && cell.column === 'RUS')!;
    expect(quantum.text).toBe('+1.00');
  });

  test('a cell without A is drawn as "no data"', () => {
    const data = variant((row) => !(row.country === 'RUS' && row.technology === 'quantum'));
    const series = buildOverview(run(data), data, 'en');
    const cell = heatmapCells(series, { ...context, dataset: data }).find((item) => item.row === 'quantum' && item.column === 'RUS')!;
    expect(cell.value).toBeNull();
    expect(cell.text).toBe('no data');
  });

  test('the data table lists every technology × rival in row order', () => {
    const series = buildOverview(run(dataset), dataset, 'en');
    const table = heatmapTable(series, context);
    expect(table.caption).toBe('Asymmetry A by technology and rival');
    expect(table.columns.map((column) => column.key)).toEqual(['technology', 'rival', 'a', 't', 'class', 'coverage', 'year', 'indicators', 'flags']);
    expect(table.rows.map((row) => `${row.technology}/${row.rival}`)).toEqual([
      'Artificial intelligence/China',
      'Artificial intelligence/Russia',
      'Quantum/China',
      'Quantum/Russia',
      'Space/China',
      'Space/Russia',
    ]);
    expect(table.rows[0]).toEqual({
      technology: 'Artificial intelligence',
      rival: 'China',
      a: '+0.14',
      t: '4.4 y',
      class: 'Eroding',
      coverage: '100%',
      year: 2023,
      indicators: 2,
      flags: '',
    });
  });
});

describe('actor names and focus rival', () => {
  const dataset = sampleDataset();
  test('names join members per language', () => {
    expect(actorName('JPN+USA', dataset, 'en')).toBe('Japan–United States');
    expect(actorName(['CHN', 'RUS'], dataset, 'ja')).toBe('中国・ロシア');
    expect(actorName('XYZ', dataset, 'en')).toBe('XYZ');
  });
  test('the focus block falls back to the first rival', () => {
    const result = run(dataset);
    expect(focusBlock(result, 'RUS')?.rival.label).toBe('RUS');
    expect(focusBlock(result, 'PRK')?.rival.label).toBe('CHN');
    expect(focusBlock(result, null)?.rival.label).toBe('CHN');
  });
});
