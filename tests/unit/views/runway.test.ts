import { describe, expect, test } from 'vitest';
import { buildRunway, RUNWAY_SIZE, runwayLayout } from '../../../src/views/runway/runway-series';
import { runwayBarLabel, runwayTable } from '../../../src/views/runway/runway-text';
import { CLASS_COLORS } from '../../../src/charts/colors';
import { translator } from '../../../src/i18n';
import type { AnalysisResult } from '../../../src/model/results';
import { rivalBlock, sideResult, technologyAssessment } from '../../fixtures/views/assessments';

const dataset = {
  countries: [
    { code: 'JPN', nameEn: 'Japan', nameJa: '日本', role: 'ally' as const },
    { code: 'USA', nameEn: 'United States', nameJa: '米国', role: 'ally' as const },
    { code: 'CHN', nameEn: 'China', nameJa: '中国', role: 'rival' as const },
  ],
  technologies: ['ai', 'quantum', 'space', 'cyber', 'chips', 'bio'].map((id) => ({ id, nameEn: id.toUpperCase(), nameJa: id, relevance: 1 })),
};

const assessment = technologyAssessment;

function result(): AnalysisResult {
  return sideResult([
    rivalBlock('CHN', [
      assessment('quantum', { asymmetry: 0.6, yearsToParity: Infinity, advantageClass: 'durable', rank: 1 }),
      assessment('ai', { asymmetry: 0.3, yearsToParity: 6.25, advantageClass: 'eroding', rank: 2 }),
      assessment('chips', { asymmetry: 0.4, yearsToParity: 31, advantageClass: 'durable', rank: 3 }),
      assessment('bio', { asymmetry: 0, yearsToParity: 0, advantageClass: 'contested', rank: 4 }),
      assessment('space', { asymmetry: -0.2, yearsToParity: 4, advantageClass: 'recoverable', rank: 5 }),
      assessment('cyber', { year: 2020 }),
    ]),
  ]);
}

const en = { t: translator('en'), locale: 'en' as const, horizon: 10, maxYears: 30 };

describe('runway series', () => {
  test('groups leads, ties and lags; longest first; capped at Hmax with an open end', () => {
    const analysis = result();
    const series = buildRunway(analysis, analysis.rivals[0]!, dataset, 'en');
    expect(series.groups.map(({ group, bars }) => [group, bars.map((bar) => [bar.technology, bar.years, bar.open, bar.color])])).toEqual([
      [
        'lead',
        [
          // quantum (T ∞) and chips (T 31) both draw 30 y: rank breaks the tie.
          ['quantum', 30, true, CLASS_COLORS.durable],
          ['chips', 30, true, CLASS_COLORS.durable],
          ['ai', 6.25, false, CLASS_COLORS.eroding],
        ],
      ],
      ['parity', [['bio', 0, false, CLASS_COLORS.contested]]],
      ['lag', [['space', 4, false, CLASS_COLORS.recoverable]]],
    ]);
    expect(series.missing).toEqual([{ technology: 'cyber', name: 'CYBER', year: 2020 }]);
    expect([series.horizon, series.maxYears]).toEqual([10, 30]);
  });

  test('layout: headings and rows stacked from the top; years scale over the plot width', () => {
    const analysis = result();
    const layout = runwayLayout(buildRunway(analysis, analysis.rivals[0]!, dataset, 'en'));
    const { top, heading, row, left, right, width, bottom } = RUNWAY_SIZE;
    expect(layout.lines.map((line) => (line.kind === 'heading' ? `# ${line.group} ${line.y}` : `${line.index} ${line.bar.technology} ${line.y}`))).toEqual([
      `# lead ${top}`,
      `0 quantum ${top + heading}`,
      `1 chips ${top + heading + row}`,
      `2 ai ${top + heading + 2 * row}`,
      `# parity ${top + heading + 3 * row}`,
      `3 bio ${top + 2 * heading + 3 * row}`,
      `# lag ${top + 2 * heading + 4 * row}`,
      `4 space ${top + 3 * heading + 4 * row}`,
    ]);
    expect(layout.plot.bottom).toBe(top + 3 * heading + 5 * row);
    expect(layout.height).toBe(layout.plot.bottom + bottom);
    expect(layout.x(0)).toBe(left);
    expect(layout.x(30)).toBe(width - right);
    expect(layout.x(15)).toBe((left + width - right) / 2);
    expect(layout.ticks).toEqual([0, 5, 10, 15, 20, 25, 30]);
  });

  test('labels say lead or catch-up and show "> 30 y" past the cap', () => {
    const analysis = result();
    const series = buildRunway(analysis, analysis.rivals[0]!, dataset, 'en');
    const [lead, parity, lag] = series.groups;
    expect(runwayBarLabel(lead!.bars[0]!, en)).toBe('QUANTUM: years the lead lasts > 30 y — Durable');
    expect(runwayBarLabel(lead!.bars[2]!, en)).toBe('AI: years the lead lasts 6.3 y — Eroding');
    expect(runwayBarLabel(parity!.bars[0]!, en)).toBe('BIO: at parity 0 y — Contested');
    expect(runwayBarLabel(lag!.bars[0]!, en)).toBe('SPACE: years to catch up 4 y — Recoverable');
    const table = runwayTable(series, en);
    expect(table.rows.map((item) => [item.technology, item.group, item.t, item.class])).toEqual([
      ['QUANTUM', 'lead', '> 30 y', 'Durable'],
      ['CHIPS', 'lead', '> 30 y', 'Durable'],
      ['AI', 'lead', '6.3 y', 'Eroding'],
      ['BIO', 'parity', '0 y', 'Contested'],
      ['SPACE', 'lag', '4 y', 'Recoverable'],
    ]);
  });
});
