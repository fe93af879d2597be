import { describe, expect, test } from 'vitest';
import { buildRanking, scoreDomain, scoreTicks } from '../../../src/views/ranking/ranking-series';
import { barLabel, formatScore, rankingHeadline, rankingTable, robustnessHeadline, uncertaintyCell } from '../../../src/views/ranking/ranking-text';
import { CLASS_COLORS } from '../../../src/charts/colors';
import { translator } from '../../../src/i18n';
import type { AnalysisResult, SensitivityResult } from '../../../src/model/results';
import { rivalBlock, sideResult, technologyAssessment } from '../../fixtures/views/assessments';

const dataset = {
  countries: [
    { code: 'JPN', nameEn: 'Japan', nameJa: '日本', role: 'ally' as const },
    { code: 'USA', nameEn: 'United States', nameJa: '米国', role: 'ally' as const },
    { code: 'CHN', nameEn: 'China', nameJa: '中国', role: 'rival' as const },
  ],
  technologies: [
    { id: 'ai', nameEn: 'AI', nameJa: '人工知能', relevance: 1 },
    { id: 'quantum', nameEn: 'Quantum', nameJa: '量子', relevance: 1 },
    { id: 'space', nameEn: 'Space', nameJa: '宇宙', relevance: 1 },
    { id: 'cyber', nameEn: 'Cyber', nameJa: 'サイバー', relevance: 1 },
  ],
};

const assessment = technologyAssessment;

/** Hand-made block: quantum durable (A 0.6, T ∞ → D 0.6), ai eroding (A 0.3, T 6 → D 0.06), space structural (A −0.2, T ∞ → D −0.2), cyber no data. */
function result(): AnalysisResult {
  return sideResult([
    rivalBlock('CHN', [
      assessment('quantum', { asymmetry: 0.6, yearsToParity: Infinity, advantageClass: 'durable', score: 0.6, rank: 1, momentum: 0 }),
      assessment('ai', { year: 2022, asymmetry: 0.3, yearsToParity: 6, advantageClass: 'eroding', score: 0.06, rank: 2, momentum: -0.05 }),
      assessment('space', { asymmetry: -0.2, yearsToParity: Infinity, advantageClass: 'structural', score: -0.2, rank: 3, momentum: -0.01, coverage: 0.5, lowCoverage: true }),
      assessment('cyber', { year: 2021 }),
    ]),
  ]);
}

const sensitivity: SensitivityResult = {
  seed: 7,
  draws: 500,
  summaries: [
    { technology: 'quantum', rival: 'CHN', rankMedian: 1, rankP05: 1, rankP95: 1, classProbability: { durable: 0.95, eroding: 0.05, contested: 0, recoverable: 0, structural: 0 } },
    { technology: 'ai', rival: 'CHN', rankMedian: 2, rankP05: 2, rankP95: 3, classProbability: { durable: 0.2, eroding: 0.7, contested: 0.1, recoverable: 0, structural: 0 } },
    { technology: 'space', rival: 'CHN', rankMedian: 3, rankP05: 2, rankP95: 3, classProbability: { durable: 0, eroding: 0, contested: 0.1, recoverable: 0.2, structural: 0.7 } },
    { technology: 'ai', rival: 'RUS', rankMedian: 1, rankP05: 1, rankP95: 1, classProbability: { durable: 1, eroding: 0, contested: 0, recoverable: 0, structural: 0 } },
  ],
};

const en = { t: translator('en'), locale: 'en' as const, horizon: 10, maxYears: 30 };
const ja = { t: translator('ja'), locale: 'ja' as const, horizon: 10, maxYears: 30 };

