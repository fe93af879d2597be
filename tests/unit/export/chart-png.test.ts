import { describe, expect, test } from 'vitest';
import { PNG_SCALE, pngPixelSize, readPngSize } from '../../../src/export/chart-png';

describe('pngPixelSize', () => {
  test.each([
    [300, 200, { width: 600, height: 400, scale: 2 }],
    [640.5, 321.25, { width: 1281, height: 643, scale: 2 }],
    [1, 1, { width: 2, height: 2, scale: 2 }],
  ])('%s × %s CSS px at 2×', (width, height, expected) => {
    expect(pngPixelSize(width, height)).toEqual(expected);
  });

  test('the default scale is 2', () => {
    expect(PNG_SCALE).toBe(2);
  });

  test('a chart too large for a canvas gets a lower scale, within every limit', () => {
    const size = pngPixelSize(12_000, 3_000);
    expect(size.scale).toBeLessThan(2);
    expect(size.width).toBeLessThanOrEqual(16_384);
    expect(size.width * size.height).toBeLessThanOrEqual(16_777_216);
  });

  test('a chart with no size is refused', () => {
    expect(() => pngPixelSize(0, 100)).toThrow(/no size/);
    expect(() => pngPixelSize(Number.NaN, 100)).toThrow(/no size/);
  });
});

describe('readPngSize', () => {
  const header = (width: number, height: number) => {
    const bytes = new Uint8Array(33);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(bytes.buffer).setUint32(16, width);
    new DataView(bytes.buffer).setUint32(20, height);
    return bytes;
  };
  test('reads IHDR', () => {
    expect(readPngSize(header(1280, 720))).toEqual({ width: 1280, height: 720 });
  });
  test('not a PNG → null', () => {
    expect(readPngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
    expect(readPngSize(new Uint8Array(4))).toBeNull();
  });
});
