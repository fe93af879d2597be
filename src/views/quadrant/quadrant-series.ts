/**
 * The quadrant's data (pure): per technology of the focus rival, A today (x), momentum (y, the
 * engine's Â(1) − Â(0)), a bubble radius from relevance, the class colour, the quadrant it sits
 * in, and where its label goes (labels of points drawn on top of each other are stacked).
 *
 * The classes are not quadrants: a shrinking lead is durable or eroding depending on T versus
 * H. If the momentum stayed constant, T = −A / momentum, so T = H on the line
 * momentum = −A / H; the builder gives that line, clipped to the plot, as a reading aid. Points
 * keep the engine's class (from the full per-indicator projection).
 */
import type { Dataset } from '../../model/dataset';
import type { Locale } from '../../i18n/locale';
import { localName } from '../../i18n/names';
import type { AdvantageClass, AnalysisResult, RivalAssessment, TechnologyAssessment } from '../../model/results';
import { CLASS_COLORS } from '../../charts/colors';
import { actorName } from '../overview/actor-name';

/** Where a point sits: a quadrant, or the parity band between them. */
export type QuadrantRegion = 'lead-gaining' | 'lead-shrinking' | 'lag-closing' | 'lag-widening' | 'parity';

/** Regions in reading order (top right, bottom right, top left, bottom left, band). */
export const QUADRANT_REGIONS: readonly QuadrantRegion[] = ['lead-gaining', 'lead-shrinking', 'lag-closing', 'lag-widening', 'parity'];

/** One bubble. */
export interface QuadrantPoint {
  /** Technology id. */
  technology: string;
  /** Technology name in the UI language. */
  name: string;
  /** A today. */
  x: number;
  /** Momentum: change of A per year. */
  y: number;
  /** Bubble radius (px), area proportional to relevance. */
  radius: number;
  /** Class under H (engine). */
  advantageClass: AdvantageClass;
  /** Class colour. */
  color: string;
  /** The quadrant or band. */
  region: QuadrantRegion;
  /** Position of the label in a stack of labels of coinciding points (0 = first). */
  labelIndex: number;
  /** Labels in that stack. */
  labelCount: number;
  /** Label left of the bubble (points near the right edge). */
  labelLeft: boolean;
  /** The engine's assessment. */
  assessment: TechnologyAssessment;
}

/** Everything the quadrant draws for one rival. */
export interface QuadrantSeries {
  /** Rival label. */
  rival: string;
  /** Rival name in the UI language. */
  rivalName: string;
  /** Side name in the UI language. */
  sideName: string;
  /** Bubbles in rank order. */
  points: QuadrantPoint[];
  /** Technologies without a defined A. */
  missing: { technology: string; name: string; year: number }[];
  /** A axis domain: [−1, 1] with room for the bubbles at the ends. */
  xDomain: [number, number];
  /** Momentum axis domain, symmetric around 0. */
  yDomain: [number, number];
  /** The T = H line at constant momentum (momentum = −A/H), clipped to the plot. */
  horizonLine: [{ x: number; y: number }, { x: number; y: number }];
}

/** Half-width of the A axis: a little beyond ±1 so bubbles at full advantage or lag are not cut. */
export const X_EDGE = 1.06;
/** Bubble radius range (px). */
export const RADIUS = { min: 4, max: 14 } as const;
/** Points closer than this share of the axis span (both axes) stack their labels. */
const CLUSTER = { x: 0.04, y: 0.05 } as const;

/** The region of (A, momentum) with parity band ε. Zero momentum counts as holding. */
export function regionOf(asymmetry: number, momentum: number, parityBand: number): QuadrantRegion {
  if (Math.abs(asymmetry) <= parityBand) return 'parity';
  if (asymmetry > 0) return momentum >= 0 ? 'lead-gaining' : 'lead-shrinking';
  return momentum > 0 ? 'lag-closing' : 'lag-widening';
}

