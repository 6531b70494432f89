/**
 * The language communities of Belgium by municipality, where a service follows the community
 * rather than the region: the nine German-speaking municipalities (NIS 63001 Amel, 63012
 * Büllingen, 63013 Burg-Reuland, 63023 Eupen, 63040 Kelmis, 63048 Lontzen, 63061 Raeren, 63067
 * Sankt Vith, 63087 Bütgenbach) lie in the Walloon region but have the German-speaking
 * Community's own institutions (employment service ADG, child benefits of East Belgium).
 */
export const GERMAN_SPEAKING_NIS: ReadonlySet<string> = new Set(['63001', '63012', '63013', '63023', '63040', '63048', '63061', '63067', '63087']);

export type Community = 'FLEMISH' | 'FRENCH' | 'GERMAN' | 'BRUSSELS';

/** The community whose institutions serve a municipality (Brussels-Capital: its own bilingual ones). */
export function communityOfNis(nis: string): Community {
  if (GERMAN_SPEAKING_NIS.has(nis)) return 'GERMAN';
  if (nis.startsWith('21')) return 'BRUSSELS';
  if (/^(1|23|24|3|4|7)/.test(nis)) return 'FLEMISH';
  return 'FRENCH';
}
