import type { MessageTable } from './types';

/**
 * Strings of the overview area. The `overview.tip.*`, `overview.legend.*`, `overview.flag.*`
 * and `overview.t*` keys are shared by the other comparison views (matrix, runway).
 */
export const overviewMessages = {
  'overview.title': { en: 'Net assessment overview', ja: 'ネットアセスメント概況' },
  'overview.subtitle': {
    en: 'Each technology’s composite asymmetry A against each rival and its class under the horizon H. Click a technology to open it in the comparison table.',
    ja: '技術ごとの総合非対称性 A と判断期間 H による分類を競争相手別に示します。技術をクリックすると比較表で開きます。',
  },
  'overview.context': {
    en: 'Side: {side} ({label}) · Rivals: {rivals} · As of {year}{range} · H = {h} y · Hmax = {hmax} y',
    ja: '評価側：{side}（{label}）・競争相手：{rivals}・{year}年時点{range}・H = {h}年・Hmax = {hmax}年',
  },
  'overview.yearRange': { en: ' (technologies assessed {min}–{max})', ja: '（技術別の評価年 {min}〜{max}年）' },
  'overview.summary': {
    en: '{side} vs {rival}, as of {year}: {durable} durable and {eroding} eroding advantages, {contested} contested, {recoverable} recoverable and {structural} structural lags.',
    ja: '{side} 対 {rival}（{year}年時点）：持続的優位 {durable}、侵食される優位 {eroding}、拮抗 {contested}、回復可能な遅れ {recoverable}、構造的な遅れ {structural}。',
  },
  'overview.summaryMissing': { en: ' {count} without data.', ja: 'データなし {count}。' },
  'overview.summaryTitle': { en: 'Headline', ja: '要旨' },
  'overview.versus': { en: 'vs {rival}', ja: '対 {rival}' },
  'overview.assessed': { en: 'assessed {years}', ja: '評価年 {years}' },
  'overview.classHelp.durable': { en: 'lead holds beyond H = {h} y', ja: 'H = {h}年を超えて優位が続く' },
  'overview.classHelp.eroding': { en: 'lead, parity within {h} y', ja: '優位だが{h}年以内に均衡' },
  'overview.classHelp.contested': { en: '|A| ≤ ε = {epsilon}', ja: '|A| ≤ ε = {epsilon}' },
  'overview.classHelp.recoverable': { en: 'lag closes within {h} y', ja: '{h}年以内に遅れを解消' },
  'overview.classHelp.structural': { en: 'lag persists beyond {h} y', ja: '{h}年を超えて遅れが続く' },
  'overview.chip.a': { en: 'A {value}', ja: 'A {value}' },
  'overview.chip.t': { en: 'T {value}', ja: 'T {value}' },
  // Starts with the chip's visible text (name, A, T, flags) so speech input can address it by what it shows.
  'overview.chip.aria': {
    en: '{technology} A {a} T {t}{flags} ({meaning}). Open in the comparison table.',
    ja: '{technology} A {a} T {t}{flags}（{meaning}）。比較表で開く。',
  },
  'overview.flag.lowCoverage': { en: 'low coverage', ja: 'カバー率低' },
  'overview.flag.stale': { en: 'stale values', ja: '旧値あり' },
  'overview.tLead': { en: 'years the lead lasts', ja: '優位の持続年数' },
  'overview.tLag': { en: 'years to catch up', ja: '追いつくまでの年数' },
  'overview.tParity': { en: 'at parity', ja: '均衡' },
  'overview.missing': { en: 'No data: {list}', ja: 'データなし：{list}' },
  'overview.missingHelp': {
    en: 'No indicator of these technologies has values for both sides. Add rows for {rival} to values.csv or load a matrix (Load CSV).',
    ja: 'これらの技術には双方に値のある指標がありません。values.csv に {rival} の行を追加するか、比較表形式のCSVを読み込んでください（CSVを読み込む）。',
  },
  'overview.rivalEmpty': {
    en: 'No technology has values for both {side} and {rival}. Add rows for {rival} to values.csv or load a matrix (Load CSV).',
    ja: '{side} と {rival} の双方に値のある技術がありません。values.csv に {rival} の行を追加するか、比較表形式のCSVを読み込んでください（CSVを読み込む）。',
  },
  'overview.noDataset': {
    en: 'No dataset is loaded. Load CSV files with “Load CSV”, or choose the built-in dataset in the header.',
    ja: 'データセットが読み込まれていません。「CSVを読み込む」でファイルを読み込むか、ヘッダーで組み込みデータセットを選んでください。',
  },
  'overview.noRivals': {
    en: 'There is no rival to compare against. Choose rivals in the selection bar, or give countries the role “rival” in countries.csv.',
    ja: '比較する競争相手がありません。選択バーで競争相手を選ぶか、countries.csv で国の role を rival にしてください。',
  },
  'overview.classesTitle': { en: 'Technologies by class', ja: '分類別の技術' },
  'overview.heatmap.title': { en: 'Asymmetry A by technology and rival', ja: '技術・競争相手別の非対称性 A' },
  'overview.heatmap.subtitle': {
    en: 'Blue: {side} ahead; orange: the rival ahead; white: parity; hatched: no data. Click a cell or press Enter to open the comparison table.',
    ja: '青：{side} が優位、橙：競争相手が優位、白：均衡、斜線：データなし。セルをクリックするか Enter で比較表を開きます。',
  },
  'overview.heatmap.cell': { en: '{technology} vs {rival}: A {a}, {class}, T {t}', ja: '{technology} 対 {rival}：A {a}、{class}、T {t}' },
  'overview.legend.lag': { en: 'lag', ja: '遅れ' },
  'overview.legend.parity': { en: 'parity', ja: '均衡' },
  'overview.legend.advantage': { en: 'advantage', ja: '優位' },
  'overview.legend.noData': { en: 'no data', ja: 'データなし' },
  'overview.legend.title': { en: 'Colour scale of A', ja: 'A の色の目盛り' },
  'overview.tip.a': { en: 'A (composite asymmetry): {value}', ja: 'A（総合非対称性）：{value}' },
  'overview.tip.t': { en: 'T: {value} ({meaning})', ja: 'T：{value}（{meaning}）' },
  'overview.tip.class': { en: 'Class (H = {h} y): {class}', ja: '分類（H = {h}年）：{class}' },
  'overview.tip.coverage': { en: 'Coverage: {value}', ja: 'カバー率：{value}' },
  'overview.tip.lowCoverage': { en: 'Coverage: {value} (low: below 65 %)', ja: 'カバー率：{value}（低：65 %未満）' },
  'overview.tip.year': { en: 'Assessment year: {year}', ja: '評価年：{year}年' },
  'overview.tip.indicators': { en: 'Indicators used: {count}', ja: '使用した指標数：{count}' },
  'overview.tip.momentum': { en: 'Momentum (change of A per year): {value}', ja: 'モメンタム（A の年間変化）：{value}' },
  'overview.tip.stale': { en: 'Includes values older than the assessment year (stale)', ja: '評価年より古い値（旧値）を含む' },
  'overview.tip.noData': { en: 'No indicator has values for both sides in {year}.', ja: '{year}年に双方の値がある指標がありません。' },
  'overview.table.technology': { en: 'Technology', ja: '技術' },
  'overview.table.rival': { en: 'Rival', ja: '競争相手' },
  'overview.table.a': { en: 'A', ja: 'A' },
  'overview.table.t': { en: 'T (years to parity)', ja: 'T（均衡までの年数）' },
  'overview.table.class': { en: 'Class', ja: '分類' },
  'overview.table.coverage': { en: 'Coverage', ja: 'カバー率' },
  'overview.table.year': { en: 'Year', ja: '評価年' },
  'overview.table.indicators': { en: 'Indicators used', ja: '使用指標数' },
  'overview.rivalSelect': { en: 'Rival in focus', ja: '対象の競争相手' },
  'overview.table.flags': { en: 'Flags', ja: '注記' },
} satisfies MessageTable;
