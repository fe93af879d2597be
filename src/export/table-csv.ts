/**
 * The comparison table as CSV ("Download table (CSV)"): what the table shows, in the UI
 * language, one line per indicator, then the composite per rival, the numbered sources and the
 * parameters that reproduce it. Every cell goes through csvLine (formula-safe, RFC 4180).
 *
 * Layout:
 * - header: pillar, indicator, indicator id, kind, unit, weight; per side member: value, year,
 *   status, confidence, sources; per rival: the same, then ratio (side ÷ rival) and a.
 * - values: quantities as plain numbers (12 significant digits, no grouping), ordinal levels as
 *   "3 (fielded)", text cells in full; sources as footnote numbers ("1; 3").
 * - summary lines (pillar column "Composite"): A, coverage, years to parity, class, under each
 *   rival's value column.
 * - a blank line, the sources (number, description), a blank line, the parameters.
 */
import type { Translate } from '../i18n';
import type { Locale } from '../i18n/locale';
import { localName } from '../i18n/names';
import type { Dataset, Indicator } from '../model/dataset';
import type { Parameters } from '../model/parameters';
import type { ActorValue } from '../model/results';
import type { ComparisonTableModel } from '../views/table/build-table';
import { footnoteText } from '../views/table/cell-text';
import { actorName, pillarName } from '../views/table/names';
import { csvLine } from './csv-cell';

/** What the CSV needs besides the table. */
export interface TableCsvContext {
  dataset: Dataset;
  locale: Locale;
  t: Translate;
  /** The parameters of the analysis (written at the end so the table can be reproduced). */
  parameters: Parameters;
}

type Cell = string | number | null | undefined;

/** A number as data: 12 significant digits, no grouping; ∞ for Infinity; empty when null. */
export function plainNumber(value: number | null | undefined, digits = 12): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const text = String(Number(value.toPrecision(digits)));
  return text === '-0' ? '0' : text;
}

function valueCell(value: ActorValue, indicator: Indicator, locale: Locale): string {
  if (indicator.kind === 'text' || (value.value === null && value.texts.length > 0)) {
    if (value.texts.length === 1) return value.texts[0]!.text;
    return value.texts.map((item) => `${item.country}: ${item.text}`).join('\n');
  }
  if (value.value === null) return '';
  if (indicator.kind === 'ordinal') {
    const level = indicator.levels?.find((item) => item.value === value.value);
    const label = level ? (locale === 'ja' ? level.labelJa : level.labelEn) : '';
    return label ? `${plainNumber(value.value)} (${label})` : plainNumber(value.value);
  }
  return plainNumber(value.value);
}

function yearCell(value: ActorValue): string {
  const entries = Object.entries(value.years);
  if (entries.length === 1) return String(entries[0]![1]);
  return entries.map(([country, year]) => `${country} ${year}`).join('; ');
}

function statusCell(value: ActorValue, t: Translate): string {
  if (value.present.length === 0) return t('common.missing');
  return value.stale.length > 0 ? t('common.stale') : t('common.present');
}

function valueBlock(value: ActorValue, indicator: Indicator, notes: number[], context: TableCsvContext): Cell[] {
  const { locale, t } = context;
  return [valueCell(value, indicator, locale), yearCell(value), statusCell(value, t), value.confidence ?? '', notes.join('; ')];
}

function record(values: Record<string, number>): string {
  return Object.keys(values)
    .sort()
    .map((key) => `${key}=${values[key]}`)
    .join('; ');
}

