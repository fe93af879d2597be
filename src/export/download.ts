/**
 * The one module that touches download anchors: every export turns state into a string or a
 * Blob elsewhere and hands it here.
 */

/** Offer `content` as a file download named `fileName`. */
export function downloadBlob(content: Blob, fileName: string): void {
  const url = URL.createObjectURL(content);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Revoke on the next task: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Offer text as a UTF-8 file. `bom` prefixes a byte-order mark so Excel on Japanese Windows
 * reads Japanese text as UTF-8; files that must equal another tool's output byte for byte
 * (the rankings CSV equals the CLI's stdout) go without.
 */
export function downloadText(text: string, fileName: string, mimeType: string, options: { bom?: boolean } = {}): void {
  const parts = options.bom ? ['\ufeff', text] : [text];
  downloadBlob(new Blob(parts, { type: `${mimeType};charset=utf-8` }), fileName);
}

/** A file-name-safe slug (keeps letters of any script, digits, - and _). */
export function fileSlug(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'export';
}
