import type { MessageTable } from './types';

/** Strings of the trends area. */
export const trendsMessages = {
  'trends.title': { en: 'Trends and projection', ja: '推移と将来予測' },
  'trends.subtitle': {
    en: 'Yearly values of one indicator for the side’s members, the side combined by the indicator’s rule, and each rival. Dashed: the engine’s projection from the assessment year y0 to y0 + H.',
    ja: '1つの指標について、評価側の各国、指標の合算規則で合算した評価側、各競争相手の年次推移を示します。破線はエンジンによる評価年 y0 から y0 + H までの予測です。',
  },
  'trends.indicator': { en: 'Indicator', ja: '指標' },
  'trends.focusRival': { en: 'y0 of the comparison with', ja: 'y0 の基準とする競争相手' },
  'trends.logScale': { en: 'Logarithmic scale', ja: '対数目盛' },
  'trends.chartTitle': { en: '{indicator} — {technology}', ja: '{indicator}：{technology}' },
  'trends.chartSubtitle': {
    en: 'Side combined by “{combine}”. Solid: reported values; dashed: projection {from}–{to} (H = {h} y). Hollow dots: not every member reports that year. ▲: the value at y0 stands on an older (stale) value.',
    ja: '評価側は「{combine}」で合算。実線：報告値、破線：{from}〜{to}年の予測（H = {h}年）。白抜きの点：その年に一部の国の値がない。▲：y0 の値が古い値（旧値）による。',
  },
  'trends.combine.sum': { en: 'sum', ja: '合計' },
  'trends.combine.max': { en: 'maximum', ja: '最大値' },
  'trends.combine.mean': { en: 'mean', ja: '平均' },
  'trends.zerosOnLog': { en: 'Values of 0 cannot be placed on a logarithmic scale and are not drawn; the data table lists them.', ja: '値 0 は対数目盛に表示できないため描画していません（データ表に記載）。' },
  'trends.y0': { en: 'y0 = {year}', ja: 'y0 = {year}年' },
  'trends.projection': { en: '{name} (projection)', ja: '{name}（予測）' },
  'trends.projectedValue': { en: 'Projected: {value}', ja: '予測値：{value}' },
  'trends.slope.quantity': { en: 'Trend: {rate} per year (fit over W = {w} y)', ja: '傾向：年 {rate}（W = {w}年で推定）' },
  'trends.slope.ordinal': { en: 'Trend: {rate} levels per year (fit over W = {w} y)', ja: '傾向：年 {rate} 段階（W = {w}年で推定）' },
  'trends.noTrendData': { en: 'No trend data (fewer than 3 years in the window): held flat', ja: '傾向データなし（窓内が3年未満）：横ばいと仮定' },
  'trends.staleAtY0': { en: 'Value at y0 uses a stale value', ja: 'y0 の値は旧値を使用' },
  'trends.partial': { en: 'Partial: {missing} not reported', ja: '一部のみ：{missing} の値なし' },
  'trends.side': { en: '{name} (side)', ja: '{name}（評価側）' },
  'trends.table.series': { en: 'Series', ja: '系列' },
  'trends.table.year': { en: 'Year', ja: '年' },
  'trends.table.value': { en: 'Value', ja: '値' },
  'trends.table.kind': { en: 'Kind', ja: '種別' },
  'trends.table.reported': { en: 'reported', ja: '報告値' },
  'trends.table.projected': { en: 'projected', ja: '予測' },
  'trends.table.source': { en: 'Source', ja: '出典' },
  'trends.table.confidence': { en: 'Confidence', ja: '信頼度' },
  'trends.table.note': { en: 'Note', ja: '注記' },
  'trends.empty.noDataset': {
    en: 'No dataset is loaded. Load CSV files (Load CSV) or switch to the built-in dataset.',
    ja: 'データセットが読み込まれていません。CSVを読み込むか、組み込みデータセットに切り替えてください。',
  },
  'trends.empty.noRivals': {
    en: 'There is no rival to compare against. Choose rivals in the selection bar, or give countries the role “rival” in countries.csv.',
    ja: '比較する競争相手がありません。選択バーで競争相手を選ぶか、countries.csv で国の role を rival にしてください。',
  },
  'trends.empty.noIndicator': {
    en: '{technology} has no quantity or level indicator with values. Add rows with technology = {id} to values.csv (Load CSV).',
    ja: '{technology} には値のある数量・段階指標がありません。values.csv に technology = {id} の行を追加してください（CSVを読み込む）。',
  },
  'trends.empty.noValues': {
    en: 'No values of “{indicator}” for {technology} for the side or the rivals. Add rows for {codes} with indicator = {id} to values.csv (Load CSV).',
    ja: '{technology} の「{indicator}」について、評価側にも競争相手にも値がありません。values.csv に {codes} の indicator = {id} の行を追加してください（CSVを読み込む）。',
  },
} satisfies MessageTable;
