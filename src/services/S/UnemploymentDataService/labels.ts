import type { XmlObject } from '../../../xml/build';

/**
 * The code lists of the RVA/ONEM answers with their labels. The nature-of-unemployment codes
 * follow a public client table (docs/contracts/S13-notes.md; labels written for the emulator).
 * Every other list here is MODELLED: no public code list exists, so values and labels are
 * plausible choices, documented in docs/services/S13.md.
 */
export interface Label {
  FR: string;
  NL: string;
  DE?: string;
}

/** `descriptions` (or the singular `description` wrapper of sanction codes): one label per language. */
export function descriptionsOf(label: Label): XmlObject {
  return {
    description: (['FR', 'NL', 'DE'] as const)
      .filter((lang) => label[lang])
      .map((lang) => ({ '@lang': lang, '#text': label[lang]! })),
  };
}

/** A label for a code missing from its list (never for seeded data; keeps replies valid). */
export function labelOr(list: Record<string | number, Label>, code: string | number): Label {
  return list[code] ?? { FR: `Code ${code}`, NL: `Code ${code}` };
}

/** unemploymentCode/value: the nature of the unemployment (0..99). */
export const UNEMPLOYMENT_CODES: Record<number, Label> = {
  0: { FR: 'Non indemnisable comme chômeur', NL: 'Niet vergoedbaar als werkloze', DE: 'Nicht als Arbeitsloser entschädigungsberechtigt' },
  1: { FR: 'Chômage complet, admission à temps plein', NL: 'Volledige werkloosheid, voltijdse toelating', DE: 'Vollarbeitslosigkeit, Vollzeitzulassung' },
  2: { FR: 'Chômage temporaire, admission à temps plein', NL: 'Tijdelijke werkloosheid, voltijdse toelating', DE: 'Zeitweilige Arbeitslosigkeit, Vollzeitzulassung' },
  3: { FR: 'Chômage complet, admission à temps partiel volontaire', NL: 'Volledige werkloosheid, toelating als vrijwillig deeltijdse', DE: 'Vollarbeitslosigkeit, Zulassung als freiwillig Teilzeitbeschäftigter' },
  4: { FR: 'Chômage temporaire, admission à temps partiel volontaire', NL: 'Tijdelijke werkloosheid, toelating als vrijwillig deeltijdse', DE: 'Zeitweilige Arbeitslosigkeit, Zulassung als freiwillig Teilzeitbeschäftigter' },
  5: { FR: 'Travailleur à temps partiel avec allocation de garantie de revenus', NL: 'Deeltijdse werknemer met inkomensgarantie-uitkering', DE: 'Teilzeitbeschäftigter mit Einkommensgarantiezulage' },
  6: { FR: 'Travailleur à temps partiel indemnisable seulement en chômage temporaire', NL: 'Deeltijdse werknemer enkel vergoedbaar bij tijdelijke werkloosheid', DE: 'Teilzeitbeschäftigter nur bei zeitweiliger Arbeitslosigkeit entschädigt' },
  8: { FR: "Droits importés d'un pays de l'EEE", NL: 'Rechten ingevoerd uit een EER-land', DE: 'Aus einem EWR-Land übertragene Ansprüche' },
  9: { FR: 'Prépensionné conventionnel, temps plein', NL: 'Conventioneel bruggepensioneerde, voltijds', DE: 'Vertraglicher Frühpensionierter, Vollzeit' },
  10: { FR: 'Prépensionné admis comme temps partiel volontaire', NL: 'Bruggepensioneerde toegelaten als vrijwillig deeltijdse', DE: 'Frühpensionierter, als freiwillig Teilzeitbeschäftigter zugelassen' },
  11: { FR: 'Formation professionnelle ou allocation de formation / de stage à temps plein', NL: 'Beroepsopleiding of voltijdse opleidings- of stage-uitkering', DE: 'Berufsausbildung oder Vollzeit-Ausbildungs- oder Praktikumszulage' },
  12: { FR: 'Occupation en atelier protégé', NL: 'Tewerkstelling in een beschutte werkplaats', DE: 'Beschäftigung in einer beschützenden Werkstätte' },
  15: { FR: 'Travailleur frontalier âgé', NL: 'Oudere grensarbeider', DE: 'Älterer Grenzgänger' },
  16: { FR: 'Allocation majorée, dernier mois de formation professionnelle (temps plein)', NL: 'Verhoogde uitkering, laatste maand beroepsopleiding (voltijds)', DE: 'Erhöhte Zulage, letzter Monat der Berufsausbildung (Vollzeit)' },
  17: { FR: 'Allocation majorée, dernier mois de formation professionnelle (temps partiel volontaire)', NL: 'Verhoogde uitkering, laatste maand beroepsopleiding (vrijwillig deeltijds)', DE: 'Erhöhte Zulage, letzter Monat der Berufsausbildung (freiwillig Teilzeit)' },
  18: { FR: 'Prépension à mi-temps', NL: 'Halftijds brugpensioen', DE: 'Halbzeitige Frühpension' },
  21: { FR: 'Allocations vacances jeunes', NL: 'Jeugdvakantie-uitkeringen', DE: 'Jugendurlaubsgeld' },
  22: { FR: 'Allocations vacances seniors', NL: 'Seniorvakantie-uitkeringen', DE: 'Seniorenurlaubsgeld' },
  31: { FR: 'Allocation de formation ou de stage à temps partiel', NL: 'Deeltijdse opleidings- of stage-uitkering', DE: 'Teilzeit-Ausbildungs- oder Praktikumszulage' },
  40: { FR: "Allocation d'établissement", NL: 'Vestigingsuitkering', DE: 'Niederlassungszulage' },
  44: { FR: 'Chômeur complet avec complément de mobilité', NL: 'Volledig werkloze met mobiliteitstoeslag', DE: 'Vollarbeitsloser mit Mobilitätszuschlag' },
  45: { FR: "Chômeur complet avec complément de garde d'enfants", NL: 'Volledig werkloze met kinderopvangtoeslag', DE: 'Vollarbeitsloser mit Kinderbetreuungszuschlag' },
  46: { FR: "Chômeur complet avec compléments de mobilité et de garde d'enfants", NL: 'Volledig werkloze met mobiliteits- en kinderopvangtoeslag', DE: 'Vollarbeitsloser mit Mobilitäts- und Kinderbetreuungszuschlag' },
  57: { FR: 'Temps partiel avec allocation de garantie de revenus (régime du 1.7.2005)', NL: 'Deeltijdse met inkomensgarantie-uitkering (regeling van 1.7.2005)', DE: 'Teilzeit mit Einkommensgarantiezulage (Regelung vom 1.7.2005)' },
  58: { FR: 'Temps partiel volontaire avec allocation de garantie de revenus (depuis 1.7.2013)', NL: 'Vrijwillig deeltijdse met inkomensgarantie-uitkering (sinds 1.7.2013)', DE: 'Freiwillig Teilzeit mit Einkommensgarantiezulage (seit 1.7.2013)' },
};

