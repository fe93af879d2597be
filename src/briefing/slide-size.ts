/**
 * The logical size of a slide in CSS pixels (16:9). Every slide is laid out at this size and
 * scaled as a whole — to the projector, a thumbnail, a 16 in × 9 in page or the exported file —
 * so what the room sees is what the thumbnail and the PDF show. At 1920 × 1080 the scale is
 * 1.6: the app's 16 px body text is drawn at 25.6 px.
 */
export const SLIDE_WIDTH = 1200;
export const SLIDE_HEIGHT = 675;

/** The scale that fits a slide into a box, keeping 16:9. */
export function fitScale(boxWidth: number, boxHeight: number): number {
  if (!(boxWidth > 0) || !(boxHeight > 0)) return 1;
  return Math.min(boxWidth / SLIDE_WIDTH, boxHeight / SLIDE_HEIGHT);
}
