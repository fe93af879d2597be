/**
 * The committed dataset obeys DATA-FORMAT.md and the project's provenance rules: every value is
 * sourced and graded, every id is declared, keys are unique, quantities are non-negative and
 * ordinal levels are within their declared scale.
 */
import { describe, expect, test } from 'vitest';
import { CODING_NOTE } from '../../../scripts/dataset/build';
import { readDefault, readDefaultText } from './helpers';

const values = readDefault('values.csv');
const countries = readDefault('countries.csv');
const technologies = readDefault('technologies.csv');
const indicators = readDefault('indicators.csv');
const sources = readDefault('sources.csv');

const indicatorById = new Map(indicators.records.map((r) => [r.id, r]));
const NUMBER = /^\d+(\.\d+)?$/;

/** Parse an indicators.csv `levels` cell (`0=none/なし;1=…`). */
function levelsOf(cell: string): { value: number; labelEn: string; labelJa: string }[] {
  return cell.split(';').map((part) => {
    const [value, label] = part.split('=');
    const [labelEn, labelJa] = label.split('/');
    return { value: Number(value), labelEn, labelJa };
  });
}

describe('headers follow DATA-FORMAT.md', () => {
  test.each([
    ['values.csv', 'country,technology,indicator,year,value,unit,source,confidence,note'],
    ['countries.csv', 'code,name_en,name_ja,role,color'],
    ['technologies.csv', 'id,name_en,name_ja,relevance,group'],
    ['indicators.csv', 'id,name_en,name_ja,kind,direction,combine,unit,weight,pillar,levels,scope,description,description_ja'],
    ['sources.csv', 'id,title,publisher,year,url,license'],
  ])('%s', (name, header) => {
    expect(readDefaultText(name).split('\n')[0]).toBe(header);
  });
});

