/**
 * Words and colours of the profile (pure): actor names and colours, pillar names, the radar's
 * rows, tooltip lines and the data table (pillar scores and the values behind them).
 */
import type { DataTableSpec } from '../../charts/DataTable';
import { formatActorValue, sourceTitle } from '../../charts/provenance';
import { formatNumber } from '../../i18n/format';
import type { MessageKey, Translate } from '../../i18n';
import type { Locale } from '../../i18n/locale';
import { localName } from '../../i18n/names';
import type { Dataset } from '../../model/dataset';
import type { ActorValue } from '../../model/results';
import { actorName } from '../overview/actor-name';
import { FALLBACK_COLORS, SIDE_COLOR } from '../trends/trends-series';
import { NO_PILLAR, PILLAR_ORDER, type ProfileActor, type ProfileSeries } from './profile-series';

/** What the texts need. */
export interface ProfileTextContext {
  dataset: Dataset;
  locale: Locale;
  t: Translate;
}

/** Name of a pillar (translated when known, else as written). */
export function pillarLabel(pillar: string, t: Translate): string {
  if (pillar === NO_PILLAR) return t('profile.pillar.none');
  return PILLAR_ORDER.includes(pillar) ? t(`profile.pillar.${pillar}` as MessageKey) : pillar;
}

/** Name of an actor ("Japan–United States (side)"). */
export function profileActorName(actor: ProfileActor, context: ProfileTextContext): string {
  const name = actorName(actor.members, context.dataset, context.locale);
  return actor.role === 'side' ? context.t('profile.side', { name }) : name;
}

/** Colour per actor key: the country's own colour, near-black for a coalition side, else Okabe–Ito. */
export function actorColors(series: ProfileSeries, dataset: Dataset): Record<string, string> {
  const colors: Record<string, string> = {};
  series.actors.forEach((actor, index) => {
    const own = actor.members.length === 1 ? dataset.countries.find((item) => item.code === actor.members[0])?.color : undefined;
    colors[actor.key] = actor.role === 'side' && actor.members.length > 1 ? SIDE_COLOR : (own ?? FALLBACK_COLORS[index % FALLBACK_COLORS.length]!);
  });
  return colors;
}

/** Rows of the radar: one per pillar, a score per actor key. */
export function radarRows(series: ProfileSeries, t: Translate): ({ pillar: string; label: string } & Record<string, number | string | null>)[] {
  return series.pillars.map((pillar) => {
    const row: { pillar: string; label: string } & Record<string, number | string | null> = { pillar, label: pillarLabel(pillar, t) };
    for (const actor of series.actors) row[actor.key] = series.scores[pillar]?.[actor.key]?.score ?? null;
    return row;
  });
}

/** "B — credible estimate" style provenance in one line: sources, years, confidence. */
export function provenanceShort(value: ActorValue, context: ProfileTextContext): string {
  const { dataset, t } = context;
  const years = Object.entries(value.years).map(([country, year]) => `${country} ${year}${value.stale.includes(country) ? ` (${t('common.stale')})` : ''}`);
  return [value.sources.map((source) => sourceTitle(dataset, source)).join('; '), years.join(', '), value.confidence ?? ''].filter(Boolean).join(' · ');
}

/**
 * Tooltip of one pillar: each shown actor's score, then its indicators' values with year and
 * confidence; sources are numbered once under the sections ("[1] title") to keep it short.
 */
export function pillarTooltip(series: ProfileSeries, pillar: string, shown: readonly string[], context: ProfileTextContext): { sections: { heading: string; lines: string[] }[]; sources: string[] } {
  const { t, locale, dataset } = context;
  const sources: string[] = [];
  const cite = (source: string) => {
    const title = sourceTitle(dataset, source);
    if (!sources.includes(title)) sources.push(title);
    return `[${sources.indexOf(title) + 1}]`;
  };
  const sections = series.actors
    .filter((actor) => shown.includes(actor.key))
    .map((actor) => {
      const name = profileActorName(actor, context);
      const score = series.scores[pillar]?.[actor.key];
      const heading = score?.score === null || !score ? t('profile.noValue', { actor: name }) : t('profile.score', { actor: name, score: formatNumber(score.score, locale, 2), used: score.used, total: score.total });
      const lines = series.indicators
        .filter((item) => item.pillar === pillar)
        .map((item) => {
          const value = item.values[actor.key];
          const s = item.scores[actor.key];
          const text = t('profile.indicatorLine', {
            indicator: localName(item.indicator, locale, item.indicator.id),
            value: value ? formatActorValue(value, item.indicator, locale) : '–',
            score: s === null || s === undefined ? '–' : formatNumber(s, locale, 2),
          });
          if (!value || value.value === null) return text;
          const years = Object.entries(value.years).map(([country, year]) => `${country} ${year}${value.stale.includes(country) ? ` (${t('common.stale')})` : ''}`);
          const facts = [years.join(', '), value.confidence ? `${t('provenance.confidence')} ${value.confidence}` : '', value.sources.map(cite).join('')].filter(Boolean);
          return `${text} · ${facts.join(' · ')}`;
        });
      return { heading, lines };
    });
  return { sections, sources: sources.map((title, index) => `[${index + 1}] ${title}`) };
}

/** The data behind the radar: per pillar, each actor's pillar score, then each indicator's value and score. */
export function profileTable(series: ProfileSeries, context: ProfileTextContext): DataTableSpec {
  const { t, locale, dataset } = context;
  const rows: DataTableSpec['rows'] = [];
  for (const pillar of series.pillars) {
    for (const actor of series.actors) {
      const name = profileActorName(actor, context);
      const score = series.scores[pillar]![actor.key]!;
      rows.push({ pillar: pillarLabel(pillar, t), indicator: t('profile.table.pillarScore'), actor: name, value: '', score: formatNumber(score.score, locale, 2), used: `${score.used} / ${score.total}`, source: '' });
      for (const item of series.indicators.filter((entry) => entry.pillar === pillar)) {
        const value = item.values[actor.key];
        rows.push({
          pillar: pillarLabel(pillar, t),
          indicator: localName(item.indicator, locale, item.indicator.id),
          actor: name,
          value: value ? formatActorValue(value, item.indicator, locale) : '–',
          score: formatNumber(item.scores[actor.key], locale, 2),
          used: '',
          source: value ? provenanceShort(value, { dataset, locale, t }) : '',
        });
      }
    }
  }
  const technology = localName(dataset.technologies.find((item) => item.id === series.technology), locale, series.technology);
  return {
    caption: t('profile.table.caption', { technology }),
    columns: [
      { key: 'pillar', label: t('profile.table.pillar') },
      { key: 'indicator', label: t('profile.table.indicator') },
      { key: 'actor', label: t('profile.table.actor') },
      { key: 'value', label: t('profile.table.value'), numeric: true },
      { key: 'score', label: t('profile.table.score'), numeric: true },
      { key: 'used', label: t('profile.table.used'), numeric: true },
      { key: 'source', label: t('profile.table.source') },
    ],
    rows,
  };
}
