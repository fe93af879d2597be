/**
 * Browser glue between a drawn chart and the standalone SVG: finds the chart's SVG elements in
 * its frame, measures them, and hands cleaned copies to {@link standaloneSvg}. Charts drawn as
 * one SVG (recharts surfaces, d3 heatmaps) export as drawn; a chart made of several SVGs (a
 * chart and a separate legend) exports them at their on-screen positions. Small SVGs (icons)
 * and anything inside `[data-export="exclude"]` (tooltips, controls) are left out.
 */
import { exportableSvgTree, standaloneSvg, type StandaloneSvg, type SvgPiece } from './chart-svg';

/** SVGs smaller than this on both sides are icons, not charts. */
const MIN_PIECE = 32;

function topLevelSvgs(figure: HTMLElement): SVGSVGElement[] {
  return Array.from(figure.querySelectorAll('svg')).filter(
    (svg) => !svg.parentElement?.closest('svg') && !svg.closest('[data-export="exclude"], [role="tooltip"]'),
  );
}

/** The chart in `figure` as a standalone SVG file titled `title`. */
export function chartSvgFromFigure(figure: HTMLElement, title: string): StandaloneSvg {
  const view = figure.ownerDocument.defaultView;
  const measured = topLevelSvgs(figure)
    .map((svg) => ({ svg, box: svg.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.height > 0 && (box.width >= MIN_PIECE || box.height >= MIN_PIECE));
  if (measured.length === 0) throw new Error('the chart has nothing to export');
  const left = Math.min(...measured.map(({ box }) => box.left));
  const top = Math.min(...measured.map(({ box }) => box.top));
  const serializer = new XMLSerializer();
  const pieces: SvgPiece[] = measured.map(({ svg, box }) => {
    const tree = exportableSvgTree(svg, (element) => view?.getComputedStyle(element) ?? null);
    tree.setAttribute('width', String(box.width));
    tree.setAttribute('height', String(box.height));
    if (!tree.getAttribute('viewBox')) tree.setAttribute('viewBox', `0 0 ${box.width} ${box.height}`);
    return { markup: serializer.serializeToString(tree), x: box.left - left, y: box.top - top, width: box.width, height: box.height };
  });
  return standaloneSvg(pieces, title);
}
