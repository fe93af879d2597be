/** Small helpers shared by the engine unit tests. */
import { analyse } from '../../../src/engine';
import type { Dataset } from '../../../src/model/dataset';
import type { Parameters } from '../../../src/model/parameters';
import type { TechnologyAssessment } from '../../../src/model/results';

/** The one technology assessment for rival `rival` and technology `technology`. */
export function assessment(dataset: Dataset, params: Partial<Parameters>, rival: string, technology: string): TechnologyAssessment {
  const result = analyse(dataset, params);
  const block = result.rivals.find((r) => r.rival.label === rival);
  const tech = block?.technologies.find((t) => t.technology === technology);
  if (!tech) throw new Error(`no assessment for ${rival} / ${technology}`);
  return tech;
}
