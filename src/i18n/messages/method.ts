import type { MessageTable } from './types';

/**
 * Strings of the Method page: every formula of METHODOLOGY.md explained in both languages.
 * Formulas themselves are language-neutral and live in src/views/method/formulas.ts.
 */
export const methodMessages = {
  'method.title': { en: 'Method: how every number is computed', ja: '手法：すべての数値の計算方法' },
  'method.intro': {
    en: 'The app follows the net-assessment workflow proposed for Japan by Keio University KCS (2024), steps 5–7: compare the defence use of advanced technologies quantitatively and qualitatively, find the asymmetries between Japan–US and each rival, estimate how long each lead can be kept and which lags can be recovered, and single out durable advantages usable for new, asymmetric ways of fighting. Every parameter below is a control on this page; every export records the values used.',
    ja: '本アプリは慶應義塾大学 KCS（2024）が日本向けに提案したネットアセスメントの手順（ステップ5〜7）に従います。先端技術の防衛利用を定量・定性の両面で比較し、日米と各競争相手国との非対称性を見いだし、優位をどれだけ維持できるか、どの遅れが回復可能かを見積もり、新たな非対称な戦い方に活用できる持続的優位を特定します。以下のパラメータはすべてこのページで変更でき、書き出すデータには使用した値が記録されます。',
  },
  'method.terms': { en: 'Terms', ja: '用語' },
  'method.terms.side': { en: 'Side S: the country or coalition being assessed (default JPN+USA, "Japan–US").', ja: '評価側 S：評価対象の国または連合（既定は日米 JPN+USA）。' },
  'method.terms.rival': { en: 'Rival R: a country or coalition compared against S; each rival is assessed separately.', ja: '競争相手 R：S と比較する国または連合。競争相手ごとに個別に評価します。' },
  'method.terms.direction': { en: 'd = +1 when more is better for the indicator (direction "higher"), −1 when less is better ("lower").', ja: '指標の向き d：多いほど良い指標（higher）は +1、少ないほど良い指標（lower）は −1。' },
  'method.terms.year': {
    en: 'Assessment year y0: by default, for each rival and technology, the latest year in which the side or that rival has a value of a scored indicator (quantity or ordinal, weight > 0) of the technology — technologies may therefore be assessed at different years, and every view shows the year used. A year chosen in the selection bar applies to every technology.',
    ja: '評価年 y0：既定では、競争相手と技術ごとに、評価側またはその相手が当該技術の点数化される指標（量的・順序、重み > 0）の値を持つ最新の年です。そのため技術ごとに評価年が異なることがあり、各ビューに使用した年を表示します。選択バーで年を指定すると全技術にその年を適用します。',
  },

  'method.s1': { en: '1. Coalition value', ja: '1. 連合の値' },
  'method.s1.body': {
    en: 'A coalition\'s value combines the members that have a value: sum (budgets, researchers, papers), max (ordinal maturity levels) or mean, as the indicator\'s "combine" rule says. Missing members are reported as partial coverage, never treated as zero. The value at y0 is each country\'s value at y0, else its most recent value within the staleness window before y0 (marked stale).',
    ja: '連合の値は、値を持つ構成国を指標の結合規則（combine）に従って合算（sum：予算・研究者数・論文数など）、最大値（max：成熟度などの順序尺度）、または平均（mean）します。値のない構成国は部分的なカバレッジとして報告し、ゼロとはみなしません。y0 の値は各国の y0 の値、なければ y0 以前の許容年数（staleness）以内で最新の値を用います（旧値として表示）。',
  },
  'method.s2': { en: '2. Indicator asymmetry a ∈ [−1, 1]', ja: '2. 指標ごとの非対称性 a ∈ [−1, 1]' },
  'method.s2.quantity': {
    en: 'Quantities: the log-ratio of the two values, scaled by the saturation K (with K = 3, an 8× ratio is a full advantage) and clamped. If only the side has a non-zero value, a = d; if only the rival, a = −d; both zero gives 0. Negative quantities are refused at load.',
    ja: '量的指標：両者の値の比の対数を飽和度 K で割り、範囲内に切り詰めます（K = 3 なら 8 倍の差で完全な優位）。評価側だけが正の値なら a = d、相手側だけなら a = −d、両方ゼロなら 0。負の量は読み込み時にエラーになります。',
  },
  'method.s2.ordinal': {
    en: 'Ordinal levels (e.g. 0 none … 4 networked): the difference of levels divided by the span of the scale.',
    ja: '順序尺度（例：0 なし … 4 ネットワーク化）：水準の差を尺度の幅で割った値。',
  },
  'method.s2.text': {
    en: 'Text indicators carry no score; they are shown side by side. A value missing on either side leaves the indicator out (coverage drops).',
    ja: 'テキスト指標は点数化せず並べて表示します。どちらかの値が欠けている指標は除外されます（カバレッジが下がります）。',
  },
  'method.s3': { en: '3. Composite asymmetry and coverage', ja: '3. 総合非対称性とカバレッジ' },
  'method.s3.body': {
    en: 'The composite A of a technology is the weighted mean of the defined indicator asymmetries. Coverage c is the share of the weight whose asymmetry is defined; c below 0.65 is flagged "low coverage" (the JRC rule of thumb for composite indicators). Raw ratios with units are shown beside every a_i: strategists read "3.2×", not 0.56.',
    ja: '技術ごとの総合非対称性 A は、定義された指標の非対称性の加重平均です。カバレッジ c は、定義された指標の重みの割合です。c が 0.65 未満の場合は「低カバレッジ」と表示します（JRC の合成指標の目安）。各 a_i の横には単位付きの比率（例「3.2×」）を表示します。',
  },
  'method.s4': { en: '4. Trend', ja: '4. トレンド' },
  'method.s4.body': {
    en: 'Over the window of W years ending at y0: for quantities, g is the least-squares slope of ln V on the year (values above 0 only); for ordinals, s is the slope of the level. Fewer than 3 points: slope 0, flagged "no trend data". A coalition\'s trend is fitted on its combined series, not averaged from its members.',
    ja: 'y0 で終わる W 年の期間で、量的指標は ln V の年に対する最小二乗傾き g（正の値のみ）、順序尺度は水準の傾き s を求めます。点が 3 未満なら傾き 0 とし「トレンドデータなし」と表示します。連合のトレンドは構成国の平均ではなく、合算した系列に当てはめます。',
  },
  'method.s5': { en: '5. Projection and years to parity T', ja: '5. 将来推計と均衡までの年数 T' },
  'method.s5.body': {
    en: 'Each value is projected k = 1…Hmax years ahead along its trend (ordinal levels clamped to their scale), and the composite Â(k) is recomputed with the same indicators and weights. T is the first k at which Â changes sign, interpolated linearly between k−1 and k. No sign change within Hmax: T = ∞, shown "> Hmax". A(y0) = 0 exactly: T = 0.',
    ja: '各値をトレンドに沿って k = 1…Hmax 年先まで推計し（順序尺度は範囲内に制限）、同じ指標と重みで総合値 Â(k) を再計算します。T は Â の符号が初めて変わる年数で、k−1 と k の間を線形補間します。Hmax 年以内に符号が変わらなければ T = ∞（「Hmax 年超」と表示）。A(y0) がちょうど 0 なら T = 0。',
  },
  'method.s6': { en: '6. Classes (horizon H)', ja: '6. 分類（判断期間 H）' },
  'method.s6.durable': { en: 'Durable: A > ε and T > H — the advantage holds beyond the horizon (KCS step 6-①, step 7 candidates).', ja: '持続的優位：A > ε かつ T > H — 判断期間を超えて優位が続く（KCS ステップ6-①、ステップ7の候補）。' },
  'method.s6.eroding': { en: 'Eroding: A > ε and T ≤ H — a lead, but the rival reaches parity within H years.', ja: '侵食される優位：A > ε かつ T ≤ H — 優位だが H 年以内に相手が追いつく。' },
  'method.s6.contested': { en: 'Contested: |A| ≤ ε — the parity band.', ja: '拮抗：|A| ≤ ε — 均衡の範囲。' },
  'method.s6.recoverable': { en: 'Recoverable: A < −ε and T ≤ H — a lag that closes within H at current trends (step 6-②).', ja: '回復可能な遅れ：A < −ε かつ T ≤ H — 現在のトレンドで H 年以内に解消する遅れ（ステップ6-②）。' },
  'method.s6.structural': { en: 'Structural: A < −ε and T > H — a lag that does not close within H.', ja: '構造的な遅れ：A < −ε かつ T > H — H 年以内に解消しない遅れ。' },
  'method.s7': { en: '7. Durable-advantage score D and ranking', ja: '7. 持続的優位スコア D とランキング' },
  'method.s7.body': {
    en: 'D = relevance × A(y0) × min(T, Hmax) / Hmax (T = ∞ counts as Hmax). Long-runway leads score highest, long-lasting lags lowest, recoverable lags near 0. Technologies are ranked by D descending; ties by A descending, then technology id.',
    ja: 'D = 重要度 × A(y0) × min(T, Hmax) / Hmax（T = ∞ は Hmax とみなす）。長く続く優位ほど高く、長く続く遅れほど低く、回復可能な遅れは 0 付近になります。D の降順で順位付けし、同点は A の降順、次に技術 ID の昇順。',
  },
  'method.s8': { en: '8. Sensitivity (Monte Carlo)', ja: '8. 感度分析（モンテカルロ）' },
  'method.s8.body': {
    en: 'N draws with a seeded generator (the seed is shown and exported). Each draw perturbs every weight by exp(0.25·z) and every quantity by exp(σ·z), with σ by the value\'s confidence grade: A 0.05, B 0.15, C 0.35 (z standard normal, independent per cell), then recomputes A, T, class, D and rank. Reported per technology: the median rank with its 5–95 % interval, and the probability of each class.',
    ja: '乱数の種（シード）を固定した N 回の試行（シードは表示・書き出しされます）。各試行で重みを exp(0.25·z) 倍、各量的値を exp(σ·z) 倍します（σ は確度により A 0.05、B 0.15、C 0.35。z は値ごとに独立な標準正規乱数）。A、T、分類、D、順位を再計算し、技術ごとに順位の中央値と 5〜95% 区間、各分類の確率を報告します。',
  },
  'method.s9': { en: '9. Partners (coalition builder)', ja: '9. パートナー（連携国ビルダー）' },
  'method.s9.body': {
    en: 'For a side S and a candidate partner p, ΔA(t) = A(S ∪ {p}, R, t) − A(S, R, t): which partner closes which gap. Presets: Japan–US, Quad, AUKUS + Japan, GCAP; any set of countries is allowed. ΔA is computed at the baseline\'s assessment year of each technology.',
    ja: '評価側 S と候補国 p について ΔA(t) = A(S ∪ {p}, R, t) − A(S, R, t)：どの国がどの差を埋めるか。プリセット：日米、クアッド、AUKUS＋日本、GCAP。任意の国の組み合わせも可能です。ΔA は各技術の基準側の評価年で計算します。',
  },
  'method.example': { en: 'Worked example (computed live by the engine)', ja: '計算例（エンジンによるその場の計算）' },
  'method.example.setup': {
    en: 'AI, indicator "government budget" (quantity, higher, sum, weight 1): JPN 2, USA 8, CHN 5. The side\'s budget grows by 2 % a year, the rival\'s by 10 %.',
    ja: 'AI、指標「国家予算投資額」（量的、多いほど良い、合算、重み 1）：日本 2、米国 8、中国 5。評価側の予算は年 2%、相手は年 10% で伸びるとします。',
  },
  'method.example.a': { en: 'V_S = 10, V_R = 5 → log2(10/5) = 1 → a = 1/3 = {a}', ja: 'V_S = 10、V_R = 5 → log2(10/5) = 1 → a = 1/3 = {a}' },
  'method.example.t': { en: 'The ratio 2 shrinks by exp(g_S − g_R) a year and reaches 1 after ln 2 / (ln 1.10 − ln 1.02) = {t} years.', ja: '比率 2 は毎年 exp(g_S − g_R) 倍に縮み、ln 2 / (ln 1.10 − ln 1.02) = {t} 年で 1 になります。' },
  'method.example.class': { en: 'T ≤ H = 10, so the class is {class}; D = 1 × {a} × {t} / 30 = {d}.', ja: 'T ≤ H = 10 なので分類は「{class}」、D = 1 × {a} × {t} / 30 = {d}。' },
  'method.example.failed': { en: 'The engine could not compute the example: {message}', ja: 'エンジンが計算例を計算できませんでした：{message}' },
  'method.reference': { en: 'Reference: Keio University Global Research Institute, KCS (2024), net assessment of the defence use of advanced technologies.', ja: '参考：慶應義塾大学グローバルリサーチインスティテュート KCS（2024）、先端技術の防衛利用に関するネットアセスメント。' },
} satisfies MessageTable;