/** Admissibility / indemnisability articles (Royal Decree of 25 November 1991 on unemployment). */
export const ARTICLES: Record<string, Label> = {
  '30': { FR: 'Admissibilité sur la base du travail salarié', NL: 'Toelaatbaarheid op basis van arbeid in loondienst' },
  '33': { FR: 'Admissibilité du travailleur à temps partiel volontaire', NL: 'Toelaatbaarheid van de vrijwillig deeltijdse werknemer' },
  '36': { FR: "Admissibilité aux allocations d'insertion sur la base des études", NL: 'Toelaatbaarheid tot inschakelingsuitkeringen op basis van studies' },
  '114': { FR: "Montant de l'allocation de chômage", NL: 'Bedrag van de werkloosheidsuitkering' },
  '124': { FR: "Montant de l'allocation d'insertion", NL: 'Bedrag van de inschakelingsuitkering' },
  '131bis': { FR: 'Allocation de garantie de revenus', NL: 'Inkomensgarantie-uitkering' },
  '63§2': { FR: "Limitation dans le temps du droit aux allocations d'insertion", NL: 'Beperking in de tijd van het recht op inschakelingsuitkeringen' },
};

/**
 * Scale codes (MODELLED values; the XSD only says text of 1..10 characters, without a label):
 * 01 / 02 / 03 first, second and flat-rate indemnification period, 10 insertion allowance;
 * alternative scales CB1 full career break, TC1 half-time time credit.
 */
