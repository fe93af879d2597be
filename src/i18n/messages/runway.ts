import type { MessageTable } from './types';

/** Strings of the runway area (years to parity or to catch-up). */
export const runwayMessages = {
  'runway.title': { en: 'Advantage runway', ja: '優位の持続年数' },
  'runway.subtitle': {
    en: 'How long each lead lasts before the rival reaches parity, and how long each lag takes to close, at current trends (T, capped at Hmax). The line marks the decision horizon H.',
    ja: '現在の傾向が続いた場合に、各優位が競争相手に均衡されるまでの年数と、各遅れが解消するまでの年数（T、上限 Hmax）。縦線は判断期間 H です。',
  },
  'runway.chartTitle': { en: 'Years to parity vs {rival}', ja: '対 {rival}：均衡までの年数' },
  'runway.chartSubtitle': {
    en: 'Bars ending in an arrow run beyond Hmax = {hmax} y (no parity within the projection). Years count from each technology’s assessment year.',
    ja: '矢印で終わる棒は Hmax = {hmax}年を超えます（予測期間内に均衡しない）。年数は技術ごとの評価年から数えます。',
  },
  'runway.group.lead': { en: 'Leads — years until {rival} reaches parity', ja: '優位 — {rival} が均衡するまでの年数' },
  'runway.group.lag': { en: 'Lags — years until {side} catches up', ja: '遅れ — {side} が追いつくまでの年数' },
  'runway.group.parity': { en: 'At parity today (A = 0)', ja: '現在均衡（A = 0）' },
  'runway.horizon': { en: 'H = {h} y', ja: 'H = {h}年' },
  'runway.axis': { en: 'Years from the assessment year', ja: '評価年からの年数' },
  'runway.bar.aria': { en: '{technology}: {meaning} {years} — {class}', ja: '{technology}：{meaning} {years} — {class}' },
  'runway.table.caption': { en: 'Years to parity of {side} vs {rival}, leads then lags', ja: '{side} 対 {rival} の均衡までの年数（優位、遅れの順）' },
  'runway.table.technology': { en: 'Technology', ja: '技術' },
  'runway.table.group': { en: 'Position', ja: '位置' },
  'runway.table.t': { en: 'T (years)', ja: 'T（年）' },
  'runway.table.class': { en: 'Class', ja: '分類' },
  'runway.table.a': { en: 'A', ja: 'A' },
  'runway.table.year': { en: 'Year', ja: '評価年' },
  'runway.table.coverage': { en: 'Coverage', ja: 'カバー率' },
  'runway.position.lead': { en: 'lead', ja: '優位' },
  'runway.position.lag': { en: 'lag', ja: '遅れ' },
  'runway.position.parity': { en: 'parity', ja: '均衡' },
} satisfies MessageTable;
