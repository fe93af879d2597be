/**
 * The bad-input catalogue: one case per issue code, asserting where the issue points (file,
 * row, column, text found) and its English and Japanese messages.
 */
import { describe, expect, test } from 'vitest';
import { ENGINE_WARNING_CODES } from '../../../src/engine/warnings';
import { isIssueCode } from '../../../src/i18n/issues';
import { ISSUE_CODES, MAX_FILE_BYTES, composeDataset, formatIssue, ingestFiles, type InputFile, type ParsedFile } from '../../../src/ingest';
import { failedOutcome } from '../../../src/ingest/worker-client';
import type { IngestResult, LoadIssue } from '../../../src/model/dataset';
import { IDENTITY, allIssues, bytesFile, file } from './support';

const H = 'country,technology,indicator,year,value';

interface Case {
  /** What to load (or a ready result). */
  run: () => IngestResult<unknown>;
  /** Expected issue fields (severity and code are checked too). */
  issue: Omit<LoadIssue, 'code' | 'severity'>;
  severity?: 'error' | 'warning';
  en: string;
  ja: string;
}

const ingest = (...files: InputFile[]) => () => ingestFiles(files, [], IDENTITY);

const CASES: Record<string, Case> = {
  empty_file: {
    run: ingest(file('values.csv', '')),
    issue: { file: 'values.csv' },
    en: 'values.csv: the file is empty.',
    ja: 'values.csv: ファイルが空です。',
  },
  no_data: {
    run: ingest(file('values.csv', `${H}\n`)),
    issue: { file: 'values.csv' },
    en: 'values.csv: the file has a header row but no data rows.',
    ja: 'values.csv: 見出し行だけで、データ行がありません。',
  },
  binary_file: {
    run: ingest(bytesFile('book.csv', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])),
    issue: { file: 'book.csv' },
    en: 'book.csv: this is not a CSV text file (binary content). If it is an Excel workbook, save it as "CSV UTF-8" and load that.',
    ja: 'book.csv: CSVのテキストファイルではありません（バイナリ）。Excelブックの場合は「CSV UTF-8」形式で保存してから読み込んでください。',
  },
  unknown_encoding: {
    run: ingest(bytesFile('values.csv', [0x61, 0x2c, 0xff, 0x0a])),
    issue: { file: 'values.csv' },
    en: 'values.csv: the text could not be read as UTF-8, UTF-16 (with BOM) or Shift_JIS. Save it as "CSV UTF-8" and load it again.',
    ja: 'values.csv: UTF-8・UTF-16（BOM付き）・Shift_JISのいずれとしても読めません。「CSV UTF-8」形式で保存し直してください。',
  },
  file_too_large: {
    run: ingest({ name: 'huge.csv', bytes: new Uint8Array(0), size: 600 * 1024 * 1024 }),
    issue: { file: 'huge.csv', detail: { sizeMiB: 600, limitMiB: 512 } },
    en: 'huge.csv: the file is 600 MiB; the limit is 512 MiB. Aggregate it before loading (e.g. with DuckDB: one row per country, technology, indicator and year).',
    ja: 'huge.csv: ファイルが600 MiBあり、上限512 MiBを超えています。読み込む前に集計してください（例: DuckDBで国・技術・指標・年ごとに1行へ）。',
  },
  unrecognised_file: {
    run: ingest(file('notes.csv', 'foo,bar\n1,2\n')),
    issue: { file: 'notes.csv', row: 1, found: 'foo, bar' },
    en: 'notes.csv, row 1: cannot tell what this file holds (header "foo, bar"). Expected values (country, indicator, year, value), a wide matrix (indicator/比較軸/axis, year and one column per country) or countries/technologies/indicators/sources metadata.',
    ja: 'notes.csv 1行目: ファイルの種類を判別できません（見出し「foo, bar」）。値（country, indicator, year, value）、比較表（比較軸・年・国ごとの列）、またはcountries/technologies/indicators/sourcesのメタデータのいずれかにしてください。',
  },
  cancelled: {
    run: () => ingestFiles([file('values.csv', `${H}\nJPN,ai,x,2023,1\n`)], [], IDENTITY, { isCancelled: () => true }),
    issue: {},
    en: 'loading was cancelled.',
    ja: '読み込みを中止しました。',
  },
  internal_error: {
    run: () => composeDataset([{ kind: 'values', info: { name: 'broken.csv' }, warnings: [] } as unknown as ParsedFile], IDENTITY),
    issue: { found: "Cannot read properties of undefined (reading 'length')" },
    en: 'an unexpected problem stopped the load: "Cannot read properties of undefined (reading \'length\')". Please report it together with the file.',
    ja: "予期しない問題で読み込みが止まりました: 「Cannot read properties of undefined (reading 'length')」。ファイルを添えて報告してください。",
  },
  worker_failed: {
    run: () => failedOutcome('worker_failed', 'out of memory'),
    issue: { found: 'out of memory' },
    en: 'loading stopped unexpectedly: "out of memory".',
    ja: '読み込みが予期せず停止しました: 「out of memory」。',
  },
  more_issues: {
    run: ingest(file('values.csv', `${H}\n${Array.from({ length: 25 }, (_, i) => `JPN,ai,x,20x${i},1`).join('\n')}\n`)),
    issue: { file: 'values.csv', detail: { count: 5, kind: 'invalid_year' } },
    en: 'values.csv: 5 more issues of the same kind (invalid_year) were not listed.',
    ja: 'values.csv: 同じ種類の問題（invalid_year）があと5件あります（一覧は省略）。',
  },
  missing_column: {
    run: ingest(file('values.csv', 'country,technology,indicator,value\nJPN,ai,x,1\n')),
    issue: { file: 'values.csv', row: 1, detail: { expected: 'year' } },
    en: 'values.csv, row 1: required column "year" is missing.',
    ja: 'values.csv 1行目: 必須の列「year」がありません。',
  },
  duplicate_column: {
    run: ingest(file('values.csv', `${H},Value\nJPN,ai,x,2023,1,2\n`)),
    issue: { file: 'values.csv', row: 1, column: 'Value' },
    en: 'values.csv, row 1, column "Value": this column appears more than once in the header.',
    ja: 'values.csv 1行目「Value」列: この列が見出し行に複数あります。',
  },
  ragged_row: {
    run: ingest(file('values.csv', `${H}\nJPN,ai,x,2023,1\nUSA,ai,x,2023\n`)),
    issue: { file: 'values.csv', row: 3, detail: { count: 4, expected: 5 } },
    en: 'values.csv, row 3: the row has 4 cells but the header has 5.',
    ja: 'values.csv 3行目: この行のセル数は4ですが、見出し行は5です。',
  },
  bad_quotes: {
    run: ingest(file('values.csv', `${H}\nJPN,ai,x,2023,1\nUSA,ai,"x,2023,2\n`)),
    issue: { file: 'values.csv', row: 3, found: 'USA,ai,x,2023,2\n' },
    en: 'values.csv, row 3: a quoted cell is not closed, or has text after its closing quote: "USA,ai,x,2023,2⏎".',
    ja: 'values.csv 3行目: 引用符（"）で囲まれたセルが閉じていないか、閉じ引用符の後に文字があります: 「USA,ai,x,2023,2⏎」。',
  },
  missing_value: {
    run: ingest(file('values.csv', `${H}\n,ai,x,2023,1\n`)),
    issue: { file: 'values.csv', row: 2, column: 'country' },
    en: 'values.csv, row 2, column "country": this cell is required but empty.',
    ja: 'values.csv 2行目「country」列: 必須のセルが空です。',
  },
  invalid_year: {
    run: ingest(file('values.csv', `${H}\nJPN,ai,x,FY2023,1\n`)),
    issue: { file: 'values.csv', row: 2, column: 'year', found: 'FY2023' },
    en: 'values.csv, row 2, column "year": "FY2023" is not a valid year (a whole number such as 2024).',
    ja: 'values.csv 2行目「year」列: 「FY2023」は有効な年ではありません（2024のような整数にしてください）。',
  },
  invalid_confidence: {
    run: ingest(file('values.csv', `${H},confidence\nJPN,ai,x,2023,1,high\n`)),
    issue: { file: 'values.csv', row: 2, column: 'confidence', found: 'high' },
    en: 'values.csv, row 2, column "confidence": "high" is not a confidence grade (A, B or C).',
    ja: 'values.csv 2行目「confidence」列: 「high」は信頼度（A・B・C）ではありません。',
  },
  not_a_number: {
    // Rows 2–11 are fine; row 12 holds the text.
    run: ingest(file('indicators.csv', 'id,kind\nx,quantity\n'), file('values.csv', `${H}\n${Array.from({ length: 10 }, (_, i) => `USA,ai,x,${2000 + i},1`).join('\n')}\nCHN,ai,x,2023,abc\n`)),
    issue: { file: 'values.csv', row: 12, column: 'value', found: 'abc' },
    en: 'values.csv, row 12, column "value": "abc" is not a number.',
    ja: 'values.csv 12行目「value」列: 「abc」は数値ではありません。',
  },
  negative_value: {
    run: ingest(file('values.csv', `${H}\nJPN,ai,budget,2023,-５\n`)),
    issue: { file: 'values.csv', row: 2, column: 'value', found: '-５', detail: { indicator: 'budget' } },
    en: 'values.csv, row 2, column "value": "-５" is negative, but "budget" is a quantity.',
    ja: 'values.csv 2行目「value」列: 「-５」は負の値ですが、「budget」は数量の指標です。',
  },
  level_out_of_range: {
    run: ingest(file('indicators.csv', 'id,kind,levels\nm,ordinal,0=none;4=networked\n'), file('ai.csv', '比較軸,年,日本\nm,2023,5\n')),
    issue: { file: 'ai.csv', row: 2, column: '日本', found: '5', detail: { indicator: 'm', min: 0, max: 4 } },
    en: 'ai.csv, row 2, column "日本": "5" is outside the levels declared for "m" (0 to 4).',
    ja: 'ai.csv 2行目「日本」列: 「5」は「m」に定義された水準（0〜4）の範囲外です。',
  },
  invalid_levels: {
    run: ingest(file('indicators.csv', 'id,kind,levels\nm,ordinal,0=none;one=experimental\n')),
    issue: { file: 'indicators.csv', row: 2, column: 'levels', found: 'one=experimental' },
    en: 'indicators.csv, row 2, column "levels": "one=experimental" is not a valid list of levels (write e.g. 0=none;1=experimental;2=fielded/実戦配備).',
    ja: 'indicators.csv 2行目「levels」列: 「one=experimental」は水準の書き方として正しくありません（例: 0=none;1=experimental;2=fielded/実戦配備）。',
  },
  missing_levels: {
    run: ingest(file('indicators.csv', 'id,kind,levels\nm,ordinal,\n')),
    issue: { file: 'indicators.csv', row: 2, column: 'levels', found: 'm' },
    en: 'indicators.csv, row 2, column "levels": ordinal indicator "m" needs levels (e.g. 0=none;1=experimental;2=fielded).',
    ja: 'indicators.csv 2行目「levels」列: 順序尺度の指標「m」には水準（levels）が必要です（例: 0=none;1=experimental;2=fielded）。',
  },
  invalid_enum: {
    run: ingest(file('indicators.csv', 'id,kind,direction\nx,quantity,up\n')),
    issue: { file: 'indicators.csv', row: 2, column: 'direction', found: 'up', detail: { allowed: 'higher, lower' } },
    en: 'indicators.csv, row 2, column "direction": "up" is not allowed here; use one of: higher, lower.',
    ja: 'indicators.csv 2行目「direction」列: 「up」は指定できません。次のいずれかにしてください: higher, lower。',
  },
  negative_weight: {
    run: ingest(file('technologies.csv', 'id,relevance\nai,-1\n')),
    issue: { file: 'technologies.csv', row: 2, column: 'relevance', found: '-1' },
    en: 'technologies.csv, row 2, column "relevance": "-1" is negative; this must be 0 or more.',
    ja: 'technologies.csv 2行目「relevance」列: 「-1」は負の値です。0以上にしてください。',
  },
  duplicate_id: {
    run: ingest(file('countries.csv', 'code,name_en\nJPN,Japan\nUSA,United States\njpn,Nippon\n')),
    issue: { file: 'countries.csv', row: 4, column: 'code', found: 'jpn', detail: { otherRow: 2, otherFile: 'countries.csv' } },
    en: 'countries.csv, row 4, column "code": "jpn" is defined twice (also at row 2 of countries.csv).',
    ja: 'countries.csv 4行目「code」列: 「jpn」が二重に定義されています（countries.csv 2行目にもあります）。',
  },
  duplicate_value: {
    run: ingest(file('a.csv', `${H}\nJPN,ai,x,2023,1\n`), file('b.csv', `${H}\nUSA,ai,x,2023,1\n日本,ai,x,2023,2\n`)),
    issue: { file: 'b.csv', row: 3, found: 'JPN / ai / x / 2023', detail: { otherRow: 2, otherFile: 'a.csv' } },
    en: 'b.csv, row 3: second value for "JPN / ai / x / 2023" (country / technology / indicator / year); the first is at row 2 of a.csv.',
    ja: 'b.csv 3行目: 「JPN / ai / x / 2023」（国／技術／指標／年）の値が二つあります。もう一方はa.csv 2行目です。',
  },
  unknown_country: {
    run: ingest(file('values.csv', `${H}\nJPN,ai,x,2023,1\nAtlantis,ai,x,2023,1\n`)),
    issue: { file: 'values.csv', row: 3, column: 'country', found: 'Atlantis' },
    en: 'values.csv, row 3, column "country": "Atlantis" is not a known country: use an ISO alpha-3 code (JPN, USA, CHN…) or a name from countries.csv.',
    ja: 'values.csv 3行目「country」列: 「Atlantis」は国として認識できません。ISO 3文字コード（JPN、USA、CHNなど）かcountries.csvの名前を使ってください。',
  },
  unknown_technology: {
    run: ingest(file('technologies.csv', 'id\nai\n'), file('values.csv', `${H}\nJPN,ai,x,2023,1\nJPN,space,x,2023,1\n`)),
    issue: { file: 'values.csv', row: 3, column: 'technology', found: 'space' },
    en: 'values.csv, row 3, column "technology": "space" is not in technologies.csv.',
    ja: 'values.csv 3行目「technology」列: 「space」はtechnologies.csvにありません。',
  },
  unknown_indicator: {
    run: ingest(file('indicators.csv', 'id,kind\nx,quantity\n'), file('values.csv', `${H}\nJPN,ai,x,2023,1\nJPN,ai,<b>y</b>,2023,1\n`)),
    issue: { file: 'values.csv', row: 3, column: 'indicator', found: '<b>y</b>' },
    en: 'values.csv, row 3, column "indicator": "<b>y</b>" is not in indicators.csv.',
    ja: 'values.csv 3行目「indicator」列: 「<b>y</b>」はindicators.csvにありません。',
  },
  missing_technology: {
    run: ingest(file('indicators.csv', 'id,kind,scope\nx,quantity,technology\n'), file('values.csv', `${H}\nJPN,,x,2023,1\n`)),
    issue: { file: 'values.csv', row: 2, column: 'technology', found: 'x' },
    en: 'values.csv, row 2, column "technology": "x" is measured per technology, but the technology is empty.',
    ja: 'values.csv 2行目「technology」列: 「x」は技術ごとの指標ですが、技術が空です。',
  },
  unit_mismatch: {
    severity: 'warning',
    run: ingest(file('indicators.csv', 'id,kind,unit\nx,quantity,USD_PPP_million\n'), file('values.csv', `${H},unit\nJPN,ai,x,2023,1,USD_PPP_million\nJPN,ai,x,2024,1,億円\nUSA,ai,x,2024,1,億円\n`)),
    issue: { file: 'values.csv', row: 3, column: 'unit', found: '億円', detail: { expected: 'USD_PPP_million', indicator: 'x', count: 2 } },
    en: 'values.csv, row 3, column "unit": unit "億円" differs from "USD_PPP_million" declared for "x" in indicators.csv (2 rows from here on).',
    ja: 'values.csv 3行目「unit」列: 単位「億円」が、indicators.csvで「x」に定義された「USD_PPP_million」と異なります（この行以降2行）。',
  },
  unknown_column: {
    severity: 'warning',
    run: ingest(file('values.csv', `${H},comment\nJPN,ai,x,2023,1,hi\n`)),
    issue: { file: 'values.csv', row: 1, column: 'comment' },
    en: 'values.csv, row 1, column "comment": unknown column; it was ignored.',
    ja: 'values.csv 1行目「comment」列: 不明な列のため、無視しました。',
  },
  country_without_metadata: {
    severity: 'warning',
    run: ingest(file('countries.csv', 'code,name_en\nJPN,Japan\n'), file('values.csv', `${H}\nJPN,ai,x,2023,1\nFRA,ai,x,2023,1\n`)),
    issue: { file: 'values.csv', row: 3, found: 'FRA' },
    en: 'values.csv, row 3: "FRA" is not in countries.csv; it gets a default name and role.',
    ja: 'values.csv 3行目: 「FRA」はcountries.csvにありません。既定の名前と役割を使います。',
  },
  empty_metadata: {
    severity: 'warning',
    run: ingest(file('sources.csv', 'id,title\n'), file('values.csv', `${H}\nJPN,ai,x,2023,1\n`)),
    issue: { file: 'sources.csv' },
    en: 'sources.csv: the file has a header row but no data rows; it was ignored.',
    ja: 'sources.csv: 見出し行だけでデータ行がないため、無視しました。',
  },
};

