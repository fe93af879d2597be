/**
 * The class colours as a small SVG legend (exported with the chart it sits under). Shared by
 * the ranking, quadrant and runway views, which all colour marks by class.
 */
import { ADVANTAGE_CLASSES, type AdvantageClass } from '../../model/results';
import { CLASS_COLORS } from '../../charts/colors';
import { useT } from '../../app/i18n-hooks';
import './class-legend.css';

/** Width of one legend entry (px): room for the longest class name in either language. */
const ENTRY_WIDTH = 190;

export function ClassLegend({ classes = ADVANTAGE_CLASSES }: { classes?: readonly AdvantageClass[] }) {
  const t = useT();
  const width = classes.length * ENTRY_WIDTH;
  return (
    <svg className="class-legend" width={width} height={28} viewBox={`0 0 ${width} 28`} role="list" aria-label={t('ranking.legend')} fontFamily="system-ui, sans-serif">
      {classes.map((name, index) => (
        <g key={name} role="listitem" transform={`translate(${index * ENTRY_WIDTH}, 0)`}>
          <rect x={0} y={7} width={14} height={14} rx={3} fill={CLASS_COLORS[name]} />
          <text x={20} y={14} dy="0.35em" fontSize={14} fill="#1b2330">
            {t(`class.${name}`)}
          </text>
        </g>
      ))}
    </svg>
  );
}
