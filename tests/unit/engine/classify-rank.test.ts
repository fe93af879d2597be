import { describe, expect, test } from 'vitest';
import { analyse, classify, durableScore, rankOf } from '../../../src/engine';
import { buildDataset, row } from '../../fixtures/engine/build-dataset';

describe('classes (§6), H = 10, ε = 0.05', () => {
  test.each([
    [0.3, 12, 'durable'],
    [0.3, Infinity, 'durable'],
    [0.3, 10, 'eroding'], // T ≤ H
    [0.3, 0.5, 'eroding'],
    [0.05, 3, 'contested'], // |A| ≤ ε
    [-0.05, 3, 'contested'],
    [0, 0, 'contested'],
    [0.0500001, 3, 'eroding'],
    [-0.3, 10, 'recoverable'],
    [-0.3, 10.5, 'structural'],
    [-0.3, Infinity, 'structural'],
  ] as const)('A = %d, T = %d → %s', (a, t, cls) => expect(classify(a, t, 10, 0.05)).toBe(cls));
});

describe('durable-advantage score D = r·A·min(T, Hmax)/Hmax (§7)', () => {
  test.each([
    [1, 1 / 3, Math.LN2 / (Math.log(1.1) - Math.log(1.02)), 30, 0.102],
    [1, 0.5, Infinity, 30, 0.5], // T = ∞ counts as Hmax
    [2, 0.5, 15, 30, 0.5],
    [1, -0.5, Infinity, 30, -0.5], // long-lasting lags score lowest
    [1, -0.5, 1, 30, -0.5 / 30], // recoverable lags near 0
    [0, -0.5, 1, 30, 0], // no negative zero
  ])('r=%d A=%d T=%d Hmax=%d → %d', (r, a, t, h, d) => {
    expect(durableScore(r, a, t, h)).toBeCloseTo(d, 4);
    expect(Object.is(durableScore(r, a, t, h), -0)).toBe(false);
  });
});

describe('ranking: D desc, then A desc, then id asc (§7)', () => {
  test('table', () => {
    const items = [
      { id: 'c', score: 0.2, asymmetry: 0.2 },
      { id: 'b', score: 0.2, asymmetry: 0.4 },
      { id: 'a', score: 0.2, asymmetry: 0.2 },
      { id: 'z', score: 0.9, asymmetry: 0.9 },
      { id: 'y', score: -0.1, asymmetry: -0.1 },
    ];
    expect(rankOf(items)).toEqual([4, 2, 3, 1, 5]);
  });

  test('in analyse: equal D broken by A, equal A broken by id; undefined last by id', () => {
    const levels = [0, 1, 2, 3, 4, 5].map((value) => ({ value, labelEn: `${value}`, labelJa: `${value}` }));
    const ds = buildDataset({
      indicators: [{ id: 'm', kind: 'ordinal', combine: 'max', levels }],
      technologies: [{ id: 'x', relevance: 0.5 }, { id: 'y' }, { id: 'w' }, { id: 'none' }, { id: 'aaa' }],
      rows: [
        row('JPN', 'x', 'm', 2024, 2), row('CHN', 'x', 'm', 2024, 0), // A 0.4, D 0.2
        row('JPN', 'y', 'm', 2024, 1), row('CHN', 'y', 'm', 2024, 0), // A 0.2, D 0.2
        row('JPN', 'w', 'm', 2024, 1), row('CHN', 'w', 'm', 2024, 0), // same as y
        row('JPN', 'none', 'm', 2024, 1),
        row('CHN', 'aaa', 'm', 2024, 1),
      ],
    });
    const block = analyse(ds, { side: ['JPN'] }).rivals[0];
    expect(block.technologies.map((t) => [t.technology, t.rank])).toEqual([['x', 1], ['w', 2], ['y', 3], ['aaa', null], ['none', null]]);
    expect(block.technologies[0].score).toBe(block.technologies[1].score);
  });
});
