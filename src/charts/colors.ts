/**
 * Colour scales shared by every chart. Classes use the Okabe–Ito palette; asymmetry uses a
 * diverging blue–white–orange scale centred on parity (both safe for the common colour-vision
 * deficiencies, and distinct in greyscale print by lightness).
 */
import { scaleDiverging } from 'd3-scale';
import { interpolateRgbBasis } from 'd3-interpolate';
import type { AdvantageClass } from '../model/results';

/** Colour of each class (same values as the CSS variables --class-*). */
export const CLASS_COLORS: Record<AdvantageClass, string> = {
  durable: '#0072b2',
  eroding: '#56b4e9',
  contested: '#8c8c8c',
  recoverable: '#e69f00',
  structural: '#d55e00',
};

/** Colour for a missing class (undefined asymmetry). */
export const NO_DATA_COLOR = '#e3e6ea';

/** Lag (−1) → parity (0) → advantage (+1). */
const DIVERGING_STOPS = ['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#d8daeb', '#7fa6d6', '#1f5a9e'];

const divergingScale = scaleDiverging(interpolateRgbBasis(DIVERGING_STOPS)).domain([-1, 0, 1]).clamp(true);

/** Fill colour of an asymmetry a or A ∈ [−1, 1]; grey when undefined. */
export function asymmetryColor(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return NO_DATA_COLOR;
  return divergingScale(value);
}

/** Black or white text, whichever reads better on `background` (#rrggbb or rgb()). */
export function textColorOn(background: string): string {
  let r = 0;
  let g = 0;
  let b = 0;
  const hex = /^#([0-9a-f]{6})$/i.exec(background);
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(background);
  if (hex) {
    const value = parseInt(hex[1]!, 16);
    r = (value >> 16) & 255;
    g = (value >> 8) & 255;
    b = value & 255;
  } else if (rgb) {
    [r, g, b] = [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  } else {
    return '#000000';
  }
  // Relative luminance (sRGB, WCAG).
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  return luminance > 0.4 ? '#111111' : '#ffffff';
}
