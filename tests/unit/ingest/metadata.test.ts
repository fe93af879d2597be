/** Metadata files: recognition by name or header, their columns, and inference without them. */
import { describe, expect, test } from 'vitest';
import { parseLevels, splitBilingual } from '../../../src/ingest/levels';
import { detectRole } from '../../../src/ingest/headers';
import { composed, file, load, parsed } from './support';

const VALUES = file('values.csv', 'country,technology,indicator,year,value\nJPN,ai,budget,2023,1\n');

describe('recognising files', () => {
  test.each([
    ['countries.csv', ['whatever'], 'countries'],
    ['Technologies.CSV', ['x'], 'technologies'],
    ['indicators.tsv', ['id'], 'indicators'],
    ['sources.csv', ['id'], 'sources'],
    ['my list.csv', ['code', 'name_en', 'name_ja', 'role', 'color'], 'countries'],
    ['tech (1).csv', ['id', 'name_en', 'relevance'], 'technologies'],
    ['ind.csv', ['ID', 'Kind', 'levels'], 'indicators'],
    ['refs.csv', ['id', 'title', 'url'], 'sources'],
    ['data.csv', ['country', 'indicator', 'year', 'value'], 'values-long'],
    ['data.csv', ['value', 'year'], 'values-long'],
    ['ai.csv', ['比較軸', '年', '日本'], 'values-wide'],
    ['odd.csv', ['foo', 'bar'], undefined],
  ])('%s %j → %s', (name, header, role) => {
    expect(detectRole(name, header)).toBe(role);
  });
});

describe('countries.csv', () => {
  test('roles, colours and names; codes in any case; sorted by code', () => {
    const d = load(
      file('countries.csv', 'code,name_en,name_ja,role,color\nusa,United States,米国,ally,#1f77b4\nCHN,China,中国,rival,\nAUS,Australia,豪州,partner,\nIND,,,,\n'),
      VALUES,
    );
    expect(d.countries).toEqual([
      { code: 'AUS', nameEn: 'Australia', nameJa: '豪州', role: 'partner' },
      { code: 'CHN', nameEn: 'China', nameJa: '中国', role: 'rival' },
      { code: 'IND', nameEn: 'India', nameJa: 'インド', role: 'rival' },
      { code: 'JPN', nameEn: 'Japan', nameJa: '日本', role: 'ally', inferred: true },
      { code: 'USA', nameEn: 'United States', nameJa: '米国', role: 'ally', color: '#1f77b4' },
    ]);
  });
});

describe('technologies.csv', () => {
  test('relevance (default 1), group, file order kept', () => {
    const d = load(file('technologies.csv', 'id,name_en,name_ja,relevance,group\nquantum,Quantum,量子,0.5,\nai,AI,人工知能,,digital\n'), VALUES);
    expect(d.technologies).toEqual([
      { id: 'quantum', nameEn: 'Quantum', nameJa: '量子', relevance: 0.5 },
      { id: 'ai', nameEn: 'AI', nameJa: '人工知能', relevance: 1, group: 'digital' },
    ]);
  });

  test('values may name a technology by id, name_en or name_ja', () => {
    const d = load(
      file('technologies.csv', 'id,name_en,name_ja\nai,Artificial intelligence,人工知能\n'),
      file('v.csv', 'country,technology,indicator,year,value\nJPN,人工知能,x,2023,1\nUSA,Artificial Intelligence,x,2023,2\n'),
    );
    expect(Array.from(d.values.technology).map((i) => d.values.strings[i])).toEqual(['ai', 'ai']);
  });
});