describe('metadata files', () => {
  test('countries: required codes, roles and colour-blind-safe palette colours', () => {
    const role = Object.fromEntries(countries.records.map((r) => [r.code, r.role]));
    expect(role).toMatchObject({ JPN: 'ally', USA: 'ally', CHN: 'rival', RUS: 'rival', PRK: 'rival' });
    for (const code of ['KOR', 'AUS', 'GBR', 'IND', 'TWN', 'DEU', 'FRA']) expect(role[code]).toBe('partner');
    for (const r of countries.records) {
      expect(r.code).toMatch(/^[A-Z]{3}$/);
      expect(r.name_en).not.toBe('');
      expect(r.name_ja).not.toBe('');
      expect(r.color).toMatch(/^#[0-9A-F]{6}$/);
    }
    expect(new Set(countries.records.map((r) => r.color)).size).toBe(countries.records.length);
  });

  test('technologies: unique ids, non-negative relevance', () => {
    expect(new Set(technologies.records.map((r) => r.id)).size).toBe(technologies.records.length);
    for (const r of technologies.records) expect(Number(r.relevance)).toBeGreaterThanOrEqual(0);
  });

  test('indicators: valid enums, weights, ordinal levels and scopes', () => {
    expect(new Set(indicators.records.map((r) => r.id)).size).toBe(indicators.records.length);
    for (const r of indicators.records) {
      expect(['quantity', 'ordinal', 'text']).toContain(r.kind);
      expect(['higher', 'lower']).toContain(r.direction);
      expect(['sum', 'max', 'mean']).toContain(r.combine);
      expect(['technology', 'country']).toContain(r.scope);
      expect(r.weight).toMatch(NUMBER);
      if (r.kind === 'text') expect(Number(r.weight)).toBe(0);
      if (r.kind === 'ordinal') {
        const levels = levelsOf(r.levels);
        expect(levels.length).toBeGreaterThanOrEqual(2);
        for (const l of levels) {
          expect(Number.isInteger(l.value)).toBe(true);
          expect(l.labelEn).toBeTruthy();
          expect(l.labelJa).toBeTruthy();
        }
        expect(levels.map((l) => l.value)).toEqual([...levels.map((l) => l.value)].sort((a, b) => a - b));
      } else {
        expect(r.levels).toBe('');
      }
      expect(r.description).not.toBe('');
      expect(r.description_ja).not.toBe('');
    }
  });

  test('every qualitative ordinal has its paired text indicator', () => {
    for (const r of indicators.records.filter((i) => i.kind === 'ordinal')) {
      expect(indicatorById.get(`${r.id}_text`)?.kind).toBe('text');
    }
  });

  test('sources: unique ids, year and URL', () => {
    expect(new Set(sources.records.map((r) => r.id)).size).toBe(sources.records.length);
    for (const r of sources.records) {
      expect(r.title).not.toBe('');
      expect(r.year).toMatch(/^\d{4}$/);
      expect(r.url).toMatch(/^https?:\/\//);
    }
  });
});

describe('values', () => {
  const sourceIds = new Set(sources.records.map((r) => r.id));
  const countryCodes = new Set(countries.records.map((r) => r.code));
  const technologyIds = new Set(technologies.records.map((r) => r.id));

  test('every row has a source listed in sources.csv and a confidence grade A/B/C', () => {
    const bad = values.records.filter((r) => !sourceIds.has(r.source) || !['A', 'B', 'C'].includes(r.confidence));
    expect(bad).toEqual([]);
  });

  test('every source in sources.csv is cited', () => {
    const cited = new Set(values.records.map((r) => r.source));
    expect(sources.records.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  test('every country, technology and indicator is declared, with the right scope', () => {
    for (const r of values.records) {
      expect(countryCodes.has(r.country), r.country).toBe(true);
      const ind = indicatorById.get(r.indicator);
      expect(ind, r.indicator).toBeDefined();
      if (ind?.scope === 'country') expect(r.technology).toBe('');
      else expect(technologyIds.has(r.technology), `${r.indicator}/${r.technology}`).toBe(true);
    }
  });

  test('no duplicate (country, technology, indicator, year) keys', () => {
    const keys = values.records.map((r) => `${r.country}|${r.technology}|${r.indicator}|${r.year}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('years are integers; units agree with indicators.csv', () => {
    for (const r of values.records) {
      expect(r.year).toMatch(/^\d{4}$/);
      expect(r.unit).toBe(indicatorById.get(r.indicator)?.unit);
    }
  });

  test('quantities are plain non-negative numbers', () => {
    const bad = values.records.filter((r) => indicatorById.get(r.indicator)?.kind === 'quantity' && !(NUMBER.test(r.value) && Number(r.value) >= 0));
    expect(bad).toEqual([]);
  });

  test('ordinal values are within the declared levels', () => {
    for (const r of values.records.filter((v) => indicatorById.get(v.indicator)?.kind === 'ordinal')) {
      const levels = levelsOf(indicatorById.get(r.indicator)?.levels ?? '').map((l) => l.value);
      expect(levels, `${r.country}/${r.technology}/${r.indicator}`).toContain(Number(r.value));
      expect(r.value).toMatch(/^\d+$/);
    }
  });

  test('text values are never empty and never read as numbers', () => {
    for (const r of values.records.filter((v) => indicatorById.get(v.indicator)?.kind === 'text')) {
      expect(r.value.trim()).not.toBe('');
      expect(Number.isNaN(Number(r.value))).toBe(true);
    }
  });

  test('qualitative rows are analyst codings: confidence C, the standard note, and an evidence text for every level', () => {
    const coded = values.records.filter((r) => r.confidence === 'C');
    expect(coded.length).toBeGreaterThan(0);
    for (const r of coded) expect(r.note.startsWith(CODING_NOTE)).toBe(true);
    const qualitative = values.records.filter((r) => ['ordinal', 'text'].includes(indicatorById.get(r.indicator)?.kind ?? ''));
    expect(qualitative.every((r) => r.confidence === 'C')).toBe(true);
    for (const r of qualitative.filter((v) => indicatorById.get(v.indicator)?.kind === 'ordinal')) {
      const text = values.records.find((t) => t.country === r.country && t.technology === r.technology && t.indicator === `${r.indicator}_text` && t.year === r.year);
      expect(text?.source).toBe(r.source);
    }
  });

  test('every technology has at least one scored (quantity or ordinal, weight > 0) technology-scope value', () => {
    for (const t of technologies.records) {
      const scored = values.records.some((r) => {
        const ind = indicatorById.get(r.indicator);
        return r.technology === t.id && ind?.kind !== 'text' && Number(ind?.weight) > 0;
      });
      expect(scored, t.id).toBe(true);
    }
  });

  test('the principal countries have values; ITA is declared with none (GCAP gap)', () => {
    for (const code of ['JPN', 'USA', 'CHN', 'RUS', 'PRK', 'KOR', 'AUS', 'GBR', 'IND', 'TWN', 'DEU', 'FRA']) {
      expect(values.records.some((r) => r.country === code), code).toBe(true);
    }
    expect(values.records.some((r) => r.country === 'ITA')).toBe(false);
  });
});
