/**
 * Tooltip state shared by the d3-drawn charts (heatmap, matrix, runway): one tooltip per chart,
 * shown next to the focused or hovered mark, positioned relative to the chart's container so it
 * works the same for SVG marks and table cells.
 */
import { useCallback, useRef, useState } from 'react';

/** What a tooltip says: a title, plain lines, and optional titled sections (one per actor…). */
export interface TooltipContent {
  /** First line, in bold. */
  title: string;
  /** Lines under the title. */
  lines: string[];
  /** Further groups of lines with a heading (e.g. the side's and the rival's provenance). */
  sections?: { heading: string; lines: string[] }[];
}

/** A tooltip on screen. */
export interface TooltipState {
  /** Key of the mark it belongs to. */
  key: string;
  /** What it says. */
  content: TooltipContent;
  /** Anchor, px from the container's left edge. */
  x: number;
  /** Anchor, px from the container's top edge. */
  y: number;
  /** Open to the left of the anchor (near the right edge). */
  flip: boolean;
}

/** Width a tooltip is allowed (px); used to decide when to open it to the left. */
export const TOOLTIP_WIDTH = 360;

/** Where a tooltip for a mark with bounding box `mark` goes inside `container`. */
export function tooltipAnchor(mark: DOMRect, container: DOMRect): { x: number; y: number; flip: boolean } {
  const right = mark.right - container.left + 8;
  const flip = right + TOOLTIP_WIDTH > container.width && mark.left - container.left > TOOLTIP_WIDTH / 2;
  return { x: flip ? mark.left - container.left - 8 : right, y: Math.max(0, mark.top - container.top), flip };
}

/** One tooltip for one chart container. */
export function useChartTooltip<E extends HTMLElement>() {
  const container = useRef<E | null>(null);
  const [tip, setTip] = useState<TooltipState | null>(null);
  const show = useCallback((key: string, mark: Element, content: TooltipContent) => {
    const box = container.current?.getBoundingClientRect();
    const anchor = box ? tooltipAnchor(mark.getBoundingClientRect(), box) : { x: 0, y: 0, flip: false };
    setTip({ key, content, ...anchor });
  }, []);
  const hide = useCallback((key?: string) => {
    setTip((current) => (key === undefined || current?.key === key ? null : current));
  }, []);
  return { container, tip, show, hide };
}