describe('indicators.csv', () => {
  test('every column, defaults, levels and descriptions', () => {
    const d = load(
      file(
        'indicators.csv',
        'id,name_en,name_ja,kind,direction,combine,unit,weight,pillar,levels,scope,description,description_ja\n' +
          'budget,Budget,予算,quantity,higher,sum,USD_PPP_million,2,investment,,technology,Public R&D,公的研究開発費\n' +
          'maturity,Maturity,成熟度,ordinal,,max,,,military,0=none;1=experimental/実験;2=fielded/実戦配備,,,\n' +
          'cost,Cost,費用,Quantity,LOWER,Mean,,0,,,country,,\n' +
          'policy,Policy,方針,text,,,,3,governance,,,,\n',
      ),
      file('v.csv', 'country,technology,indicator,year,value\nJPN,ai,budget,2023,1\n'),
    );
    expect(d.indicators).toEqual([
      { id: 'budget', nameEn: 'Budget', nameJa: '予算', kind: 'quantity', direction: 'higher', combine: 'sum', unit: 'USD_PPP_million', weight: 2, pillar: 'investment', scope: 'technology', description: 'Public R&D', descriptionJa: '公的研究開発費' },
      {
        id: 'maturity',
        nameEn: 'Maturity',
        nameJa: '成熟度',
        kind: 'ordinal',
        direction: 'higher',
        combine: 'max',
        weight: 1,
        pillar: 'military',
        scope: 'technology',
        levels: [
          { value: 0, labelEn: 'none', labelJa: 'none' },
          { value: 1, labelEn: 'experimental', labelJa: '実験' },
          { value: 2, labelEn: 'fielded', labelJa: '実戦配備' },
        ],
      },
      { id: 'cost', nameEn: 'Cost', nameJa: '費用', kind: 'quantity', direction: 'lower', combine: 'mean', weight: 0, scope: 'country' },
      { id: 'policy', nameEn: 'Policy', nameJa: '方針', kind: 'text', direction: 'higher', combine: 'sum', weight: 0, pillar: 'governance', scope: 'technology' },
    ]);
  });

  test('a blank kind is inferred from the values', () => {
    const d = load(file('indicators.csv', 'id,kind\nx,\ny,\n'), file('v.csv', 'country,technology,indicator,year,value\nJPN,ai,x,2023,1\nJPN,ai,y,2023,maybe\n'));
    expect(d.indicators.map((i) => i.kind)).toEqual(['quantity', 'text']);
  });

  test('values may name an indicator by name_en or name_ja', () => {
    const d = load(file('indicators.csv', 'id,name_en,name_ja\nbudget,Government budget,政府予算\n'), file('v.csv', 'country,technology,indicator,year,value\nJPN,ai,政府予算,2023,1\nUSA,ai,government budget,2023,2\n'));
    expect(new Set(Array.from(d.values.indicator).map((i) => d.values.strings[i]))).toEqual(new Set(['budget']));
  });

  test('ordinal values inside the levels load', () => {
    const d = load(file('indicators.csv', 'id,kind,levels\nm,ordinal,0=none;4=networked\n'), file('v.csv', 'country,technology,indicator,year,value\nJPN,ai,m,2023,0\nUSA,ai,m,2023,4\nCHN,ai,m,2023,2.5\n'));
    expect(Array.from(d.values.value)).toEqual([0, 4, 2.5]);
  });
});

describe('sources.csv', () => {
  test('rows become sources; title defaults to the id', () => {
    const d = load(file('sources.csv', 'id,title,publisher,year,url,license\noecd,MSTI,OECD,2024,https://oecd.org,CC BY\nx,,,,,\n'), VALUES);
    expect(d.sources).toEqual([
      { id: 'oecd', title: 'MSTI', publisher: 'OECD', year: 2024, url: 'https://oecd.org', license: 'CC BY' },
      { id: 'x', title: 'x' },
    ]);
  });

  test('a metadata file alone is a dataset without values', () => {
    const d = load(file('sources.csv', 'id,title\na,A\n'));
    expect(d.values.length).toBe(0);
    expect(d.sources).toHaveLength(1);
  });
});

describe('levels syntax', () => {
  test.each([
    ['0=none;1=experimental;2=fielded/実戦配備', [0, 1, 2]],
    ['2=b; 0=a ;', [0, 2]],
    ['０＝なし；１＝あり', [0, 1]],
  ])('%j', (text, values) => {
    const result = parseLevels(text);
    expect(result.ok && result.levels.map((l) => l.value)).toEqual(values);
  });

  test.each([
    ['0=a;x=b', 'x=b'],
    ['0=a;0=b', '0=b'],
    ['0=a;1=', '1='],
    ['0=a', '0=a'],
    ['none;fielded', 'none'],
  ])('%j is invalid at %j', (text, found) => {
    expect(parseLevels(text)).toEqual({ ok: false, found });
  });

  test.each([
    ['fielded/実戦配備', 'fielded', '実戦配備'],
    ['C2/ISR', 'C2/ISR', 'C2/ISR'],
    ['C2/ISR/指揮統制', 'C2/ISR', '指揮統制'],
    ['none', 'none', 'none'],
  ])('bilingual label %j', (label, en, ja) => {
    expect(splitBilingual(label)).toEqual({ en, ja });
  });
});

describe('ParsedFile', () => {
  test('is structured-cloneable and re-composes to the same dataset', () => {
    const files = [parsed(file('countries.csv', 'code,name_ja\nJPN,日本\n')), parsed(file('v.csv', 'country,technology,indicator,year,value\n日本,ai,x,2023,1.5\n日本,ai,y,2023,"1,500"\n'))];
    const clone = structuredClone(files);
    expect(composed(clone)).toEqual(composed(files));
  });

  test('adding countries.csv later re-resolves names without re-reading the values', () => {
    const values = parsed(file('v.csv', 'country,technology,indicator,year,value\nAtlantis,ai,x,2023,1\n'));
    expect(composed([parsed(file('countries.csv', 'code,name_en\nXAT,Atlantis\n')), values]).countries.map((c) => c.code)).toEqual(['XAT']);
  });
});
