import type { Region } from './model';

/**
 * The region of a Belgian municipality from its NIS code (the first digits name the province):
 * Antwerpen 1, Vlaams-Brabant 23/24, West- and Oost-Vlaanderen 3 and 4, Limburg 7 are Flanders;
 * Brussels-Capital is 21; Waals-Brabant 25, Hainaut 5, Liège 6, Luxembourg 8 and Namur 9 are Wallonia.
 */
export function regionOfNis(nis: string): Region {
  if (nis.startsWith('21')) return 'BRUSSELS';
  if (/^(1|23|24|3|4|7)/.test(nis)) return 'FLANDERS';
  return 'WALLONIA';
}
