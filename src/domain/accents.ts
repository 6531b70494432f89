/**
 * A text without its accents: decomposed (NFD) and stripped of the combining marks, so that
 * "Dé Smet" and "De Smet" compare equal. Each comparison adds its own case and spacing rules.
 */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