export const SCALE_CODES = { unemployment: ['01', '02', '03', '10'], alternative: ['CB1', 'TC1'] } as const;

/** Sanction and warning codes (MODELLED). */
export const SANCTION_CODES: Record<string, Label> = {
  '52': { FR: 'Chômage par suite de circonstances dépendant de la volonté du travailleur', NL: 'Werkloosheid door omstandigheden afhankelijk van de wil van de werknemer' },
  '58': { FR: "Manque de disponibilité active pour le marché de l'emploi", NL: 'Gebrek aan actieve beschikbaarheid voor de arbeidsmarkt' },
  '154': { FR: 'Déclaration tardive ou absente sur la carte de contrôle', NL: 'Laattijdige of ontbrekende aangifte op de controlekaart' },
  '155': { FR: 'Déclaration inexacte ayant entraîné un paiement indu', NL: 'Onjuiste aangifte die tot een onterechte betaling leidde' },
};

/** Exemption reasons (MODELLED). */
export const EXEMPTION_REASONS: Record<string, Label> = {
  '90': { FR: 'Dispense pour raisons sociales et familiales', NL: 'Vrijstelling om sociale en familiale redenen' },
  '91': { FR: 'Dispense pour formation professionnelle', NL: 'Vrijstelling voor een beroepsopleiding' },
  '93': { FR: 'Dispense pour reprise d’études', NL: 'Vrijstelling voor het hervatten van studies' },
};

/** Regional employment services that proposed an exemption (MODELLED values). */
export const REGIO_CODES: Record<string, Label> = {
  VDAB: { FR: 'VDAB (Flandre)', NL: 'VDAB (Vlaanderen)' },
  FOREM: { FR: 'Le Forem (Wallonie)', NL: 'Le Forem (Wallonië)' },
  ACTIRIS: { FR: 'Actiris (Bruxelles)', NL: 'Actiris (Brussel)' },
  ADG: { FR: 'ADG (Communauté germanophone)', NL: 'ADG (Duitstalige Gemeenschap)', DE: 'ADG (Deutschsprachige Gemeinschaft)' },
};

/** Decision codes of the availability evaluations of young job seekers (MODELLED). */
export const YOUNG_DECISION_CODES: Record<string, Label> = {
  E1: { FR: 'Évaluation des efforts de recherche d’emploi', NL: 'Evaluatie van het zoekgedrag naar werk' },
  E2: { FR: 'Nouvelle évaluation après une évaluation négative', NL: 'Nieuwe evaluatie na een negatieve evaluatie' },
  A1: { FR: 'Assimilation à une évaluation positive (formation ou travail)', NL: 'Gelijkstelling met een positieve evaluatie (opleiding of werk)' },
};

/** Linked decision codes: the earlier decision a young-availability decision builds on (MODELLED). */
export const LINKED_DECISION_CODES: Record<string, Label> = {
  L1: { FR: 'Suite de l’évaluation précédente', NL: 'Vervolg op de vorige evaluatie' },
};

/** Types of a dispute with the health-insurance fund (MODELLED). */
export const LAWSUIT_TYPES: Record<number, Label> = {
  1: { FR: "Contestation de la fin de l'incapacité de travail décidée par la mutualité", NL: 'Betwisting van het einde van de arbeidsongeschiktheid beslist door het ziekenfonds' },
  2: { FR: "Contestation du refus de reconnaissance de l'incapacité de travail", NL: 'Betwisting van de weigering van erkenning van de arbeidsongeschiktheid' },
};

/** Day codes of the scheduled-payment grid (MODELLED; values in src/sources/rva.ts DAY_CODE). */
export const DAY_CODES: Record<number, Label> = {
  0: { FR: 'Jour non indemnisable (dimanche)', NL: 'Niet-vergoedbare dag (zondag)' },
  1: { FR: 'Jour indemnisé', NL: 'Vergoede dag' },
  3: { FR: 'Incapacité de travail (mutualité)', NL: 'Arbeidsongeschiktheid (ziekenfonds)' },
  4: { FR: 'Jour de sanction (non indemnisé)', NL: 'Sanctiedag (niet vergoed)' },
};
