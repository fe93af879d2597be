/** The tooltip box of a d3-drawn chart (see tooltip.ts). Not part of exported SVG. */
import type { TooltipState } from './tooltip';
import './heatmap.css';

interface Props {
  /** DOM id, for aria-describedby on the mark it describes. */
  id: string;
  /** The tooltip, or null when none is shown. */
  tip: TooltipState | null;
}

export function ChartTooltip({ id, tip }: Props) {
  if (!tip) return null;
  return (
    <div
      id={id}
      role="tooltip"
      className={tip.flip ? 'chart-tooltip chart-tooltip-flip' : 'chart-tooltip'}
      style={{ left: tip.x, top: tip.y }}
    >
      <strong>{tip.content.title}</strong>
      {tip.content.lines.map((line, index) => (
        <div key={index}>{line}</div>
      ))}
      {tip.content.sections?.map((section, index) => (
        <div key={index} className="chart-tooltip-section">
          <em>{section.heading}</em>
          {section.lines.map((line, lineIndex) => (
            <div key={lineIndex}>{line}</div>
          ))}
        </div>
      ))}
    </div>
  );
}
