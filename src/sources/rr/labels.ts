/**
 * The label tables of the National Register codes that TX25 returns, in the three languages a
 * caller may ask for (searchInformation/language). Small on purpose: they cover the codes of the
 * seeded population. Labels are modelled (ours); codes follow the register's code lists where the
 * public captures show them (civil states 10/20/..., family roles 01/02/03/12, nationality 150).
 */
export type Language = 'nl' | 'fr' | 'de';
export const LANGUAGES: readonly Language[] = ['nl', 'fr', 'de'];

type Labels = Record<Language, string>;

/** A label in the requested language, or the code itself when the table does not know it. */
function pick(table: Record<string, Labels>, code: string | number, language: Language): string {
  return table[String(code)]?.[language] ?? String(code);
}

// ---------------------------------------------------------------- places

export interface MunicipalityLabels extends Labels {
  /** IT001 Language: 1 = French regime, 2 = Dutch or German regime. */
  regime: '1' | '2';
}

/** The municipalities of the seeded population, by NIS code. */
const MUNICIPALITIES: Record<string, MunicipalityLabels> = {
  '44021': { nl: 'Gent', fr: 'Gand', de: 'Gent', regime: '2' },
  '11002': { nl: 'Antwerpen', fr: 'Anvers', de: 'Antwerpen', regime: '2' },
  '62063': { nl: 'Luik', fr: 'Liège', de: 'Lüttich', regime: '1' },
  '52011': { nl: 'Charleroi', fr: 'Charleroi', de: 'Charleroi', regime: '1' },
  '63023': { nl: 'Eupen', fr: 'Eupen', de: 'Eupen', regime: '2' },
  '21004': { nl: 'Brussel', fr: 'Bruxelles', de: 'Brüssel', regime: '1' },
};

export function municipality(nis: string): MunicipalityLabels | undefined {
  return MUNICIPALITIES[nis];
}

/** The NIS code of a municipality named in any language (birth and decease places are stored by name). */
export function municipalityByName(name: string | null | undefined): string | undefined {
  if (!name) return undefined;
  const wanted = name.trim().toLowerCase();
  return Object.keys(MUNICIPALITIES).find((nis) => LANGUAGES.some((l) => MUNICIPALITIES[nis][l].toLowerCase() === wanted));
}

/** Countries (RR country codes) of the seeded population. */
const COUNTRIES: Record<string, Labels> = {
  '150': { nl: 'België', fr: 'Belgique', de: 'Belgien' },
  '124': { nl: 'Roemenië', fr: 'Roumanie', de: 'Rumänien' },
  '139': { nl: 'Polen', fr: 'Pologne', de: 'Polen' },
  '254': { nl: 'Afghanistan', fr: 'Afghanistan', de: 'Afghanistan' },
  '342': { nl: 'Guinee', fr: 'Guinée', de: 'Guinea' },
  '354': { nl: 'Marokko', fr: 'Maroc', de: 'Marokko' },
  '682': { nl: 'Oekraïne', fr: 'Ukraine', de: 'Ukraine' },
};

export const countryLabel = (code: number, language: Language) => pick(COUNTRIES, code, language);

/** Nationalities (IT031) share the country codes. */
const NATIONALITIES: Record<string, Labels> = {
  '150': { nl: 'Belg', fr: 'Belge', de: 'Belgier/in' },
  '124': { nl: 'Roemeen', fr: 'Roumain(e)', de: 'Rumäne/Rumänin' },
  '139': { nl: 'Pool', fr: 'Polonais(e)', de: 'Pole/Polin' },
  '254': { nl: 'Afghaan', fr: 'Afghan(e)', de: 'Afghane/Afghanin' },
  '342': { nl: 'Guineeër', fr: 'Guinéen(ne)', de: 'Guineer/in' },
  '354': { nl: 'Marokkaan', fr: 'Marocain(e)', de: 'Marokkaner/in' },
  '682': { nl: 'Oekraïner', fr: 'Ukrainien(ne)', de: 'Ukrainer/in' },
};

export const nationalityLabel = (code: number, language: Language) => pick(NATIONALITIES, code, language);

// ---------------------------------------------------------------- civil state and family

/** IT120 civil states (the codes of rr.ts CIVIL_STATE). */
const CIVIL_STATES: Record<string, Labels> = {
  '10': { nl: 'Ongehuwd', fr: 'Célibataire', de: 'Unverheiratet' },
  '20': { nl: 'Gehuwd', fr: 'Marié(e)', de: 'Verheiratet' },
  '30': { nl: 'Weduwnaar/weduwe', fr: 'Veuf/veuve', de: 'Verwitwet' },
  '40': { nl: 'Gescheiden', fr: 'Divorcé(e)', de: 'Geschieden' },
  '50': { nl: 'Van tafel en bed gescheiden', fr: 'Séparé(e) de corps', de: 'Von Tisch und Bett getrennt' },
  '60': { nl: 'Wettelijk samenwonend', fr: 'Cohabitant(e) légal(e)', de: 'Gesetzlich zusammenwohnend' },
};