/** The CSV text of the table. */
export function tableCsv(model: ComparisonTableModel, context: TableCsvContext): string {
  const { dataset, locale, t, parameters } = context;
  const name = (members: readonly string[]) => actorName(dataset, members, locale);
  const blockHeaders = (who: string) => [who, `${who} ${t('table.csv.year')}`, `${who} ${t('table.csv.status')}`, `${who} ${t('provenance.confidence')}`, `${who} ${t('table.csv.sources')}`];
  const header: Cell[] = [t('table.csv.pillar'), t('table.axis'), t('table.csv.indicatorId'), t('table.csv.kind'), t('table.csv.unit'), t('table.csv.weight')];
  for (const member of model.side.members) header.push(...blockHeaders(name([member])));
  for (const rival of model.rivals) {
    const who = name(rival.members);
    header.push(...blockHeaders(who), `${who} ${t('table.ratio')}`, `${who} a`);
  }
  let out = csvLine(header);
  for (const group of model.groups) {
    for (const row of group.rows) {
      const { indicator } = row;
      const unit = indicator.unit ?? row.rivals.find((cell) => cell.detail?.rival.unit)?.detail?.rival.unit ?? '';
      const cells: Cell[] = [pillarName(group.pillar, t), localName(indicator, locale, indicator.id), indicator.id, t(`table.kind.${indicator.kind}`), indicator.kind === 'quantity' ? unit : '', indicator.kind === 'text' ? '' : plainNumber(row.weight)];
      for (const member of row.members) cells.push(...valueBlock(member.value, indicator, member.footnotes, context));
      for (const cell of row.rivals) {
        if (!cell.detail) {
          cells.push('', '', '', '', '', '', '');
          continue;
        }
        cells.push(...valueBlock(cell.detail.rival, indicator, cell.footnotes, context), plainNumber(cell.detail.ratio, 6), plainNumber(cell.detail.asymmetry, 6));
      }
      out += csvLine(cells);
    }
  }
  const summary = (label: string, pick: (index: number) => Cell) => {
    const cells: Cell[] = [t('table.csv.summary'), label, '', '', '', ''];
    for (let k = 0; k < model.side.members.length; k += 1) cells.push('', '', '', '', '');
    model.rivals.forEach((_, index) => cells.push(pick(index), '', '', '', '', '', ''));
    out += csvLine(cells);
  };
  const assessment = (index: number) => model.rivals[index]!.assessment;
  summary(t('table.summary.asymmetry'), (k) => plainNumber(assessment(k).asymmetry, 6));
  summary(t('table.summary.coverage'), (k) => `${plainNumber(assessment(k).coverage, 6)}${assessment(k).lowCoverage ? ` (${t('table.lowCoverage')})` : ''}`);
  summary(t('table.summary.years'), (k) => {
    const years = assessment(k).yearsToParity;
    return years === null ? '' : Number.isFinite(years) ? plainNumber(years, 6) : `> ${model.maxYears}`;
  });
  summary(t('table.summary.class'), (k) => {
    const cls = assessment(k).advantageClass;
    return cls ? t(`class.${cls}`) : t('class.undefined');
  });
  if (model.footnotes.length > 0) {
    out += '\n' + csvLine([t('table.sources')]);
    for (const note of model.footnotes) out += csvLine([note.number, footnoteText(note)]);
  }
  const technology = dataset.technologies.find((item) => item.id === model.technology);
  out += '\n' + csvLine([t('table.csv.parameters')]);
  const lines: [string, Cell][] = [
    [t('table.csv.dataset'), dataset.name],
    [t('selection.technology'), `${localName(technology, locale, model.technology)} (${model.technology})`],
    [t('selection.side'), model.side.members.join('+')],
    [t('selection.rivals'), model.rivals.map((rival) => `${rival.label} (${rival.year})`).join('; ')],
    [t('table.csv.year'), model.year],
    ['K', parameters.saturation],
    ['W', parameters.trendWindow],
    ['H', parameters.horizon],
    ['Hmax', parameters.maxYears],
    ['ε', parameters.parityBand],
    [t('table.csv.staleness'), parameters.staleness],
    [t('table.csv.weights'), record(parameters.weights)],
    [t('table.csv.pillarWeights'), record(parameters.pillarWeights)],
    [t('table.csv.relevance'), record(parameters.relevance)],
  ];
  for (const [key, value] of lines) out += csvLine([key, value]);
  return out;
}
