import { addDays } from '../../../domain/dates';
import type { Attest, FormType, LivingWagePeriod } from '../../../sources/podmi';
import type { XmlObject } from '../../../xml/build';

/**
 * One `Attestation` of the ListOfAttestations reply, from a declared form and POD MI's decision
 * (contracts.md §3.5, contracts-wave2.md §3 P08): descriptions are bilingual "fr / nl" strings
 * (the clients split them on "/"), dates carry the Belgian time-zone offset (2015-01-01+01:00),
 * Status is 0 accepted, 1 refused, 2 partially accepted, and Duration is such that
 * EntryDate + Months + Weeks + Days − 1 day is the last day of the period.
 * AttestType, FormType and RelationType codes are MODELLED (no public code list).
 */
export const STATUS = { ACCEPTED: 0, REFUSED: 1, PARTIALLYACCEPTED: 2 } as const;

const LOI65 = { Code: 'L65', Description: 'Aide sociale équivalente (loi 65) / Equivalent leefloon (wet 65)' };

const ATTEST_TYPE: Record<FormType, { Code: string; Description: string }> = {
  B: { Code: 'RI', Description: "Revenu d'intégration / Leefloon" },
  C: { Code: 'RI', Description: "Revenu d'intégration / Leefloon" },
  F: { Code: 'RI', Description: "Revenu d'intégration / Leefloon" },
  I: { Code: 'PI', Description: "Prime d'installation / Installatiepremie" },
  // The Loi 65 forms (P02, P07, P05): the equivalent of the leefloon.
  B1: LOI65,
  C65: LOI65,
  D1: LOI65,
  D2: LOI65,
  F65: LOI65,
};

const FORM_TYPE: Record<FormType, string> = {
  B: "Formulaire B: octroi ou refus du revenu d'intégration / Formulier B: toekenning of weigering van het leefloon",
  C: "Formulaire C: refus ou retrait du revenu d'intégration / Formulier C: weigering of intrekking van het leefloon",
  F: 'Formulaire F: montants récupérés / Formulier F: teruggevorderde bedragen',
  I: "Prime d'installation (art. 57bis loi organique) / Installatiepremie (art. 57bis organieke wet)",
  B1: "Formulaire B1: décision d'octroi (loi 65) / Formulier B1: beslissing tot toekenning (wet 65)",
  C65: "Formulaire C: annulation (loi 65) / Formulier C: annulering (wet 65)",
  D1: "Formulaire D1: demande de remboursement des frais (loi 65) / Formulier D1: aanvraag tot terugbetaling van de kosten (wet 65)",
  D2: "Formulaire D2: frais d'un établissement de soins (loi 65) / Formulier D2: kosten van een verzorgingsinstelling (wet 65)",
  F65: 'Formulaire F: montants récupérés (loi 65) / Formulier F: teruggevorderde bedragen (wet 65)',
};

/** The person is the form's beneficiary (the only relation the emulator's forms have). */
const BENEFICIARY = { Code: '1', Description: 'Bénéficiaire / Begunstigde' };

/** The last Sunday of a month of a year, yyyy-mm-dd. */
function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}

/** A day with the offset Brussels has at its midnight: +02:00 from the day after the last Sunday of March to the last Sunday of October. */
export function withOffset(day: string): string {
  const year = Number(day.slice(0, 4));
  const summer = day > lastSunday(year, 3) && day <= lastSunday(year, 10);
  return `${day}${summer ? '+02:00' : '+01:00'}`;
}

/** Months, weeks and days from `begin` such that begin + them − 1 day = `end` (both inclusive). */
export function durationOf(begin: string, end: string): { Days: number; Weeks: number; Months: number } {
  const dayAfter = addDays(end, 1);
  let months = 0;
  while (addMonthsToDay(begin, months + 1) <= dayAfter) months++;
  const from = addMonthsToDay(begin, months);
  const days = Math.round((Date.parse(dayAfter) - Date.parse(from)) / 86_400_000);
  return { Days: days % 7, Weeks: Math.floor(days / 7), Months: months };
}

/** begin + n calendar months, the day clamped to the month's length (31 January + 1 month = 28 or 29 February). */
function addMonthsToDay(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + n, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * The period an Attestation covers: a grant POD MI did not refuse covers its derived period (as
 * stops and changes have cut it: `period`, null when a stop removed it); a refused form B the
 * period asked. Open periods (until a stop) and forms C, F and I have none, so no Duration.
 */
export function periodOf(a: Attest, period: LivingWagePeriod | undefined): [string, string] | null {
  if (a.form.form_type !== 'B' && a.form.form_type !== 'B1') return null;
  if (a.decision.evaluation === 'REFUSED') return a.form.end_date ? [a.form.entry_date, a.form.end_date] : null;
  return period && period.end_date ? [period.begin_date, period.end_date] : null;
}

export function attestationOf(a: Attest, period: [string, string] | null): XmlObject {
  const f = a.form;
  return {
    SocialSecurityUser: f.ssin,
    CPAS_KBOBCE_code: f.ocmw_cbe,
    EntryDate: withOffset(f.entry_date),
    AttestType: ATTEST_TYPE[f.form_type],
    FormType: { Code: f.form_type, Description: FORM_TYPE[f.form_type] },
    Duration: period ? durationOf(period[0], period[1]) : undefined,
    DecisionDate: withOffset(f.decision_date ?? a.decision.decided_at.slice(0, 10)),
    Reference: a.decision.reference,
    Status: STATUS[a.decision.evaluation],
    RelationType: BENEFICIARY,
  };
}
