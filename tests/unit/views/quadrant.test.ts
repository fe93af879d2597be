import { describe, expect, test } from 'vitest';
import { bubbleRadius, buildQuadrant, horizonLine, momentumExtent, niceCeil, regionOf, RADIUS } from '../../../src/views/quadrant/quadrant-series';
import { pointLabel, quadrantTable } from '../../../src/views/quadrant/quadrant-text';
import { CLASS_COLORS } from '../../../src/charts/colors';
import { translator } from '../../../src/i18n';
import type { AnalysisResult, TechnologyAssessment } from '../../../src/model/results';
import { rivalBlock, sideResult, technologyAssessment } from '../../fixtures/views/assessments';

const dataset = {
  countries: [
    { code: 'JPN', nameEn: 'Japan', nameJa: '日本', role: 'ally' as const },
    { code: 'USA', nameEn: 'United States', nameJa: '米国', role: 'ally' as const },
    { code: 'CHN', nameEn: 'China', nameJa: '中国', role: 'rival' as const },
  ],
  technologies: ['ai', 'quantum', 'space', 'cyber', 'chips'].map((id) => ({ id, nameEn: id.toUpperCase(), nameJa: id, relevance: 1 })),
};

const assessment = technologyAssessment;

function result(technologies: TechnologyAssessment[]): AnalysisResult {
  return sideResult([rivalBlock('CHN', technologies)]);
}

describe('quadrant geometry', () => {
  test('regions: parity band first, zero momentum counts as holding', () => {
    expect(regionOf(0.05, 0.1, 0.05)).toBe('parity');
    expect(regionOf(-0.05, -0.1, 0.05)).toBe('parity');
    expect(regionOf(0.3, 0, 0.05)).toBe('lead-gaining');
    expect(regionOf(0.3, -0.01, 0.05)).toBe('lead-shrinking');
    expect(regionOf(-0.3, 0.01, 0.05)).toBe('lag-closing');
    expect(regionOf(-0.3, 0, 0.05)).toBe('lag-widening');
  });

  test('momentum axis: largest |momentum| × 1.25, made nice', () => {
    expect(niceCeil(0.0775)).toBe(0.1);
    expect(niceCeil(0.1375)).toBe(0.15);
    expect(niceCeil(0.021)).toBe(0.025);
    expect(momentumExtent([0.062, -0.01])).toBe(0.1); // 0.0775 → 0.1
    expect(momentumExtent([0, 0])).toBe(0.05);
  });

  test('T = H line: momentum = −A/H, clipped to the plot', () => {
    // H = 10, extent 0.2: reaches A = ±1 at momentum ∓0.1.
    expect(horizonLine(10, 0.2)).toEqual([
      { x: -1, y: 0.1 },
      { x: 1, y: -0.1 },
    ]);
    // extent 0.05: the line leaves the plot at A = ±0.5.
    expect(horizonLine(10, 0.05)).toEqual([
      { x: -0.5, y: 0.05 },
      { x: 0.5, y: -0.05 },
    ]);
  });

  test('bubble area proportional to relevance', () => {
    expect(bubbleRadius(2, 2)).toBe(RADIUS.max);
    expect(bubbleRadius(0, 2)).toBe(RADIUS.min);
    // r = 0.5 of max: 4 + 10 · √0.25 = 9.
    expect(bubbleRadius(1, 4)).toBe(9);
  });
});

describe('quadrant series', () => {
  const technologies = [
    assessment('ai', { asymmetry: 0.3, momentum: -0.05, yearsToParity: 6, advantageClass: 'eroding', score: 0.06, rank: 2 }),
    assessment('quantum', { asymmetry: 1, momentum: 0, yearsToParity: Infinity, advantageClass: 'durable', score: 1, rank: 1, relevance: 2 }),
    assessment('chips', { asymmetry: 0.99, momentum: 0.001, yearsToParity: Infinity, advantageClass: 'durable', score: 0.99, rank: 3 }),
    assessment('space', { asymmetry: -0.2, momentum: 0.04, yearsToParity: 5, advantageClass: 'recoverable', score: -0.03, rank: 4 }),
    assessment('cyber', { year: 2020 }),
  ];

  test('points in rank order with class colours, regions and radii; missing listed', () => {
    const analysis = result(technologies);
    const series = buildQuadrant(analysis, analysis.rivals[0]!, dataset, 'en');
    expect(series.points.map((point) => [point.technology, point.x, point.y, point.region, point.color])).toEqual([
      ['quantum', 1, 0, 'lead-gaining', CLASS_COLORS.durable],
      ['ai', 0.3, -0.05, 'lead-shrinking', CLASS_COLORS.eroding],
      ['chips', 0.99, 0.001, 'lead-gaining', CLASS_COLORS.durable],
      ['space', -0.2, 0.04, 'lag-closing', CLASS_COLORS.recoverable],
    ]);
    // max relevance 2: quantum 14, the others 4 + 10·√0.5.
    expect(series.points[0]!.radius).toBe(14);
    expect(series.points[1]!.radius).toBeCloseTo(4 + 10 * Math.SQRT1_2, 10);
    // largest |momentum| 0.05 → 0.0625 → 0.1; H = 10 line reaches A = ±1.
    expect(series.yDomain).toEqual([-0.1, 0.1]);
    expect(series.horizonLine).toEqual([
      { x: -1, y: 0.1 },
      { x: 1, y: -0.1 },
    ]);
    expect(series.missing).toEqual([{ technology: 'cyber', name: 'CYBER', year: 2020 }]);
  });

  test('coinciding points stack their labels; labels near the right edge go left', () => {
    const analysis = result(technologies);
    const series = buildQuadrant(analysis, analysis.rivals[0]!, dataset, 'en');
    const byId = Object.fromEntries(series.points.map((point) => [point.technology, point]));
    expect([byId.quantum!.labelIndex, byId.quantum!.labelCount, byId.quantum!.labelLeft]).toEqual([0, 2, true]);
    expect([byId.chips!.labelIndex, byId.chips!.labelCount, byId.chips!.labelLeft]).toEqual([1, 2, true]);
    expect([byId.ai!.labelIndex, byId.ai!.labelCount, byId.ai!.labelLeft]).toEqual([0, 1, false]);
  });

  test('names and table', () => {
    const analysis = result(technologies);
    const series = buildQuadrant(analysis, analysis.rivals[0]!, dataset, 'en');
    const context = { t: translator('en'), locale: 'en' as const, horizon: 10, maxYears: 30 };
    expect(pointLabel(series.points[1]!, context)).toBe('AI: A +0.30, momentum −0.050 per year, Lead, shrinking, Eroding');
    const table = quadrantTable(series, context);
    expect(table.rows[3]).toEqual({
      technology: 'SPACE',
      region: 'Lag, closing',
      class: 'Recoverable',
      a: '−0.20',
      momentum: '+0.040',
      t: '5 y',
      relevance: '1',
      coverage: '100%',
      year: 2023,
    });
  });
});
