/**
 * A chart as PNG: the standalone SVG drawn through an <img> (a blob: URL, so the image can make
 * no request) onto a canvas at twice its CSS size, for slides and documents that want pixels.
 */

/** Default pixel density of PNG exports (sharp on projectors and high-DPI screens). */
export const PNG_SCALE = 2;

/** Largest canvas side browsers accept (Chromium and Firefox; Safari allows less area). */
const MAX_SIDE = 16_384;
/** Largest canvas area, px (Safari's limit, the strictest). */
const MAX_AREA = 16_777_216;

/** Pixel size of the PNG of a `width` × `height` CSS px image. */
export interface PngSize {
  /** Width, px. */
  width: number;
  /** Height, px. */
  height: number;
  /** Scale used: `scale` unless the canvas limits forced a smaller one. */
  scale: number;
}

/**
 * The PNG size of a `width` × `height` CSS px image at `scale`, lowered when the canvas would
 * exceed what browsers can draw (a huge chart still exports, at lower density).
 */
export function pngPixelSize(width: number, height: number, scale = PNG_SCALE): PngSize {
  if (!(width > 0 && height > 0)) throw new Error('the chart has no size');
  const limit = Math.min(scale, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
  const used = limit < scale ? Math.floor(limit * 100) / 100 : scale;
  return { width: Math.round(width * used), height: Math.round(height * used), scale: used };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((byte, index) => bytes[index] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the chart image could not be drawn'));
    image.src = url;
  });
}

/**
 * Draw a standalone SVG (`width` × `height` CSS px) to a PNG at `scale`. Browser only: it needs
 * an <img>, a canvas and blob URLs.
 */
export async function svgToPng(svgText: string, width: number, height: number, scale = PNG_SCALE): Promise<Blob> {
  const size = pngPixelSize(width, height, scale);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas 2D is not available');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, size.width, size.height);
    context.drawImage(image, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