/** A "nice" upper bound ≥ value: 1, 1.5, 2, 2.5 or 5 times a power of ten. */
export function niceCeil(value: number): number {
  if (!(value > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.5, 2, 2.5, 5, 10].find((multiple) => multiple * power >= value - 1e-12)!;
  return Number((step * power).toPrecision(12));
}

/** Half-height of the momentum axis: the largest |momentum| plus a quarter, made nice; 0.05 when flat. */
export function momentumExtent(momenta: number[]): number {
  const largest = Math.max(0, ...momenta.map(Math.abs));
  return largest > 0 ? niceCeil(largest * 1.25) : 0.05;
}

/** The line momentum = −A/H inside x ∈ [−1, 1], y ∈ [−extent, extent]. */
export function horizonLine(horizon: number, extent: number): QuadrantSeries['horizonLine'] {
  const reach = Math.min(1, extent * horizon);
  return [
    { x: -reach, y: reach / horizon },
    { x: reach, y: -reach / horizon },
  ];
}

/** Bubble radius for relevance r, area proportional to r / max r. */
export function bubbleRadius(relevance: number, maxRelevance: number): number {
  if (!(maxRelevance > 0)) return RADIUS.max;
  return RADIUS.min + (RADIUS.max - RADIUS.min) * Math.sqrt(Math.max(0, relevance) / maxRelevance);
}

/** Build the quadrant of `block` (one rival of `result`). */
export function buildQuadrant(
  result: AnalysisResult,
  block: RivalAssessment,
  dataset: Pick<Dataset, 'countries' | 'technologies'>,
  locale: Locale,
): QuadrantSeries {
  const { parityBand, horizon } = result.parameters;
  const technologyName = (id: string) => localName(dataset.technologies.find((item) => item.id === id), locale, id);
  const defined = block.technologies.filter(
    (item): item is TechnologyAssessment & { asymmetry: number; momentum: number; advantageClass: AdvantageClass } =>
      item.asymmetry !== null && item.momentum !== null && item.advantageClass !== null,
  );
  const ordered = [...defined].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const extent = momentumExtent(ordered.map((item) => item.momentum));
  const maxRelevance = Math.max(0, ...ordered.map((item) => item.relevance));

  // Stack the labels of points that (nearly) coincide: each cluster is anchored at its first point.
  const anchors: { x: number; y: number; members: QuadrantPoint[] }[] = [];
  const points = ordered.map((item): QuadrantPoint => {
    const point: QuadrantPoint = {
      technology: item.technology,
      name: technologyName(item.technology),
      x: item.asymmetry,
      y: item.momentum,
      radius: bubbleRadius(item.relevance, maxRelevance),
      advantageClass: item.advantageClass,
      color: CLASS_COLORS[item.advantageClass],
      region: regionOf(item.asymmetry, item.momentum, parityBand),
      labelIndex: 0,
      labelCount: 1,
      labelLeft: item.asymmetry > 0.6,
      assessment: item,
    };
    const near = anchors.find((anchor) => Math.abs(anchor.x - point.x) / 2 < CLUSTER.x && Math.abs(anchor.y - point.y) / (2 * extent) < CLUSTER.y);
    if (near) near.members.push(point);
    else anchors.push({ x: point.x, y: point.y, members: [point] });
    return point;
  });
  for (const anchor of anchors) {
    anchor.members.forEach((point, index) => {
      point.labelIndex = index;
      point.labelCount = anchor.members.length;
      point.labelLeft = anchor.members[0]!.labelLeft;
    });
  }
  return {
    rival: block.rival.label,
    rivalName: actorName(block.rival.members, dataset, locale),
    sideName: actorName(result.side.members, dataset, locale),
    points,
    missing: block.technologies
      .filter((item) => item.asymmetry === null || item.momentum === null || item.advantageClass === null)
      .map((item) => ({ technology: item.technology, name: technologyName(item.technology), year: item.year })),
    xDomain: [-X_EDGE, X_EDGE],
    yDomain: [-extent, extent],
    horizonLine: horizonLine(horizon, extent),
  };
}
