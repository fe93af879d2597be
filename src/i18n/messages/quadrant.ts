import type { MessageTable } from './types';

/** Strings of the quadrant area (A today × momentum). */
export const quadrantMessages = {
  'quadrant.title': { en: 'Advantage quadrant', ja: '優位の象限図' },
  'quadrant.subtitle': {
    en: 'Where each technology stands today (A, across) and where it is heading (momentum: change of A per year, up). Bubble size: relevance r. Colour: the class under the horizon H, from the full projection.',
    ja: '各技術の現在の位置（A、横軸）と向かう方向（モメンタム：A の年間変化、縦軸）。円の大きさは重要度 r、色は判断期間 H による分類（予測全体から算出）です。',
  },
  'quadrant.chartTitle': { en: 'A today × momentum vs {rival}', ja: '対 {rival}：現在の A × モメンタム' },
  'quadrant.chartSubtitle': {
    en: 'Dashed: where T = H if momentum stayed constant. Grey band: parity |A| ≤ ε = {epsilon}. Colour: the engine’s class (full projection), which may differ from this straight-line reading.',
    ja: '破線：モメンタムが一定なら T = H となる線。灰色の帯：均衡（|A| ≤ ε = {epsilon}）。色はエンジンの分類（予測全体）で、直線での読み取りと異なる場合があります。',
  },
  'quadrant.region.lead-gaining': { en: 'Lead, holding or widening', ja: '優位・維持または拡大' },
  'quadrant.region.lead-shrinking': { en: 'Lead, shrinking', ja: '優位・縮小' },
  'quadrant.region.lag-closing': { en: 'Lag, closing', ja: '遅れ・縮小' },
  'quadrant.region.lag-widening': { en: 'Lag, holding or widening', ja: '遅れ・維持または拡大' },
  'quadrant.region.parity': { en: 'Parity band', ja: '均衡帯' },
  'quadrant.regionHelp.lead-gaining': { en: 'durable', ja: '持続的優位' },
  'quadrant.regionHelp.lead-shrinking': { en: 'eroding below the dashed line, durable above', ja: '破線より下は侵食、上は持続' },
  'quadrant.regionHelp.lag-closing': { en: 'recoverable above the dashed line, structural below', ja: '破線より上は回復可能、下は構造的' },
  'quadrant.regionHelp.lag-widening': { en: 'structural', ja: '構造的な遅れ' },
  'quadrant.regionHelp.parity': { en: 'contested, |A| ≤ ε', ja: '拮抗（|A| ≤ ε）' },
  'quadrant.horizonLine': { en: 'T = H = {h} y at constant momentum', ja: 'モメンタム一定で T = H = {h}年' },
  'quadrant.axis.a': { en: 'A today (← {rival} ahead · {side} ahead →)', ja: '現在の A（← {rival} が優位・{side} が優位 →）' },
  'quadrant.axis.momentum': { en: 'Momentum (change of A per year)', ja: 'モメンタム（A の年間変化）' },
  'quadrant.point.aria': {
    en: '{technology}: A {a}, momentum {m} per year, {region}, {class}',
    ja: '{technology}：A {a}、モメンタム 年 {m}、{region}、{class}',
  },
  'quadrant.tip.region': { en: 'Quadrant: {region}', ja: '象限：{region}' },
  'quadrant.tip.relevance': { en: 'Relevance r (bubble size): {value}', ja: '重要度 r（円の大きさ）：{value}' },
  'quadrant.table.caption': { en: 'A today and momentum of {side} vs {rival}, in rank order', ja: '{side} 対 {rival} の現在の A とモメンタム（順位順）' },
  'quadrant.table.technology': { en: 'Technology', ja: '技術' },
  'quadrant.table.region': { en: 'Quadrant', ja: '象限' },
  'quadrant.table.class': { en: 'Class', ja: '分類' },
  'quadrant.table.a': { en: 'A', ja: 'A' },
  'quadrant.table.momentum': { en: 'Momentum (per year)', ja: 'モメンタム（年あたり）' },
  'quadrant.table.t': { en: 'T (years to parity)', ja: 'T（均衡までの年数）' },
  'quadrant.table.relevance': { en: 'Relevance r', ja: '重要度 r' },
  'quadrant.table.coverage': { en: 'Coverage', ja: 'カバー率' },
  'quadrant.table.year': { en: 'Year', ja: '評価年' },
} satisfies MessageTable;