export const civilStateLabel = (code: number, language: Language) => pick(CIVIL_STATES, code, language);

/** IT140/141 family roles: code, then the label for a man and for a woman. */
const FAMILY_ROLES: Record<string, [Labels, Labels]> = {
  '01': [
    { nl: 'Referentiepersoon', fr: 'Personne de référence', de: 'Bezugsperson' },
    { nl: 'Referentiepersoon', fr: 'Personne de référence', de: 'Bezugsperson' },
  ],
  '02': [
    { nl: 'Echtgenoot', fr: 'Epoux', de: 'Gemahl' },
    { nl: 'Echtgenote', fr: 'Epouse', de: 'Gemahlin' },
  ],
  '03': [
    { nl: 'Zoon', fr: 'Fils', de: 'Sohn' },
    { nl: 'Dochter', fr: 'Fille', de: 'Tochter' },
  ],
  '12': [
    { nl: 'Niet verwant', fr: 'Non apparenté', de: 'nicht verwandt' },
    { nl: 'Niet verwant', fr: 'Non apparentée', de: 'nicht verwandt' },
  ],
};

/** rr.ts HOUSEHOLD_ROLE (1 head, 2 partner, 3 child, 9 other) to the register's family-role code. */
export function familyRoleCode(householdRole: number): string {
  return ({ 1: '01', 2: '02', 3: '03' } as Record<number, string>)[householdRole] ?? '12';
}

export function familyRoleLabel(code: string, gender: number, language: Language): string {
  const labels = FAMILY_ROLES[code];
  return labels ? labels[gender === 2 ? 1 : 0][language] : code;
}

/** IT110 filiation type 00: the person is the child of the parents named. */
export const FILIATION_CHILD = '00';
const FILIATION_TYPES: Record<string, Labels> = { '00': { nl: 'Kind', fr: 'Enfant', de: 'Kind' } };
export const filiationTypeLabel = (code: string, language: Language) => pick(FILIATION_TYPES, code, language);

// ---------------------------------------------------------------- occupation and documents

interface Occupation {
  code: string;
  labels: Labels;
  socialCategory: string;
}

/** IT070 occupations as the seed stores them (Dutch text), with their code and social category. */
const OCCUPATIONS: Record<string, Occupation> = {
  'zonder beroep': { code: '00002', labels: { nl: 'Zonder beroep', fr: 'Sans profession', de: 'Ohne Beruf' }, socialCategory: '9' },
  bediende: { code: '39001', labels: { nl: 'Bediende', fr: 'Employé(e)', de: 'Angestellte(r)' }, socialCategory: '3' },
};

/** IT070 social categories; 9 (none) has an empty label, as in the real captures. */
const SOCIAL_CATEGORIES: Record<string, Labels> = {
  '2': { nl: '(Zelfst.)', fr: '(Indépendant)', de: '(Selbst.)' },
  '3': { nl: '(Loontr.)', fr: '(Salarié)', de: '(Lohn.)' },
  '9': { nl: '', fr: '', de: '' },
};

export function occupation(text: string, language: Language): { code: string; label: string; category: string; categoryLabel: string } {
  const known = OCCUPATIONS[text.trim().toLowerCase()];
  if (!known) return { code: '99999', label: text, category: '9', categoryLabel: '' };
  return { code: known.code, label: known.labels[language], category: known.socialCategory, categoryLabel: pick(SOCIAL_CATEGORIES, known.socialCategory, language) };
}

/** IT195 card type of the electronic identity card (code as in our sample; modelled). */
export const EID_CARD_TYPE = '0006';
const CARD_TYPES: Record<string, Labels> = {
  [EID_CARD_TYPE]: {
    nl: 'Belgische elektronische identiteitskaart',
    fr: "Carte d'identité électronique belge",
    de: 'Belgischer elektronischer Personalausweis',
  },
};
export const cardTypeLabel = (code: string, language: Language) => pick(CARD_TYPES, code, language);

/**
 * StreetCode is a t_NISCode (at most 99999). The RR street code is the street's number inside its
 * municipality; our data prefixes it with the postal code, which this strips again.
 */
export function streetCodeOf(code: string | null): string | undefined {
  if (code === null || !/^\d+$/.test(code)) return undefined;
  return Number(code) <= 99999 ? code : String(Number(code.slice(-4)));
}
