/**
 * The pillar radar (recharts, render only): one polygon per shown actor over the pillars,
 * radius 0–1, a tooltip with each actor's pillar score and the values behind it.
 */
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts';
import { useLocale, useT } from '../../app/i18n-hooks';
import type { Dataset } from '../../model/dataset';
import { useElementWidth } from '../trends/use-width';
import type { ProfileSeries } from './profile-series';
import { pillarTooltip, profileActorName, radarRows, type ProfileTextContext } from './profile-text';

interface Props {
  series: ProfileSeries;
  dataset: Dataset;
  /** Actor keys drawn. */
  shown: string[];
  /** Colour per actor key. */
  colors: Record<string, string>;
  /** Accessible name. */
  label: string;
}

const HEIGHT = 600;
/** The tooltip sits in the chart's right margin, beside the radar rather than over it. */
const TOOLTIP_WIDTH = 480;

export function ProfileChart({ series, dataset, shown, colors, label }: Props) {
  const t = useT();
  const locale = useLocale();
  const { ref, width } = useElementWidth<HTMLDivElement>(1100);
  const context: ProfileTextContext = { dataset, locale, t };
  const rows = radarRows(series, t);
  return (
    <div className="profile-chart" ref={ref} role="group" aria-label={label}>
      <RadarChart width={width} height={HEIGHT} data={rows} cx="40%" outerRadius={Math.min(250, width / 4)} margin={{ top: 16, right: 48, bottom: 16, left: 48 }}>
        <PolarGrid stroke="#c9ced6" />
        <PolarAngleAxis dataKey="label" tick={{ fontSize: 15, fill: '#1b2330', fontWeight: 600 }} />
        <PolarRadiusAxis domain={[0, 1]} tickCount={5} angle={90} tick={{ fontSize: 12, fill: '#4f5b6b' }} tickFormatter={(value: number) => String(value)} />
        {series.actors
          .filter((actor) => shown.includes(actor.key))
          .map((actor) => (
            <Radar
              key={actor.key}
              dataKey={actor.key}
              name={profileActorName(actor, context)}
              stroke={colors[actor.key]}
              strokeWidth={actor.role === 'side' ? 3.5 : 2}
              strokeDasharray={actor.role === 'member' ? '6 4' : undefined}
              fill={colors[actor.key]}
              fillOpacity={actor.role === 'side' ? 0.15 : 0.05}
              dot={{ r: 4 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        <Tooltip
          isAnimationActive={false}
          position={{ x: Math.max(0, width - TOOLTIP_WIDTH), y: 0 }}
          content={({ active, payload }) => {
            const pillar = (payload?.[0]?.payload as { pillar?: string } | undefined)?.pillar;
            if (!active || pillar === undefined) return null;
            const { sections, sources } = pillarTooltip(series, pillar, shown, context);
            return (
              <div className="profile-tooltip">
                <strong>{rows.find((row) => row.pillar === pillar)?.label}</strong>
                {sections.map((section) => (
                  <div key={section.heading} className="profile-tooltip-section">
                    <em>{section.heading}</em>
                    {section.lines.map((line, index) => (
                      <div key={index}>{line}</div>
                    ))}
                  </div>
                ))}
                {sources.length > 0 ? (
                  <div className="profile-tooltip-sources">
                    <em>{t('provenance.source')}</em>
                    {sources.map((source) => (
                      <div key={source}>{source}</div>
                    ))}
                  </div>
                ) : null}
              </div>
            );
          }}
        />
        <Legend wrapperStyle={{ fontSize: 14 }} />
      </RadarChart>
    </div>
  );
}
