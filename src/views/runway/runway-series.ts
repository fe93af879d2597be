/**
 * The runway's data (pure): per technology of the focus rival, T — the years a lead lasts
 * until the rival reaches parity, or the years until a lag closes — grouped into leads, ties
 * and lags, longest first; bars are capped at Hmax and marked open beyond it. The layout
 * places rows and group headings and gives the d3 scale of years.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Dataset } from '../../model/dataset';
import type { Locale } from '../../i18n/locale';
import { localName } from '../../i18n/names';
import type { AdvantageClass, AnalysisResult, RivalAssessment, TechnologyAssessment } from '../../model/results';
import { CLASS_COLORS } from '../../charts/colors';
import { actorName } from '../overview/actor-name';

/** Which way the runway runs: a lead (A > 0), a lag (A < 0) or a tie today (A = 0). */
export type RunwayGroup = 'lead' | 'parity' | 'lag';

/** Groups in the order drawn. */
export const RUNWAY_GROUPS: readonly RunwayGroup[] = ['lead', 'parity', 'lag'];

/** One bar. */
export interface RunwayBar {
  /** Technology id. */
  technology: string;
  /** Technology name in the UI language. */
  name: string;
  /** Lead, tie or lag. */
  group: RunwayGroup;
  /** T (Infinity beyond Hmax). */
  yearsToParity: number;
  /** Bar length in years: min(T, Hmax). */
  years: number;
  /** T is beyond Hmax: the bar has an open end. */
  open: boolean;
  /** Class under H. */
  advantageClass: AdvantageClass;
  /** Class colour. */
  color: string;
  /** The engine's assessment. */
  assessment: TechnologyAssessment;
}

/** Everything the runway draws for one rival. */
export interface RunwaySeries {
  /** Rival label. */
  rival: string;
  /** Rival name in the UI language. */
  rivalName: string;
  /** Side name in the UI language. */
  sideName: string;
  /** Non-empty groups in drawing order, bars longest first. */
  groups: { group: RunwayGroup; bars: RunwayBar[] }[];
  /** Technologies without a defined A. */
  missing: { technology: string; name: string; year: number }[];
  /** Horizon H. */
  horizon: number;
  /** Projection cap Hmax. */
  maxYears: number;
}

function groupOf(asymmetry: number): RunwayGroup {
  return asymmetry > 0 ? 'lead' : asymmetry < 0 ? 'lag' : 'parity';
}

/** Build the runway of `block` (one rival of `result`). */
export function buildRunway(result: AnalysisResult, block: RivalAssessment, dataset: Pick<Dataset, 'countries' | 'technologies'>, locale: Locale): RunwaySeries {
  const { horizon, maxYears } = result.parameters;
  const technologyName = (id: string) => localName(dataset.technologies.find((item) => item.id === id), locale, id);
  const bars: RunwayBar[] = [];
  const missing: RunwaySeries['missing'] = [];
  for (const assessment of block.technologies) {
    const { asymmetry, yearsToParity, advantageClass } = assessment;
    if (asymmetry === null || yearsToParity === null || advantageClass === null) {
      missing.push({ technology: assessment.technology, name: technologyName(assessment.technology), year: assessment.year });
      continue;
    }
    const open = yearsToParity > maxYears;
    bars.push({
      technology: assessment.technology,
      name: technologyName(assessment.technology),
      group: groupOf(asymmetry),
      yearsToParity,
      years: open ? maxYears : yearsToParity,
      open,
      advantageClass,
      color: CLASS_COLORS[advantageClass],
      assessment,
    });
  }
  // Longest runway first; ties in the engine's rank order (then id), so the order is stable.
  bars.sort(
    (a, b) =>
      b.years - a.years ||
      (a.assessment.rank ?? Infinity) - (b.assessment.rank ?? Infinity) ||
      (a.technology < b.technology ? -1 : a.technology > b.technology ? 1 : 0),
  );
  return {
    rival: block.rival.label,
    rivalName: actorName(block.rival.members, dataset, locale),
    sideName: actorName(result.side.members, dataset, locale),
    groups: RUNWAY_GROUPS.map((group) => ({ group, bars: bars.filter((bar) => bar.group === group) })).filter((entry) => entry.bars.length > 0),
    missing,
    horizon,
    maxYears,
  };
}

/** Sizes of the runway drawing (px). */
export const RUNWAY_SIZE = {
  width: 1200,
  left: 280,
  right: 120,
  top: 44,
  bottom: 56,
  heading: 36,
  row: 34,
  bar: 20,
  /** Length of the open end drawn past Hmax. */
  openEnd: 14,
} as const;

/** A positioned row or group heading. */
export type RunwayLine =
  | { kind: 'heading'; group: RunwayGroup; y: number }
  | { kind: 'bar'; bar: RunwayBar; index: number; y: number };

/** Where everything goes. */
export interface RunwayLayout {
  /** SVG width. */
  width: number;
  /** SVG height. */
  height: number;
  /** Years → x. */
  x: ScaleLinear<number, number>;
  /** Headings and bars top to bottom; `y` is the top of the line; bars are numbered 0.. in order. */
  lines: RunwayLine[];
  /** Top and bottom of the plotting area (for the horizon line and the axis). */
  plot: { top: number; bottom: number };
  /** Axis ticks in years. */
  ticks: number[];
}

/** Lay out `series` at RUNWAY_SIZE. */
export function runwayLayout(series: RunwaySeries): RunwayLayout {
  const size = RUNWAY_SIZE;
  const x = scaleLinear().domain([0, series.maxYears]).range([size.left, size.width - size.right]);
  const lines: RunwayLine[] = [];
  let y = size.top;
  let index = 0;
  for (const { group, bars } of series.groups) {
    lines.push({ kind: 'heading', group, y });
    y += size.heading;
    for (const bar of bars) {
      lines.push({ kind: 'bar', bar, index: index++, y });
      y += size.row;
    }
  }
  return { width: size.width, height: y + size.bottom, x, lines, plot: { top: size.top - 8, bottom: y }, ticks: x.ticks(6) };
}