describe('bad-input catalogue', () => {
  test('every issue code has a case', () => {
    // Engine and workspace notes are not raised by ingest; they are checked below.
    const ingestCodes = ISSUE_CODES.filter((code) => !code.startsWith('engine-') && code !== 'stored-dataset-skipped');
    expect(Object.keys(CASES).sort()).toEqual(ingestCodes.sort());
  });

  test('every engine warning code has messages in both languages', () => {
    for (const code of Object.values(ENGINE_WARNING_CODES)) {
      expect(isIssueCode(code), code).toBe(true);
      const issue = { severity: 'warning' as const, code, found: 'KOR', detail: { side: 'JPN+USA', rival: 'CHN', count: 2, min: 0, max: 4 } };
      expect(formatIssue(issue, 'en')).not.toMatch(/\{|engine-/);
      expect(formatIssue(issue, 'ja')).not.toMatch(/\{|engine-/);
    }
    expect(formatIssue({ severity: 'warning', code: 'engine-unknown-country', found: 'XYZ' }, 'en')).toBe(
      'country "XYZ" is not in the dataset and was left out.',
    );
  });

  for (const [code, c] of Object.entries(CASES)) {
    test(code, () => {
      const result = c.run();
      const severity = c.severity ?? 'error';
      if (severity === 'error') expect(result.ok).toBe(false);
      else expect(result.ok).toBe(true);
      const issues = allIssues(result).filter((issue) => issue.code === code);
      expect(issues.length, JSON.stringify(allIssues(result))).toBeGreaterThan(0);
      const issue = issues[0];
      expect(issue).toEqual({ severity, code, ...c.issue });
      expect(formatIssue(issue, 'en')).toBe(c.en);
      expect(formatIssue(issue, 'ja')).toBe(c.ja);
    });
  }
});

describe('formatIssue', () => {
  test('long or multi-line text is shown on one short line', () => {
    const message = formatIssue({ severity: 'error', code: 'not_a_number', file: 'v.csv', row: 2, column: 'value', found: `a\nb${'x'.repeat(200)}` }, 'en');
    expect(message).not.toContain('\n');
    expect(message.length).toBeLessThan(140);
    expect(message).toContain('a⏎b');
  });

  test('an unknown code still says where and what', () => {
    expect(formatIssue({ severity: 'error', code: 'from_the_future', file: 'v.csv', row: 3, found: 'x' }, 'ja')).toBe('v.csv 3行目: from_the_future: "x"');
  });

  test('MAX_FILE_BYTES is 512 MiB − 1', () => {
    expect(MAX_FILE_BYTES).toBe(512 * 1024 * 1024 - 1);
  });
});
