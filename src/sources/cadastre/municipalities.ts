/**
 * The municipalities the cadastre has parcels in, and their cadastral divisions. MODELLED: a
 * division's code is the NIS province prefix and a three-digit number (Gent 1st division 44001),
 * its name the municipality's with the division number ("GENT 1 AFD" / "GAND 1 DIV"); the real
 * list is the AAPD's. The seeded OCMW municipalities, and the coast where a second home often is.
 */
export interface CadastreMunicipality {
  nis: string;
  postalCode: string;
  nl: string;
  fr: string;
  de?: string;
  /** First division code; the municipality has `divisions` consecutive ones. */
  firstDivision: number;
  divisions: number;
  streets: string[];
}

export const CADASTRE_MUNICIPALITIES: CadastreMunicipality[] = [
  { nis: '44021', postalCode: '9000', nl: 'Gent', fr: 'Gand', firstDivision: 44001, divisions: 9, streets: ['Veldstraat', 'Korenmarkt', 'Sint-Pietersnieuwstraat', 'Dampoortstraat', 'Brugsesteenweg', 'Overpoortstraat'] },
  { nis: '11002', postalCode: '2000', nl: 'Antwerpen', fr: 'Anvers', firstDivision: 11001, divisions: 9, streets: ['Meir', 'Groenplaats', 'Lange Kievitstraat', 'Turnhoutsebaan', 'Kerkstraat', 'Van Maerlantstraat'] },
  { nis: '62063', postalCode: '4000', nl: 'Luik', fr: 'Liège', de: 'Lüttich', firstDivision: 62001, divisions: 6, streets: ['Rue Saint-Gilles', 'Boulevard de la Sauvenière', 'Rue Féronstrée', 'Quai de Rome', 'Rue Grétry', 'Rue Saint-Léonard'] },
  { nis: '52011', postalCode: '6000', nl: 'Charleroi', fr: 'Charleroi', firstDivision: 52001, divisions: 5, streets: ['Rue de la Montagne', 'Boulevard Tirou', 'Rue du Pont Neuf', 'Avenue de Waterloo', 'Rue de Marcinelle'] },
  { nis: '63023', postalCode: '4700', nl: 'Eupen', fr: 'Eupen', de: 'Eupen', firstDivision: 63001, divisions: 2, streets: ['Bergkapellstrasse', 'Hostert', 'Hochstrasse', 'Kaperberg', 'Werthplatz', 'Aachener Strasse'] },
  { nis: '21004', postalCode: '1000', nl: 'Brussel', fr: 'Bruxelles', de: 'Brüssel', firstDivision: 21001, divisions: 4, streets: ['Rue Haute', 'Rue Blaes', 'Boulevard Anspach', 'Rue Antoine Dansaert', 'Rue des Tanneurs'] },
  { nis: '35013', postalCode: '8400', nl: 'Oostende', fr: 'Ostende', de: 'Ostende', firstDivision: 35002, divisions: 4, streets: ['Zeedijk', 'Albert I-Promenade', 'Kapellestraat', 'Vindictivelaan', 'Torhoutsesteenweg'] },
  { nis: '31043', postalCode: '8300', nl: 'Knokke-Heist', fr: 'Knokke-Heist', firstDivision: 31006, divisions: 3, streets: ['Zeedijk-Knokke', 'Lippenslaan', 'Kustlaan', 'Heistlaan'] },
  { nis: '38014', postalCode: '8670', nl: 'Koksijde', fr: 'Coxyde', firstDivision: 38008, divisions: 3, streets: ['Zeelaan', 'Zeedijk', 'Koninklijke Baan', 'Strandlaan'] },
];

/** The coast municipalities, where the generated second homes are. */
export const COAST_NIS = ['35013', '31043', '38014'];

export function municipalityOf(nis: string): CadastreMunicipality {
  const m = CADASTRE_MUNICIPALITIES.find((x) => x.nis === nis);
  if (!m) throw new Error(`no cadastre municipality for NIS ${nis}`);
  return m;
}

/** The municipality's name in a language (DE: the German name where it has one, else French). */
export function municipalityName(m: CadastreMunicipality, language: string): string {
  if (language === 'FR') return m.fr;
  if (language === 'DE') return m.de ?? m.fr;
  return m.nl;
}

/** The division code of the municipality's n-th division (1-based). */
export function divisionCode(m: CadastreMunicipality, n: number): string {
  return String(m.firstDivision + ((n - 1) % m.divisions));
}

/** A division's name in a language: "GENT 3 AFD", "GAND 3 DIV", "GENT 3 ABT". */
export function divisionName(code: string, language: string): string {
  const m = CADASTRE_MUNICIPALITIES.find((x) => Number(code) >= x.firstDivision && Number(code) < x.firstDivision + x.divisions);
  if (!m) return code;
  const n = Number(code) - m.firstDivision + 1;
  const suffix = language === 'FR' ? 'DIV' : language === 'DE' ? 'ABT' : 'AFD';
  return `${municipalityName(m, language).toUpperCase()} ${n} ${suffix}`;
}
