/**
 * Messages of load issues (LoadIssue.code), in English and Japanese side by side.
 *
 * The table below is the list of codes: ingest can only emit an {@link IssueCode}, and the
 * `satisfies` clause makes a code without both translations a compile error. Each message is
 * one line that names file, row, column and the text found, so a strategist can open the
 * spreadsheet and fix the cell without asking anyone.
 */
import type { LoadIssue } from '../model/dataset';
import { interpolate, type Locale } from './locale';

/** One issue message per locale. Placeholders: `{found}` and the keys of `LoadIssue.detail`. */
type IssueMessage = Record<Locale, string>;

/** Every issue code with its messages. */
export const ISSUE_MESSAGES = {
  // --- whole-file problems
  empty_file: { en: 'the file is empty.', ja: 'ファイルが空です。' },
  no_data: { en: 'the file has a header row but no data rows.', ja: '見出し行だけで、データ行がありません。' },
  binary_file: {
    en: 'this is not a CSV text file (binary content). If it is an Excel workbook, save it as "CSV UTF-8" and load that.',
    ja: 'CSVのテキストファイルではありません（バイナリ）。Excelブックの場合は「CSV UTF-8」形式で保存してから読み込んでください。',
  },
  unknown_encoding: {
    en: 'the text could not be read as UTF-8, UTF-16 (with BOM) or Shift_JIS. Save it as "CSV UTF-8" and load it again.',
    ja: 'UTF-8・UTF-16（BOM付き）・Shift_JISのいずれとしても読めません。「CSV UTF-8」形式で保存し直してください。',
  },
  file_too_large: {
    en: 'the file is {sizeMiB} MiB; the limit is {limitMiB} MiB. Aggregate it before loading (e.g. with DuckDB: one row per country, technology, indicator and year).',
    ja: 'ファイルが{sizeMiB} MiBあり、上限{limitMiB} MiBを超えています。読み込む前に集計してください（例: DuckDBで国・技術・指標・年ごとに1行へ）。',
  },
  unrecognised_file: {
    en: 'cannot tell what this file holds (header "{found}"). Expected values (country, indicator, year, value), a wide matrix (indicator/比較軸/axis, year and one column per country) or countries/technologies/indicators/sources metadata.',
    ja: 'ファイルの種類を判別できません（見出し「{found}」）。値（country, indicator, year, value）、比較表（比較軸・年・国ごとの列）、またはcountries/technologies/indicators/sourcesのメタデータのいずれかにしてください。',
  },
  cancelled: { en: 'loading was cancelled.', ja: '読み込みを中止しました。' },
  internal_error: {
    en: 'an unexpected problem stopped the load: "{found}". Please report it together with the file.',
    ja: '予期しない問題で読み込みが止まりました: 「{found}」。ファイルを添えて報告してください。',
  },
  worker_failed: { en: 'loading stopped unexpectedly: "{found}".', ja: '読み込みが予期せず停止しました: 「{found}」。' },
  more_issues: {
    en: '{count} more issues of the same kind ({kind}) were not listed.',
    ja: '同じ種類の問題（{kind}）があと{count}件あります（一覧は省略）。',
  },
  // --- structure
  missing_column: { en: 'required column "{expected}" is missing.', ja: '必須の列「{expected}」がありません。' },
  duplicate_column: { en: 'this column appears more than once in the header.', ja: 'この列が見出し行に複数あります。' },
  ragged_row: {
    en: 'the row has {count} cells but the header has {expected}.',
    ja: 'この行のセル数は{count}ですが、見出し行は{expected}です。',
  },
  bad_quotes: {
    en: 'a quoted cell is not closed, or has text after its closing quote: "{found}".',
    ja: '引用符（"）で囲まれたセルが閉じていないか、閉じ引用符の後に文字があります: 「{found}」。',
  },
  missing_value: { en: 'this cell is required but empty.', ja: '必須のセルが空です。' },
  // --- cells
  invalid_year: {
    en: '"{found}" is not a valid year (a whole number such as 2024).',
    ja: '「{found}」は有効な年ではありません（2024のような整数にしてください）。',
  },
  invalid_confidence: {
    en: '"{found}" is not a confidence grade (A, B or C).',
    ja: '「{found}」は信頼度（A・B・C）ではありません。',
  },
  not_a_number: { en: '"{found}" is not a number.', ja: '「{found}」は数値ではありません。' },
  negative_value: {
    en: '"{found}" is negative, but "{indicator}" is a quantity.',
    ja: '「{found}」は負の値ですが、「{indicator}」は数量の指標です。',
  },
  level_out_of_range: {
    en: '"{found}" is outside the levels declared for "{indicator}" ({min} to {max}).',
    ja: '「{found}」は「{indicator}」に定義された水準（{min}〜{max}）の範囲外です。',
  },
  invalid_levels: {
    en: '"{found}" is not a valid list of levels (write e.g. 0=none;1=experimental;2=fielded/実戦配備).',
    ja: '「{found}」は水準の書き方として正しくありません（例: 0=none;1=experimental;2=fielded/実戦配備）。',
  },
  missing_levels: {
    en: 'ordinal indicator "{found}" needs levels (e.g. 0=none;1=experimental;2=fielded).',
    ja: '順序尺度の指標「{found}」には水準（levels）が必要です（例: 0=none;1=experimental;2=fielded）。',
  },
  invalid_enum: {
    en: '"{found}" is not allowed here; use one of: {allowed}.',
    ja: '「{found}」は指定できません。次のいずれかにしてください: {allowed}。',
  },
  negative_weight: {
    en: '"{found}" is negative; this must be 0 or more.',
    ja: '「{found}」は負の値です。0以上にしてください。',
  },
  duplicate_id: {
    en: '"{found}" is defined twice (also at row {otherRow} of {otherFile}).',
    ja: '「{found}」が二重に定義されています（{otherFile} {otherRow}行目にもあります）。',
  },
  duplicate_value: {
    en: 'second value for "{found}" (country / technology / indicator / year); the first is at row {otherRow} of {otherFile}.',
    ja: '「{found}」（国／技術／指標／年）の値が二つあります。もう一方は{otherFile} {otherRow}行目です。',
  },
  // --- labels
  unknown_country: {
    en: '"{found}" is not a known country: use an ISO alpha-3 code (JPN, USA, CHN…) or a name from countries.csv.',
    ja: '「{found}」は国として認識できません。ISO 3文字コード（JPN、USA、CHNなど）かcountries.csvの名前を使ってください。',
  },
  unknown_technology: { en: '"{found}" is not in technologies.csv.', ja: '「{found}」はtechnologies.csvにありません。' },
  unknown_indicator: { en: '"{found}" is not in indicators.csv.', ja: '「{found}」はindicators.csvにありません。' },
  missing_technology: {
    en: '"{found}" is measured per technology, but the technology is empty.',
    ja: '「{found}」は技術ごとの指標ですが、技術が空です。',
  },
  // --- warnings
  unit_mismatch: {
    en: 'unit "{found}" differs from "{expected}" declared for "{indicator}" in indicators.csv ({count} rows from here on).',
    ja: '単位「{found}」が、indicators.csvで「{indicator}」に定義された「{expected}」と異なります（この行以降{count}行）。',
  },
  unknown_column: { en: 'unknown column; it was ignored.', ja: '不明な列のため、無視しました。' },
  country_without_metadata: {
    en: '"{found}" is not in countries.csv; it gets a default name and role.',
    ja: '「{found}」はcountries.csvにありません。既定の名前と役割を使います。',
  },
  empty_metadata: {
    en: 'the file has a header row but no data rows; it was ignored.',
    ja: '見出し行だけでデータ行がないため、無視しました。',
  },
  // --- workspace and analysis (not tied to a file row)
  'stored-dataset-skipped': {
    en: 'the saved dataset could not be read again ({errors} errors) and was skipped; load its files again.',
    ja: '保存済みのデータセットを読み直せなかったため（エラー{errors}件）、スキップしました。ファイルを読み込み直してください。',
  },
  'engine-unknown-country': {
    en: 'country "{found}" is not in the dataset and was left out.',
    ja: '国「{found}」はデータセットにないため除外しました。',
  },
  'engine-rival-overlaps-side': {
    en: 'rival "{found}" shares a member with the side ({side}) and was left out.',
    ja: '相手国「{found}」は自陣営（{side}）と重なるため除外しました。',
  },
  'engine-duplicate-rival': { en: 'rival "{found}" was listed twice; counted once.', ja: '相手国「{found}」が重複していたため1つにまとめました。' },
  'engine-no-rivals': {
    en: 'no rival to compare with: choose at least one rival country (Selection bar) or give a country the role "rival" in countries.csv.',
    ja: '比較する相手国がありません。選択バーで相手国を選ぶか、countries.csvでroleを「rival」にしてください。',
  },
  'engine-negative-values': {
    en: 'indicator "{found}" has {count} negative values; they are treated as missing.',
    ja: '指標「{found}」に負の値が{count}件あり、欠測として扱いました。',
  },
  'engine-ordinal-without-levels': {
    en: 'ordinal indicator "{found}" has no levels; the range {min}–{max} of its values was used.',
    ja: '順序指標「{found}」に水準の定義がないため、値の範囲{min}〜{max}を使いました。',
  },
  'engine-partner-on-side': {
    en: 'partner "{found}" is already on the side ({side}); nothing to add.',
    ja: 'パートナー「{found}」はすでに自陣営（{side}）に含まれています。',
  },
  'engine-partner-is-rival': {
    en: 'partner "{found}" is also the rival {rival}; no contribution computed for that pair.',
    ja: 'パートナー「{found}」は相手国{rival}でもあるため、その組の寄与は計算しません。',
  },
} satisfies Record<string, IssueMessage>;

