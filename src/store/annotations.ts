/** Keys of analyst notes: one note per technology or per indicator. */

/** What a note is attached to. */
export type AnnotationTarget = { kind: 'technology'; id: string } | { kind: 'indicator'; id: string };

/** Store key of a note. */
export function annotationKey(target: AnnotationTarget): string {
  return `${target.kind}:${target.id}`;
}
