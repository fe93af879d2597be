/**
 * The generated blocks of datasets/README.md: indicator table, level definitions, coverage
 * tables and the source list. The build regenerates them so the documentation can never drift
 * from the data. A block sits between `<!-- BEGIN GENERATED: name -->` and
 * `<!-- END GENERATED: name -->`; everything outside the markers is hand-written.
 */
import type { BuildOutput, ValueRow } from './build';
import { COUNTRIES, INDICATORS, QUALITATIVE_AXES, TECHNOLOGIES, type IndicatorMeta } from './metadata';

/** Markdown-safe table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const r of rows) lines.push(`| ${r.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '—';
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  return first === last ? `${first}` : `${first}–${last} (${sorted.length})`;
}

function isScored(ind: IndicatorMeta): boolean {
  return ind.scope === 'technology' && ind.kind !== 'text' && ind.weight > 0;
}

/** Indicator reference table. */
function indicatorBlock(out: BuildOutput): string {
  const rows = INDICATORS.map((ind) => {
    const vs = out.values.filter((v) => v.indicator === ind.id);
    const techs = [...new Set(vs.map((v) => v.technology).filter((t) => t !== ''))];
    const sources = [...new Set(vs.map((v) => v.source))];
    const grades = [...new Set(vs.map((v) => v.confidence))].sort().join('/');
    return [
      `\`${ind.id}\``, ind.kind, ind.scope, ind.pillar, String(ind.weight), ind.unit || '—',
      techs.join(', ') || '—', sources.length > 3 ? `${sources.length} documents` : sources.join(', '), grades || '—', String(vs.length),
    ];
  });
  return table(['id', 'kind', 'scope', 'pillar', 'weight', 'unit', 'technologies', 'source ids', 'confidence', 'rows'], rows);
}

/** What each indicator measures and proxies (the description columns of indicators.csv). */
function descriptionsBlock(): string {
  return INDICATORS.filter((ind) => ind.kind !== 'text')
    .map((ind) => `- **\`${ind.id}\`** — ${ind.nameEn} / ${ind.nameJa}. ${ind.description}\n  - ${ind.descriptionJa}`)
    .join('\n');
}

/** Level definitions of the qualitative axes. */
function levelsBlock(): string {
  const parts: string[] = [];
  for (const [id, levels] of Object.entries(QUALITATIVE_AXES)) {
    const ind = INDICATORS.find((i) => i.id === id);
    parts.push(`#### \`${id}\` — ${ind?.nameJa ?? ''}\n`);
    parts.push(table(['level', 'label', 'ラベル', 'definition', '定義'], levels.map((l) => [String(l.value), l.labelEn, l.labelJa, l.definitionEn, l.definitionJa])));
    parts.push('');
  }
  return parts.join('\n').trimEnd();
}

const MAIN_COUNTRIES = COUNTRIES.map((c) => c.code);

/** Years covered per indicator (and technology) × country. */
function coverageBlock(out: BuildOutput): string {
  const rows: string[][] = [];
  for (const ind of INDICATORS) {
    if (ind.kind === 'text') continue;
    const vs = out.values.filter((v) => v.indicator === ind.id);
    const techs = ind.scope === 'technology' ? [...new Set(vs.map((v) => v.technology))] : [''];
    for (const tech of techs) {
      const label = tech ? `\`${ind.id}\` · ${tech}` : `\`${ind.id}\``;
      rows.push([label, ...MAIN_COUNTRIES.map((c) => yearSpan(vs.filter((v) => v.technology === tech && v.country === c).map((v) => v.year)))]);
    }
  }
  return table(['indicator · technology', ...MAIN_COUNTRIES], rows);
}

/** Scored indicators with data, per technology × country. */
function scoredBlock(out: BuildOutput): string {
  const scored = INDICATORS.filter(isScored);
  const rows = TECHNOLOGIES.map((t) => {
    const used = scored.filter((ind) => out.values.some((v) => v.technology === t.id && v.indicator === ind.id));
    return [
      `${t.id}`,
      used.map((i) => i.id).join(', ') || '—',
      ...MAIN_COUNTRIES.map((c) => {
        const have = used.filter((ind) => out.values.some((v) => v.technology === t.id && v.indicator === ind.id && v.country === c));
        return used.length === 0 ? '—' : `${have.length}/${used.length}`;
      }),
    ];
  });
  return table(['technology', 'scored indicators with any data', ...MAIN_COUNTRIES], rows);
}

/** The coded levels, technology × axis × principal country. */
function codingBlock(out: BuildOutput): string {
  const codes = COUNTRIES.map((c) => c.code);
  const rows: string[][] = [];
  for (const t of TECHNOLOGIES) {
    for (const axis of Object.keys(QUALITATIVE_AXES)) {
      const vs = out.values.filter((v) => v.technology === t.id && (v.indicator === axis || v.indicator === `${axis}_text`));
      if (vs.length === 0) continue;
      rows.push([
        t.id, axis,
        ...codes.map((c) => {
          const level = vs.find((v) => v.country === c && v.indicator === axis);
          const text = vs.find((v) => v.country === c && v.indicator !== axis);
          if (level) return `${level.value} (${level.year})`;
          return text ? `text (${text.year})` : '—';
        }),
      ]);
    }
  }
  const used = codes.filter((c) => rows.some((r) => r[2 + codes.indexOf(c)] !== '—'));
  const idx = used.map((c) => 2 + codes.indexOf(c));
  return table(['technology', 'axis', ...used], rows.map((r) => [r[0], r[1], ...idx.map((i) => r[i])]));
}

/** sources.csv as a list. */
function sourcesBlock(out: BuildOutput): string {
  const count = (id: string): number => out.values.filter((v: ValueRow) => v.source === id).length;
  return table(
    ['id', 'title', 'publisher', 'year', 'url', 'rows'],
    out.sources.map((s) => [`\`${s.id}\``, s.title, s.publisher, String(s.year), s.url, String(count(s.id))]),
  );
}

/** All generated blocks, by name. */
export function readmeBlocks(out: BuildOutput): Record<string, string> {
  return {
    indicators: indicatorBlock(out),
    descriptions: descriptionsBlock(),
    levels: levelsBlock(),
    'scored-coverage': scoredBlock(out),
    coding: codingBlock(out),
    coverage: coverageBlock(out),
    sources: sourcesBlock(out),
  };
}

/** Replace every generated block in a README text; fails if a marker pair is missing. */
export function updateReadme(readme: string, blocks: Record<string, string>): string {
  let text = readme;
  for (const [name, body] of Object.entries(blocks)) {
    const begin = `<!-- BEGIN GENERATED: ${name} -->`;
    const end = `<!-- END GENERATED: ${name} -->`;
    const i = text.indexOf(begin);
    const j = text.indexOf(end);
    if (i < 0 || j < i) throw new Error(`datasets/README.md: missing markers for generated block "${name}"`);
    text = `${text.slice(0, i + begin.length)}\n${body}\n${text.slice(j)}`;
  }
  return text;
}
