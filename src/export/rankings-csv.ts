/**
 * The rankings CSV: what the CLI prints and the app's "Export rankings (CSV)" button saves —
 * one function, so they can never differ.
 *
 * - Header: technology,side,rival,year,asymmetry,coverage,years_to_parity,class,score,rank
 *   (+ rank_p05,rank_median,rank_p95,p_durable,p_eroding,p_contested,p_recoverable,
 *   p_structural when a sensitivity result is given).
 * - One block per rival, rivals by label; inside a block, technologies by rank.
 * - Technologies whose A is undefined (no indicator with data on both sides) come last in
 *   their block, by id, with asymmetry, years_to_parity, class, score, rank (and the
 *   sensitivity columns) empty and their coverage (0) given: the row says "assessed, no data"
 *   instead of silently dropping the technology, and no number is invented for it.
 * - `year` is the technology's own assessment year y0 (TechnologyAssessment.year): with the
 *   default "latest year" setting, technologies of one block may be assessed at different years.
 * - `years_to_parity` is empty when T = ∞ (no parity within Hmax).
 * - Numbers: fixed 6 decimals (`toFixed(6)`, reproducible across machines), −0 written as 0;
 *   year and rank as integers. Lines end with `\n`, the last one included.
 */
import { ADVANTAGE_CLASSES, type AnalysisResult, type SensitivityResult, type SensitivitySummary } from '../model/results';
import { csvLine } from './csv-cell';

/** Columns always present. */
export const RANKINGS_COLUMNS = ['technology', 'side', 'rival', 'year', 'asymmetry', 'coverage', 'years_to_parity', 'class', 'score', 'rank'] as const;
/** Columns added with a sensitivity result. */
export const SENSITIVITY_COLUMNS = ['rank_p05', 'rank_median', 'rank_p95', ...ADVANTAGE_CLASSES.map((c) => `p_${c}`)] as const;

/** A number with 6 decimals; null / NaN → empty; −0 → 0. */
export function fixed6(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  const text = value.toFixed(6);
  return /^-0\.0+$/.test(text) ? text.slice(1) : text;
}

/**
 * The rankings CSV of `result`, with the Monte Carlo columns when `sensitivity` is given.
 * @throws Error when `sensitivity` was computed for other method parameters than `result`.
 */
export function rankingsCsv(result: AnalysisResult, sensitivity?: SensitivityResult): string {
  if (sensitivity?.parameters && methodKey(sensitivity.parameters) !== methodKey(result.parameters)) {
    throw new Error('the sensitivity result was computed for other parameters than the analysis');
  }
  const summaries = new Map<string, SensitivitySummary>();
  for (const s of sensitivity?.summaries ?? []) summaries.set(`${s.rival}\u0000${s.technology}`, s);
  let out = csvLine(sensitivity ? [...RANKINGS_COLUMNS, ...SENSITIVITY_COLUMNS] : [...RANKINGS_COLUMNS]);
  const blocks = [...result.rivals].sort((a, b) => (a.rival.label < b.rival.label ? -1 : a.rival.label > b.rival.label ? 1 : 0));
  for (const block of blocks) {
    const ranked = block.technologies.filter((t) => t.rank !== null).sort((a, b) => (a.rank as number) - (b.rank as number));
    const unranked = block.technologies.filter((t) => t.rank === null).sort((a, b) => (a.technology < b.technology ? -1 : a.technology > b.technology ? 1 : 0));
    for (const t of [...ranked, ...unranked]) {
      const cells: (string | number)[] = [
        t.technology,
        result.side.members.join('+'),
        block.rival.label,
        String(t.year),
        fixed6(t.asymmetry),
        fixed6(t.coverage),
        t.yearsToParity === null || t.yearsToParity === Infinity ? '' : fixed6(t.yearsToParity),
        t.advantageClass ?? '',
        fixed6(t.score),
        t.rank === null ? '' : String(t.rank),
      ];
      if (sensitivity) {
        const s = t.rank === null ? undefined : summaries.get(`${block.rival.label}\u0000${t.technology}`);
        cells.push(fixed6(s?.rankP05), fixed6(s?.rankMedian), fixed6(s?.rankP95), ...ADVANTAGE_CLASSES.map((c) => fixed6(s?.classProbability[c])));
      }
      out += csvLine(cells);
    }
  }
  return out;
}

/** The parameters that change the analysis (Monte Carlo settings excluded), as a comparable key. */
function methodKey(p: AnalysisResult['parameters']): string {
  const sorted = (r: Record<string, number>) => Object.keys(r).sort().map((k) => [k, r[k]]);
  return JSON.stringify([p.side, p.rivals, p.year, p.saturation, p.trendWindow, p.horizon, p.maxYears, p.parityBand, p.staleness, sorted(p.weights), sorted(p.pillarWeights), sorted(p.relevance)]);
}
