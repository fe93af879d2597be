/**
 * The per rival × technology assessment year on the real default dataset: quantitative series
 * end in 2018–2022 while the coded levels run to 2024, so one analysis-wide y0 left whole
 * technologies without data (see src/engine/assessment-year.ts).
 */
import { describe, expect, test } from 'vitest';
import { analyse, runSensitivity } from '../../../src/engine';
import type { AnalysisResult } from '../../../src/model/results';
import { loadDefaultDataset } from '../../fixtures/engine/default-dataset';

const ds = loadDefaultDataset();
const result = analyse(ds);
const block = (r: AnalysisResult, rival: string) => {
  const found = r.rivals.find((b) => b.rival.label === rival);
  if (!found) throw new Error(`no block for ${rival}`);
  return Object.fromEntries(found.technologies.map((t) => [t.technology, t]));
};

describe('default dataset, default parameters (JPN+USA)', () => {
  const chn = block(result, 'CHN');

  test.each(['ai', 'semiconductors', 'computing', 'electronics', 'aerospace', 'munitions'])('%s has a defined A against CHN', (id) => {
    expect(chn[id].asymmetry).not.toBeNull();
    expect(chn[id].coverage).toBeGreaterThan(0);
  });
  test('each technology is assessed at the latest year of its own scored data', () => {
    expect(chn.computing.year).toBe(2020); // patent families end in 2020
    expect(chn.electronics.year).toBe(2019); // industry value added
    expect(chn.aerospace.year).toBe(2019);
    expect(chn.munitions.year).toBe(2018);
    expect(chn.semiconductors.year).toBe(2022); // USPTO grants; the weight-0 regulation coding (2023) does not count
    expect(chn.ai.year).toBe(2024); // coded battle-network level
    expect(result.year).toBe(2024);
    expect(result.parameters.year).toBeNull();
  });
  test('semiconductors keeps its patent families (2020, within staleness of 2022)', () => {
    const patents = chn.semiconductors.indicators.find((i) => i.indicator === 'patent_families_granted');
    expect(patents?.excluded).toBeUndefined();
    expect(patents?.side.years).toEqual({ JPN: 2020, USA: 2020 });
  });
  test('no assessment uses a value newer than its y0 or older than y0 − staleness', () => {
    const staleness = result.parameters.staleness;
    let checked = 0;
    for (const b of result.rivals)
      for (const t of b.technologies)
        for (const i of t.indicators)
          for (const y of [...Object.values(i.side.years), ...Object.values(i.rival.years)]) {
            expect(y).toBeLessThanOrEqual(t.year);
            expect(y).toBeGreaterThanOrEqual(t.year - staleness);
            checked++;
          }
    expect(checked).toBeGreaterThan(100);
  });
  test('every rival block is ranked by D across technologies of different years', () => {
    for (const b of result.rivals) {
      const ranked = b.technologies.filter((t) => t.rank !== null);
      expect(ranked.map((t) => t.rank)).toEqual(ranked.map((_, k) => k + 1));
      for (let k = 1; k < ranked.length; k++) expect(ranked[k - 1].score as number).toBeGreaterThanOrEqual(ranked[k].score as number);
    }
  });
  test('an explicit year still applies to every technology', () => {
    const fixed = analyse(ds, { year: 2024 });
    for (const b of fixed.rivals) for (const t of b.technologies) expect(t.year).toBe(2024);
    expect(block(fixed, 'CHN').computing.asymmetry).toBeNull(); // the single-year behaviour, on request
  });
  test('the Monte Carlo summarises the same technologies as analyse defines', () => {
    const mc = runSensitivity(ds, { monteCarlo: { draws: 50, seed: 1 } });
    const defined = result.rivals.flatMap((b) => b.technologies.filter((t) => t.asymmetry !== null).map((t) => `${b.rival.label}/${t.technology}`));
    expect(mc.summaries.map((s) => `${s.rival}/${s.technology}`).sort()).toEqual(defined.sort());
  });
});
