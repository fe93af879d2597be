/** Wide comparison matrices (比較軸 | 日本 | 米国 | 中国 …), melted to long. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bytesFile, file, load, rows, sorted } from './support';

const FIXTURES = join(__dirname, '../../fixtures/ingest/sjis');

describe('wide matrix', () => {
  test('Shift_JIS matrix with Japanese headers = its UTF-8 long twin', () => {
    const sjis = bytesFile('ai.csv', readFileSync(join(FIXTURES, 'ai.csv')));
    const twin = bytesFile('long.csv', readFileSync(join(FIXTURES, 'long-twin.utf8.csv')));
    const wide = load(sjis);
    const long = load(twin);
    expect(wide.files[0]).toMatchObject({ role: 'values-wide', encoding: 'shift_jis', delimiter: ',', records: 4 });
    expect(sorted(rows(wide))).toEqual(sorted(rows(long)));
    // The axis names resolve to the seed ids and keep the report's Japanese names.
    expect(wide.indicators.map((i) => [i.id, i.nameJa, i.kind])).toEqual([
      ['gov_budget', '国家予算投資額', 'quantity'],
      ['research_hubs', '研究拠点数', 'quantity'],
      ['defense_use_principles', '防衛利用に関する原則', 'text'],
    ]);
    expect(wide.technologies.map((t) => t.id)).toEqual(['ai']);
  });

  test('each cell is one value; the row is the matrix row; blank cells are no data', () => {
    const d = load(file('quantum.csv', 'axis,year,JPN,USA\ngov_budget,2023,1,\nresearch_hubs,2023,,4\n'));
    expect(rows(d)).toEqual([
      { country: 'JPN', technology: 'quantum', indicator: 'gov_budget', year: 2023, value: 1, text: null },
      { country: 'USA', technology: 'quantum', indicator: 'research_hubs', year: 2023, value: 4, text: null },
    ]);
    expect(Array.from(d.values.row)).toEqual([2, 3]);
  });

  test('a technology column instead of the file name; column order free; 年 header', () => {
    const d = load(file('matrix.csv', '米国,技術,年,indicator,日本\n2,ai,2023,x,1\n4,quantum,2024,x,3\n'));
    expect(sorted(rows(d)).map((r) => [r.country, r.technology, r.year, r.value])).toEqual([
      ['JPN', 'ai', 2023, 1],
      ['JPN', 'quantum', 2024, 3],
      ['USA', 'ai', 2023, 2],
      ['USA', 'quantum', 2024, 4],
    ]);
  });

  test.each(['比較軸', 'indicator', 'axis', 'Axis'])('axis header %j', (axis) => {
    const d = load(file('ai.csv', `${axis},year,JPN\nx,2023,1\n`));
    expect(rows(d)[0].indicator).toBe('x');
  });

  test.each([
    ['日本', 'JPN'],
    ['アメリカ', 'USA'],
    ['オーストラリア', 'AUS'],
    ['豪州', 'AUS'],
    ['イギリス', 'GBR'],
    ['United States', 'USA'],
    ['北朝鮮', 'PRK'],
    ['ＵＳＡ', 'USA'],
  ])('built-in country header %j → %s', (header, code) => {
    expect(rows(load(file('ai.csv', `比較軸,年,${header}\nx,2023,1\n`)))[0].country).toBe(code);
  });

  test('headers and axis cells by countries.csv / indicators.csv names', () => {
    const d = load(
      file('countries.csv', 'code,name_en,name_ja,role\nJPN,Japan,日本国,ally\nXAA,Atlantis,アトランティス,partner\n'),
      file('indicators.csv', 'id,name_en,name_ja,kind\nspend,Defence spending,国防支出,quantity\n'),
      file('ai.csv', '比較軸,年,日本国,Atlantis\n国防支出,2023,1,2\nDefence spending,2024,3,4\n'),
    );
    expect(sorted(rows(d)).map((r) => [r.country, r.indicator, r.year, r.value])).toEqual([
      ['JPN', 'spend', 2023, 1],
      ['JPN', 'spend', 2024, 3],
      ['XAA', 'spend', 2023, 2],
      ['XAA', 'spend', 2024, 4],
    ]);
    expect(d.countries.find((c) => c.code === 'XAA')?.role).toBe('partner');
  });

  test('country-scope indicators do not take the technology of the file name', () => {
    const d = load(
      file('indicators.csv', 'id,kind,scope\nbudget,quantity,technology\ngdp,quantity,country\n'),
      file('ai.csv', 'indicator,year,JPN\nbudget,2023,1\ngdp,2023,500\n'),
    );
    expect(rows(d).map((r) => [r.indicator, r.technology])).toEqual([
      ['budget', 'ai'],
      ['gdp', null],
    ]);
  });

  test('row-level unit, source, confidence and note apply to every cell of the row', () => {
    const d = load(file('ai.csv', '比較軸,年,単位,confidence,備考,JPN,USA\nx,2023,億円,C,est.,1,2\n'));
    const t = d.values;
    for (let i = 0; i < 2; i++) expect([t.strings[t.unit[i]], t.confidence[i], t.strings[t.note[i]]]).toEqual(['億円', 2, 'est.']);
  });
});
