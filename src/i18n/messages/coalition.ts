import type { MessageTable } from './types';

/** Strings of the coalition area. */
export const coalitionMessages = {
  'coalition.title': { en: 'Coalition builder', ja: '連携構想（コアリション）' },
  'coalition.subtitle': {
    en: 'Choose the side, then see how much each partner would change the composite asymmetry A per technology: ΔA = A(side + partner) − A(side), at each technology’s assessment year.',
    ja: '評価側を選び、各パートナーを加えると技術ごとの総合非対称性 A がどれだけ変わるかを示します：ΔA = A(評価側＋パートナー) − A(評価側)（各技術の評価年）。',
  },
  'coalition.side': { en: 'Side', ja: '評価側' },
  'coalition.presets': { en: 'Presets', ja: 'プリセット' },
  'coalition.preset.absent': { en: '{codes} not in the data', ja: '{codes} はデータにありません' },
  'coalition.preset.apply': { en: 'Use {name} as the side ({members})', ja: '{name}（{members}）を評価側にする' },
  'coalition.sideCountries': { en: 'Countries on the side', ja: '評価側の国' },
  'coalition.sideHelp': { en: 'Rivals under assessment cannot be on the side.', ja: '評価中の競争相手は評価側に入れられません。' },
  'coalition.partners': { en: 'Partner candidates', ja: 'パートナー候補' },
  'coalition.partnersHelp': { en: 'Countries not on the side and not rivals. Default: every country with the role “partner”.', ja: '評価側でも競争相手でもない国。既定：role が partner の全ての国。' },
  'coalition.partnersReset': { en: 'Back to the partner-role countries', ja: 'partner の国に戻す' },
  'coalition.gapsTitle': { en: 'Which partner closes which gap', ja: 'どのパートナーがどの遅れを埋めるか' },
  'coalition.gaps.closes': {
    en: '{partner} in {technology} (ΔA {delta}: A {without} → {with})',
    ja: '{technology}では{partner}（ΔA {delta}：A {without} → {with}）',
  },
  'coalition.gaps.sentence': { en: 'vs {rival}: {closures}.', ja: '対 {rival}：{closures}。' },
  'coalition.gaps.unclosed': { en: 'no candidate narrows the lag in {list}', ja: '{list}の遅れを縮める候補はありません' },
  'coalition.gaps.none': {
    en: 'vs {rival}: the side lags in no technology (every A ≥ −ε = −{epsilon}); no gap to close.',
    ja: '対 {rival}：評価側が遅れている技術はありません（すべて A ≥ −ε = −{epsilon}）。',
  },
  'coalition.gaps.noData': {
    en: 'vs {rival}: no technology has values for both sides. Add rows for {rival} to values.csv (Load CSV).',
    ja: '対 {rival}：双方に値のある技術がありません。values.csv に {rival} の行を追加してください（CSVを読み込む）。',
  },
  'coalition.gaps.help': { en: 'A lag is A < −ε (recoverable or structural). The partner named is the one with the largest positive ΔA.', ja: '遅れ＝A < −ε（回復可能または構造的）。名前を挙げたのは ΔA が最大（正）の候補です。' },
  'coalition.grid.title': { en: 'ΔA by technology and partner vs {rival}', ja: '技術・パートナー別の ΔA（対 {rival}）' },
  'coalition.grid.subtitle': {
    en: 'Blue: the partner raises A for {side}; orange: it lowers A (a partner weaker on an indicator combined by mean). Full colour at |ΔA| = {scale}.',
    ja: '青：パートナーが {side} の A を高める、橙：A を下げる（平均で合算する指標で劣る場合など）。|ΔA| = {scale} で最も濃い色。',
  },
  'coalition.legend.lower': { en: 'lowers A', ja: 'A を下げる' },
  'coalition.legend.none': { en: 'no change', ja: '変化なし' },
  'coalition.legend.raise': { en: 'raises A', ja: 'A を高める' },
  'coalition.legend.noData': { en: 'no data', ja: 'データなし' },
  'coalition.cell.aria': {
    en: '{technology}, {partner}: ΔA {delta}, A {without} without, {with} with the partner',
    ja: '{technology}、{partner}：ΔA {delta}、パートナーなし A {without}、あり {with}',
  },
  'coalition.tip.without': { en: 'A without the partner: {value}', ja: 'パートナーなしの A：{value}' },
  'coalition.tip.with': { en: 'A with {partner}: {value}', ja: '{partner} を加えた A：{value}' },
  'coalition.tip.delta': { en: 'ΔA: {value}', ja: 'ΔA：{value}' },
  'coalition.tip.year': { en: 'Assessment year y0: {year}', ja: '評価年 y0：{year}年' },
  'coalition.tip.undefined': { en: 'ΔA undefined: no indicator has values for both sides', ja: 'ΔA 未定義：双方に値のある指標がありません' },
  'coalition.table.rival': { en: 'Rival', ja: '競争相手' },
  'coalition.table.technology': { en: 'Technology', ja: '技術' },
  'coalition.table.partner': { en: 'Partner', ja: 'パートナー' },
  'coalition.table.year': { en: 'y0', ja: 'y0' },
  'coalition.table.without': { en: 'A without', ja: 'A（なし）' },
  'coalition.table.with': { en: 'A with', ja: 'A（あり）' },
  'coalition.table.delta': { en: 'ΔA', ja: 'ΔA' },
  'coalition.empty.noDataset': {
    en: 'No dataset is loaded. Load CSV files (Load CSV) or switch to the built-in dataset.',
    ja: 'データセットが読み込まれていません。CSVを読み込むか、組み込みデータセットに切り替えてください。',
  },
  'coalition.empty.noRivals': {
    en: 'There is no rival to compare against. Choose rivals in the selection bar, or give countries the role “rival” in countries.csv.',
    ja: '比較する競争相手がありません。選択バーで競争相手を選ぶか、countries.csv で国の role を rival にしてください。',
  },
  'coalition.empty.noPartners': {
    en: 'No partner candidate: every country is on the side or a rival. Add countries (role “partner”) to countries.csv and their rows to values.csv (Load CSV).',
    ja: 'パートナー候補がありません（全ての国が評価側か競争相手です）。countries.csv に role が partner の国を、values.csv にその行を追加してください（CSVを読み込む）。',
  },
  'coalition.empty.noDelta': {
    en: 'No candidate has a value of any scored indicator: ΔA is undefined everywhere. Add rows for {codes} to values.csv (Load CSV).',
    ja: 'どの候補にも評価対象の指標の値がないため、ΔA はすべて未定義です。values.csv に {codes} の行を追加してください（CSVを読み込む）。',
  },
} satisfies MessageTable;