describe('ranking series', () => {
  test('bars in rank order with class colours; undefined technologies listed as missing', () => {
    const analysis = result();
    const series = buildRanking(analysis, analysis.rivals[0]!, dataset, 'en', null);
    expect(series.rows.map((row) => [row.rank, row.technology, row.score, row.color])).toEqual([
      [1, 'quantum', 0.6, CLASS_COLORS.durable],
      [2, 'ai', 0.06, CLASS_COLORS.eroding],
      [3, 'space', -0.2, CLASS_COLORS.structural],
    ]);
    expect(series.missing).toEqual([{ technology: 'cyber', name: 'Cyber', year: 2021 }]);
    expect(series.rivalName).toBe('China');
    expect(series.sideName).toBe('Japan–United States');
    expect(series.years).toEqual({ min: 2022, max: 2023 });
    // min −0.2 − 0.1 = −0.3; max 0.6 + 0.1 = 0.7.
    expect(series.domain).toEqual([-0.3, 0.7]);
    expect(series.rows.every((row) => row.uncertainty === null)).toBe(true);
  });

  test('rows follow the rank, not the engine order', () => {
    const analysis = result();
    const block = analysis.rivals[0]!;
    block.technologies.reverse();
    expect(buildRanking(analysis, block, dataset, 'en', null).rows.map((row) => row.technology)).toEqual(['quantum', 'ai', 'space']);
  });

  test('takes the Monte Carlo summary of its own rival only', () => {
    const analysis = result();
    const series = buildRanking(analysis, analysis.rivals[0]!, dataset, 'en', sensitivity);
    const ai = series.rows.find((row) => row.technology === 'ai')!;
    expect(ai.uncertainty).toMatchObject({ median: 2, p05: 2, p95: 3, pDurable: 0.2 });
  });

  test('score domain contains 0 and leaves room for labels; ticks every 0.1 or 0.2', () => {
    expect(scoreDomain([])).toEqual([0, 1]);
    expect(scoreDomain([0, 0])).toEqual([0, 1]);
    expect(scoreDomain([0.25])).toEqual([0, 0.4]); // 0.35 → 0.4
    expect(scoreDomain([-0.25, 0.49])).toEqual([-0.4, 0.6]); // −0.35 → −0.4; 0.59 → 0.6
    expect(scoreDomain([1, -1])).toEqual([-1.1, 1.1]);
    expect(scoreTicks([-0.3, 0.7])).toEqual([-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    expect(scoreTicks([-1.1, 1.1])).toEqual([-1, -0.8, -0.6, -0.4, -0.2, 0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});

describe('ranking text', () => {
  test('headline names the durable advantages in rank order', () => {
    const analysis = result();
    const series = buildRanking(analysis, analysis.rivals[0]!, dataset, 'en', null);
    expect(rankingHeadline(series, en)).toBe('1 durable advantage vs China (as of 2022–2023): Quantum.');
    analysis.rivals[0]!.technologies[1]!.advantageClass = 'durable';
    const two = buildRanking(analysis, analysis.rivals[0]!, dataset, 'ja', null);
    expect(rankingHeadline(two, ja)).toBe('中国 に対する持続的優位は 2 件（2022–2023年時点）：量子、人工知能。');
  });

  test('no durable advantage is said plainly', () => {
    const analysis = result();
    analysis.rivals[0]!.technologies[0]!.advantageClass = 'eroding';
    const series = buildRanking(analysis, analysis.rivals[0]!, dataset, 'en', null);
    expect(rankingHeadline(series, en)).toBe('No durable advantage vs China (as of 2022–2023).');
  });

  test('robustness sentence needs the Monte Carlo and counts P(durable) ≥ 90 %', () => {
    const analysis = result();
    expect(robustnessHeadline(buildRanking(analysis, analysis.rivals[0]!, dataset, 'en', null), 500, en)).toBeNull();
    const series = buildRanking(analysis, analysis.rivals[0]!, dataset, 'en', sensitivity);
    expect(robustnessHeadline(series, 500, en)).toBe('Durable in at least 90 % of the 500 Monte Carlo draws: Quantum.');
  });

  test('bar names, scores and Monte Carlo cells', () => {
    const analysis = result();
    const series = buildRanking(analysis, analysis.rivals[0]!, dataset, 'en', sensitivity);
    expect(series.rows.map((row) => barLabel(row, en))).toEqual(['1. Quantum — Durable, D 0.60', '2. AI — Eroding, D 0.06', '3. Space — Structural, D −0.20']);
    expect(series.rows.map((row) => uncertaintyCell(row, false, en))).toEqual(['#1 · 95%', '#2–3 · 20%', '#2–3 · 0%']);
    expect(uncertaintyCell({ ...series.rows[0]!, uncertainty: null }, true, en)).toBe('computing…');
    expect(uncertaintyCell({ ...series.rows[0]!, uncertainty: null }, false, en)).toBe('');
    expect([0.004, 0.0004, 0.00004, 0, -0.0123].map((score) => formatScore(score, 'en'))).toEqual(['0.004', '0.0004', '≈ 0', '0', '−0.01']);
  });

  test('data table rows are in rank order with A, T, coverage and the interval', () => {
    const analysis = result();
    const table = rankingTable(buildRanking(analysis, analysis.rivals[0]!, dataset, 'en', sensitivity), en);
    expect(table.caption).toBe('Durable-advantage ranking of Japan–United States vs China, in rank order');
    expect(table.rows.map((row) => [row.rank, row.technology, row.class, row.d, row.a, row.t, row.coverage, row.interval, row.pDurable])).toEqual([
      [1, 'Quantum', 'Durable', '0.60', '+0.60', '> 30 y', '100%', '1–1', '95%'],
      [2, 'AI', 'Eroding', '0.06', '+0.30', '6 y', '100%', '2–3', '20%'],
      [3, 'Space', 'Structural', '−0.20', '−0.20', '> 30 y', '50% ⚠', '2–3', '0%'],
    ]);
  });
});