/** A machine-readable issue code. */
export type IssueCode = keyof typeof ISSUE_MESSAGES;

/** Every issue code. */
export const ISSUE_CODES = Object.keys(ISSUE_MESSAGES) as IssueCode[];

/** Longest `found` text shown in a message: a whole pasted paragraph would hide the point. */
const MAX_FOUND_CHARS = 80;

/** Keep the message on one line and short: newlines shown as ⏎, long text cut with …. */
function displayText(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, '⏎');
  return oneLine.length > MAX_FOUND_CHARS ? `${oneLine.slice(0, MAX_FOUND_CHARS - 1)}…` : oneLine;
}

/** Where the issue is: `values.csv, row 12, column "value"` / `values.csv 12行目「value」列`. */
function location(issue: LoadIssue, locale: Locale): string {
  const column = issue.column === undefined ? undefined : displayText(issue.column);
  if (locale === 'ja') {
    const parts: string[] = [];
    if (issue.file !== undefined) parts.push(issue.file);
    let cell = '';
    if (issue.row !== undefined) cell += `${issue.row}行目`;
    if (column !== undefined) cell += `「${column}」列`;
    if (cell) parts.push(cell);
    return parts.join(' ');
  }
  const parts: string[] = [];
  if (issue.file !== undefined) parts.push(issue.file);
  if (issue.row !== undefined) parts.push(`row ${issue.row}`);
  if (column !== undefined) parts.push(`column "${column}"`);
  return parts.join(', ');
}

/** True when `code` has messages. */
export function isIssueCode(code: string): code is IssueCode {
  return Object.prototype.hasOwnProperty.call(ISSUE_MESSAGES, code);
}

/**
 * One-line message of an issue, e.g. EN `values.csv, row 12, column "value": "abc" is not a
 * number.` / JA `values.csv 12行目「value」列: 「abc」は数値ではありません。`
 */
export function formatIssue(issue: LoadIssue, locale: Locale): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(issue.detail ?? {})) {
    params[key] = typeof value === 'string' ? displayText(value) : value;
  }
  params.found = displayText(issue.found ?? '');
  // An unknown code (from a newer version's stored data) still says where and what.
  const body = isIssueCode(issue.code)
    ? interpolate(ISSUE_MESSAGES[issue.code][locale], params)
    : `${issue.code}${issue.found !== undefined ? `: "${params.found}"` : ''}`;
  const where = location(issue, locale);
  return where ? `${where}: ${body}` : body;
}
