import type { MessageTable } from './types';

/** Strings of the profile area. */
export const profileMessages = {
  'profile.title': { en: 'Capability profile by pillar', ja: '柱別の能力プロファイル' },
  'profile.subtitle': {
    en: 'For one technology, where each side member, the side and each rival stand on every pillar, relative to the best of them.',
    ja: '1つの技術について、評価側の各国・評価側・各競争相手が柱ごとにどこに位置するかを、最も優れた国との比較で示します。',
  },
  'profile.chartTitle': { en: 'Pillar profile — {technology}, {year}', ja: '柱別プロファイル：{technology}（{year}年）' },
  'profile.chartSubtitle': {
    en: 'Each axis 0–1: 1 = the best of the countries shown on every indicator of the pillar.',
    ja: '各軸 0〜1：1 ＝ その柱の全指標で表示国中の最良値。',
  },
  'profile.normalisation': {
    en: 'How the axes are scored: on each scored indicator (quantity or level) every country is compared with the best value among the countries of this profile using the method’s asymmetry a (§2): score = 1 + a(country vs best), so 1 is the best and 0 is 2^K = {ratio}× or more behind (K = {k}), or the whole level scale behind. A pillar’s score is the unweighted mean over its indicators the country has a value for (“n of m” in the table); indicator weights, which drive A, are not applied. Values at y0 = {year}; the side and rivals combined by each indicator’s rule.',
    ja: '軸の算出方法：評価対象の各指標（数量・段階）について、各国をこのプロファイル内の最良値と手法の非対称性 a（§2）で比較し、スコア ＝ 1 + a(当該国対最良値) とします。1 が最良、0 は 2^K = {ratio}倍以上の差（K = {k}）または段階の全幅の差です。柱のスコアは、その国に値のある指標の単純平均です（表の「n / m」）。A を決める指標の重みは適用しません。y0 = {year}年の値。評価側と競争相手は各指標の合算規則で合算。',
  },
  'profile.fewPillars': {
    en: 'Only {count} pillar(s) have scored indicators for this technology, so the radar cannot form a shape; read the table below.',
    ja: 'この技術で評価対象の指標がある柱は {count} つだけのため、レーダーは形になりません。下の表をご覧ください。',
  },
  'profile.show': { en: 'Countries shown', ja: '表示する国' },
  'profile.side': { en: '{name} (side)', ja: '{name}（評価側）' },
  'profile.score': { en: '{actor}: {score} ({used} of {total} indicators)', ja: '{actor}：{score}（{total}指標中{used}）' },
  'profile.noValue': { en: '{actor}: no value', ja: '{actor}：値なし' },
  'profile.indicatorLine': { en: '{indicator}: {value} → {score}', ja: '{indicator}：{value} → {score}' },
  'profile.pillar.investment': { en: 'Investment', ja: '投資' },
  'profile.pillar.talent': { en: 'Talent', ja: '人材' },
  'profile.pillar.output': { en: 'Research output', ja: '研究成果' },
  'profile.pillar.industry': { en: 'Industry', ja: '産業' },
  'profile.pillar.military': { en: 'Military use', ja: '軍事利用' },
  'profile.pillar.governance': { en: 'Governance', ja: 'ガバナンス' },
  'profile.pillar.none': { en: 'Other', ja: 'その他' },
  'profile.table.actor': { en: 'Country or coalition', ja: '国・連合' },
  'profile.table.pillar': { en: 'Pillar', ja: '柱' },
  'profile.table.indicator': { en: 'Indicator', ja: '指標' },
  'profile.table.score': { en: 'Score (0–1)', ja: 'スコア（0〜1）' },
  'profile.table.used': { en: 'Indicators (n of m)', ja: '指標（n / m）' },
  'profile.table.pillarScore': { en: 'pillar score', ja: '柱スコア' },
  'profile.table.value': { en: 'Value at y0', ja: 'y0 の値' },
  'profile.table.source': { en: 'Source, year, confidence', ja: '出典・年・信頼度' },
  'profile.table.caption': { en: 'Pillar scores and the values behind them — {technology}', ja: '柱スコアとその根拠の値：{technology}' },
  'profile.empty.noDataset': {
    en: 'No dataset is loaded. Load CSV files (Load CSV) or switch to the built-in dataset.',
    ja: 'データセットが読み込まれていません。CSVを読み込むか、組み込みデータセットに切り替えてください。',
  },
  'profile.empty.noRivals': {
    en: 'There is no rival to compare against. Choose rivals in the selection bar, or give countries the role “rival” in countries.csv.',
    ja: '比較する競争相手がありません。選択バーで競争相手を選ぶか、countries.csv で国の role を rival にしてください。',
  },
  'profile.empty.noValues': {
    en: '{technology} has no quantity or level indicator with values for the side or the rivals. Add rows with technology = {id} for {codes} to values.csv, and give indicators a pillar in indicators.csv (Load CSV).',
    ja: '{technology} には評価側・競争相手に値のある数量・段階指標がありません。values.csv に {codes} の technology = {id} の行を追加し、indicators.csv で指標に pillar を付けてください（CSVを読み込む）。',
  },
} satisfies MessageTable;
