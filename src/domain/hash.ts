/**
 * A 32-bit hash of a text (FNV-1a): numbers that depend on a person or a record, not on the seed
 * or a random stream (tax assessment numbers, scrolling tickets).
 */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}
