import type { MessageTable } from './types';

/** Strings of the matrix area (asymmetry matrix: technology × indicator for one rival). */
export const matrixMessages = {
  'matrix.title': { en: 'Asymmetry matrix', ja: '非対称性マトリクス' },
  'matrix.subtitle': {
    en: 'Every technology against one rival, axis by axis: each cell is the indicator asymmetry a, the first column the composite A. Sort by any column to see where the lead or the lag comes from.',
    ja: '1つの競争相手に対し、技術ごと・比較軸ごとの指標非対称性 a を示します（最初の列は総合 A）。列で並べ替えると、優位や遅れがどの軸から来るかが分かります。',
  },
  'matrix.chart.title': { en: '{side} vs {rival}: asymmetry a by technology and indicator', ja: '{side} 対 {rival}：技術・指標別の非対称性 a' },
  'matrix.chart.subtitle': {
    en: 'Blue: {side} ahead; orange: {rival} ahead; white: parity; hatched: no value. Click a column header, or focus it and press Enter, to sort. Press Enter on a cell to open the comparison table.',
    ja: '青：{side} が優位、橙：{rival} が優位、白：均衡、斜線：値なし。列見出しをクリック（またはフォーカスして Enter）で並べ替え、セルで Enter を押すと比較表を開きます。',
  },
  'matrix.column.technology': { en: 'Technology', ja: '技術' },
  'matrix.column.composite': { en: 'Composite A', ja: '総合 A' },
  'matrix.header.aria': { en: '{column} (activate to sort)', ja: '{column}（選択して並べ替え）' },
  'matrix.sorted': { en: 'Sorted by {column}, {direction}.', ja: '{column}で{direction}に並べ替えました。' },
  'matrix.unsorted': { en: 'In rank order (durable-advantage score D).', ja: '順位（持続的優位スコア D）の順。' },
  'matrix.direction.ascending': { en: 'ascending', ja: '昇順' },
  'matrix.direction.descending': { en: 'descending', ja: '降順' },
  'matrix.status.missing-rival': { en: 'no rival value', ja: '相手国値なし' },
  'matrix.status.missing-side': { en: 'no side value', ja: '評価側値なし' },
  'matrix.status.not-measured': { en: 'not measured', ja: '対象外' },
  'matrix.flag.stale': { en: 'stale value', ja: '旧値' },
  'matrix.flag.lowConfidence': { en: 'low confidence', ja: '確度低' },
  'matrix.flag.zeroWeight': { en: 'weight 0, not in A', ja: '重み0・Aに含めない' },
  'matrix.cell.aria': { en: '{technology}, {indicator}: {value}{flags}', ja: '{technology}、{indicator}：{value}{flags}' },
  'matrix.cell.compositeAria': { en: '{technology}: composite A {a}, {class}{flags}', ja: '{technology}：総合 A {a}、{class}{flags}' },
  'matrix.tip.a': { en: 'a (indicator asymmetry): {value}', ja: 'a（指標の非対称性）：{value}' },
  'matrix.tip.ratio': { en: 'Ratio {side} ÷ {rival}: {value}', ja: '比率 {side} ÷ {rival}：{value}' },
  'matrix.tip.weight': { en: 'Weight in A: {value}', ja: 'A における重み：{value}' },
  'matrix.tip.zero-weight': { en: 'Weight 0: shown, not counted in A.', ja: '重み0：表示のみで A には含めません。' },
  'matrix.tip.missing-rival': {
    en: 'No value for {rival} within the staleness window: left out of A. Add a row for {rival} to values.csv.',
    ja: '許容年数内に {rival} の値がないため A から除外。values.csv に {rival} の行を追加してください。',
  },
  'matrix.tip.missing-side': {
    en: 'No value for {side} within the staleness window: left out of A. Add a row for a side member to values.csv.',
    ja: '許容年数内に {side} の値がないため A から除外。values.csv に評価側の国の行を追加してください。',
  },
  'matrix.tip.not-measured': {
    en: 'No country has a value of this indicator for this technology.',
    ja: 'この技術についてこの指標の値を持つ国がありません。',
  },
  'matrix.tip.unit': { en: 'Unit: {unit}', ja: '単位：{unit}' },
  'matrix.tip.sortHelp': { en: 'Click, or press Enter, to sort by this column.', ja: 'クリックまたは Enter でこの列で並べ替え。' },
  'matrix.tip.year': { en: 'Assessment year: {year}', ja: '評価年：{year}年' },
  'matrix.legend.marks': {
    en: '† stale value (older than the assessment year) · △ low confidence (grade C) · (+0.25) weight 0: shown, not in A · hover or focus a cell for value, unit, year, source and confidence of both sides',
    ja: '† 旧値（評価年より古い値）・△ 確度が低い（C）・(+0.25) 重み0：表示のみで A に含めない・セルにカーソルまたはフォーカスで双方の値・単位・年・出典・確度を表示',
  },
  'matrix.table.caption': { en: '{side} vs {rival}: indicator asymmetry a by technology', ja: '{side} 対 {rival}：技術別の指標非対称性 a' },
  'matrix.table.coverage': { en: 'Coverage', ja: 'カバー率' },
  'matrix.table.class': { en: 'Class', ja: '分類' },
  'matrix.table.year': { en: 'Year', ja: '評価年' },
  'matrix.empty.noRivals': {
    en: 'There is no rival to compare against. Choose rivals in the selection bar, or give countries the role “rival” in countries.csv.',
    ja: '比較する競争相手がありません。選択バーで競争相手を選ぶか、countries.csv で国の role を rival にしてください。',
  },
  'matrix.empty.noColumns': {
    en: 'No technology has a scored indicator (quantity or level) with values for both {side} and {rival}. Add rows for {rival} and the side to values.csv, or load a matrix (Load CSV).',
    ja: '{side} と {rival} の双方に値のある採点対象の指標（数量・段階）を持つ技術がありません。values.csv に {rival} と評価側の行を追加するか、比較表形式のCSVを読み込んでください（CSVを読み込む）。',
  },
} satisfies MessageTable;
