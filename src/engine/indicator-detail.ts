/**
 * Per-indicator detail of one comparison (what the compare table shows): both actors' values
 * at y0 with provenance, the raw ratio, a_i, why the indicator is left out of the composite
 * when it is, and both trend fits.
 *
 * `excluded` precedence: text, then missing side (also when both sides are missing — the
 * rival's own ActorValue says whether it is missing too), missing rival, zero weight. a_i is
 * still shown for a zero-weight indicator: the strategist sees what the weight hides.
 */
import type { ActorValue, IndicatorAssessment } from '../model/results';
import { cellTrend } from './actor-value';
import { ordinalAsymmetry, quantityAsymmetry, rawRatio } from './asymmetry';
import type { CellValues } from './cells';
import type { IndicatorInfo } from './dataset-index';
import { noTrend } from './trend';

/** Build the IndicatorAssessment of indicator `info` between the cells `s` (side) and `r` (rival). */
export function indicatorDetail(
  info: IndicatorInfo,
  weight: number,
  saturation: number,
  side: ActorValue,
  rival: ActorValue,
  values: CellValues,
  s: number,
  r: number,
): IndicatorAssessment {
  const vs = side.value;
  const vr = rival.value;
  const both = vs !== null && vr !== null;
  let asymmetry: number | null = null;
  if (both && info.kind === 'quantity') asymmetry = quantityAsymmetry(vs, vr, info.direction, saturation);
  if (both && info.kind === 'ordinal') asymmetry = ordinalAsymmetry(vs, vr, info.direction, info.levelMin, info.levelMax);
  const detail: IndicatorAssessment = {
    indicator: info.indicator.id,
    kind: info.kind,
    weight,
    side,
    rival,
    ratio: both && info.kind === 'quantity' ? rawRatio(vs, vr) : null,
    asymmetry: asymmetry === 0 ? 0 : asymmetry,
    trend: info.kind === 'text' ? { side: noTrend(), rival: noTrend() } : { side: cellTrend(values, s), rival: cellTrend(values, r) },
  };
  const excluded = info.kind === 'text' ? 'text' : vs === null ? 'missing-side' : vr === null ? 'missing-rival' : !(weight > 0) ? 'zero-weight' : undefined;
  if (excluded) detail.excluded = excluded;
  return detail;
}
