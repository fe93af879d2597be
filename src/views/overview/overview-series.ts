/**
 * The overview's data (pure): per rival, the technologies of each class as headline chips; the
 * technology × rival grid of A for the heatmap; and the counts behind the summary sentence.
 * Everything comes from the engine's AnalysisResult; nothing is recomputed here.
 */
import type { Dataset } from '../../model/dataset';
import type { Locale } from '../../i18n/locale';
import { localName } from '../../i18n/names';
import { ADVANTAGE_CLASSES, type AdvantageClass, type AnalysisResult, type TechnologyAssessment } from '../../model/results';
import { actorName } from './actor-name';
import { compositeFacts, type CompositeFacts } from './composite-facts';

/** A technology with a defined A, as a headline chip. */
export interface OverviewChip {
  /** Technology id. */
  technology: string;
  /** Technology name in the UI language. */
  name: string;
  /** The engine's assessment. */
  assessment: TechnologyAssessment;
  /** Class (defined whenever A is). */
  advantageClass: AdvantageClass;
  /** Indicators used, staleness, sources, confidence. */
  facts: CompositeFacts;
}

/** A technology without a defined A (no indicator with values on both sides). */
export interface OverviewMissing {
  /** Technology id. */
  technology: string;
  /** Technology name in the UI language. */
  name: string;
  /** Its assessment year. */
  year: number;
}

/** One rival's column of the overview. */
export interface OverviewRival {
  /** Rival label (`CHN`, `CHN+RUS`). */
  rival: string;
  /** Rival name in the UI language. */
  name: string;
  /** Earliest and latest assessment year of its technologies; null when it has none. */
  years: { min: number; max: number } | null;
  /** Every class in briefing order, with its chips in rank order (possibly none). */
  classes: { advantageClass: AdvantageClass; chips: OverviewChip[] }[];
  /** Technologies without a defined A. */
  missing: OverviewMissing[];
  /** Number of technologies per class. */
  counts: Record<AdvantageClass, number>;
}

/** One cell of the technology × rival heatmap. */
export interface OverviewCell {
  /** Technology id (row). */
  technology: string;
  /** Rival label (column). */
  rival: string;
  /** The engine's assessment. */
  assessment: TechnologyAssessment;
  /** Indicators used, staleness, sources, confidence. */
  facts: CompositeFacts;
}

/** Everything the overview draws. */
export interface OverviewSeries {
  /** Side name in the UI language ("Japan–United States"). */
  sideName: string;
  /** Side label (`JPN+USA`). */
  sideLabel: string;
  /** The analysis' "as of" year (latest technology year). */
  year: number;
  /** One column per rival, in the engine's order. */
  rivals: OverviewRival[];
  /** Heatmap rows: technologies in dataset order (those assessed for some rival). */
  technologies: { key: string; label: string }[];
  /** Heatmap columns: rivals. */
  columns: { key: string; label: string }[];
  /** Heatmap cells (absent when a rival has no assessment of a technology). */
  cells: OverviewCell[];
}

function emptyCounts(): Record<AdvantageClass, number> {
  return { durable: 0, eroding: 0, contested: 0, recoverable: 0, structural: 0 };
}

/** Build the overview from an analysis. */
export function buildOverview(result: AnalysisResult, dataset: Pick<Dataset, 'countries' | 'technologies'>, locale: Locale): OverviewSeries {
  const technologyName = (id: string) => localName(dataset.technologies.find((item) => item.id === id), locale, id);
  const rivals = result.rivals.map((block): OverviewRival => {
    const counts = emptyCounts();
    const byClass = new Map<AdvantageClass, OverviewChip[]>(ADVANTAGE_CLASSES.map((name) => [name, []]));
    const missing: OverviewMissing[] = [];
    for (const assessment of block.technologies) {
      const name = technologyName(assessment.technology);
      if (assessment.asymmetry === null || assessment.advantageClass === null) {
        missing.push({ technology: assessment.technology, name, year: assessment.year });
        continue;
      }
      counts[assessment.advantageClass] += 1;
      byClass.get(assessment.advantageClass)!.push({
        technology: assessment.technology,
        name,
        assessment,
        advantageClass: assessment.advantageClass,
        facts: compositeFacts(assessment),
      });
    }
    const years = block.technologies.map((assessment) => assessment.year);
    return {
      rival: block.rival.label,
      name: actorName(block.rival.members, dataset, locale),
      years: years.length > 0 ? { min: Math.min(...years), max: Math.max(...years) } : null,
      classes: ADVANTAGE_CLASSES.map((advantageClass) => ({ advantageClass, chips: byClass.get(advantageClass)! })),
      missing,
      counts,
    };
  });

  const assessed = new Set(result.rivals.flatMap((block) => block.technologies.map((assessment) => assessment.technology)));
  const order = [...dataset.technologies.map((item) => item.id), ...[...assessed].sort()];
  const technologies = [...new Set(order)].filter((id) => assessed.has(id)).map((id) => ({ key: id, label: technologyName(id) }));
  const cells = result.rivals.flatMap((block) =>
    block.technologies.map((assessment) => ({
      technology: assessment.technology,
      rival: block.rival.label,
      assessment,
      facts: compositeFacts(assessment),
    })),
  );
  return {
    sideName: actorName(result.side.members, dataset, locale),
    sideLabel: result.side.label,
    year: result.year,
    rivals,
    technologies,
    columns: rivals.map((rival) => ({ key: rival.rival, label: rival.name })),
    cells,
  };
}
