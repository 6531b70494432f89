import type { Directory } from '../directory';

/**
 * The sectors of the social-security network and the quality codes other sectors integrate
 * persons with, with their Dutch and French descriptions (read by ReferenceManager, R03).
 *
 * Sector numbers are the official ones (security.md §2.2, the KSZ sector list); the labels are the
 * emulator's wording of them. The quality codes of sectors other than 17 are modelled: no public
 * list was found, so each sector gets the few codes a vendor needs to recognise the situation.
 * Sector 17's own codes live in the directory (dir_quality_code).
 */
export interface Label {
  nl: string;
  fr: string;
}

export const SECTOR = {
  RR: 0,
  PENSIONS: 5,
  CHILD_BENEFITS: 7,
  MUTUALITIES: 11,
  RSZ: 12,
  RSVZ: 15,
  OCMW: 17,
  RVA: 18,
  KSZ: 25,
} as const;

export const SECTORS: Record<number, Label> = {
  0: { nl: 'Rijksregister', fr: 'Registre national' },
  1: { nl: 'Fonds voor Arbeidsongevallen', fr: 'Fonds des accidents du travail' },
  5: { nl: 'Rijksdienst voor Pensioenen', fr: 'Office national des pensions' },
  7: { nl: 'Kinderbijslagfondsen', fr: "Caisses d'allocations familiales" },
  11: { nl: 'Ziekenfondsen', fr: 'Mutualités' },
  12: { nl: 'Rijksdienst voor Sociale Zekerheid', fr: 'Office national de sécurité sociale' },
  15: { nl: 'Rijksinstituut voor de Sociale Verzekeringen der Zelfstandigen', fr: "Institut national d'assurances sociales pour travailleurs indépendants" },
  16: { nl: 'Federale Overheidsdienst Sociale Zekerheid', fr: 'Service public fédéral Sécurité sociale' },
  17: { nl: 'Openbare centra voor maatschappelijk welzijn', fr: "Centres publics d'action sociale" },
  18: { nl: 'Rijksdienst voor Arbeidsvoorziening', fr: "Office national de l'emploi" },
  25: { nl: 'Kruispuntbank van de Sociale Zekerheid', fr: 'Banque Carrefour de la sécurité sociale' },
};

/** Codes every sector shares (security.md §2.3). */
const ANY_SECTOR: Record<number, Label> = {
  0: { nl: 'Definitieve inschrijving', fr: 'Inscription définitive' },
  902: { nl: 'Voorlopige inschrijving', fr: 'Inscription provisoire' },
  999: { nl: 'INSZ vervangen', fr: 'NISS remplacé' },
};

/** The modelled quality codes of the other sectors. */
export const OTHER_SECTOR_QUALITY_CODES: Record<number, Record<number, Label>> = {
  [SECTOR.PENSIONS]: {
    1: { nl: 'Gepensioneerde', fr: 'Pensionné' },
    2: { nl: 'Begunstigde van een overlevingspensioen', fr: "Bénéficiaire d'une pension de survie" },
  },
  [SECTOR.CHILD_BENEFITS]: {
    1: { nl: 'Bijslagtrekkende', fr: 'Allocataire' },
    2: { nl: 'Rechtgevend kind', fr: 'Enfant bénéficiaire' },
  },
  [SECTOR.MUTUALITIES]: {
    1: { nl: 'Gerechtigde', fr: 'Titulaire' },
    2: { nl: 'Persoon ten laste', fr: 'Personne à charge' },
  },
  [SECTOR.RSZ]: {
    1: { nl: 'Werknemer', fr: 'Travailleur salarié' },
  },
  [SECTOR.RSVZ]: {
    1: { nl: 'Zelfstandige', fr: 'Travailleur indépendant' },
  },
  [SECTOR.RVA]: {
    1: { nl: 'Uitkeringsgerechtigde werkloze', fr: 'Chômeur indemnisé' },
    2: { nl: 'Begunstigde van inschakelingsuitkeringen', fr: "Bénéficiaire d'allocations d'insertion" },
  },
};

export function sectorLabel(sector: number): Label | undefined {
  return SECTORS[sector];
}

/** The description of a quality code in a sector: the directory's for sector 17, the modelled table otherwise. */
export function qualityCodeLabel(directory: Directory, sector: number, code: number): Label | undefined {
  const own = directory.qualityCode(sector, code);
  if (own) return { nl: own.label_nl, fr: own.label_fr };
  return OTHER_SECTOR_QUALITY_CODES[sector]?.[code] ?? ANY_SECTOR[code];
}
