import { makeKbo } from '../../domain/kbo';

/**
 * The vocabulary of the pension cadastre (Penskad) of the Federal Pension Service (SFP/FPD): the
 * institutions that pay a person's pensions, the pension demands still pending or refused, the
 * rights (first pillar: the legal pensions and the GRAPA/IGO; second pillar: the supplementary
 * pensions of a sector fund) and their payments per reference month. The code values are those
 * of the PensionRegister contract (wsdl/S16-OCMWCPASPensionRegisterConsult/20090706/).
 */

export type Pillar = 'First' | 'Second';
export type Language = 'NL' | 'FR' | 'DE' | 'EN';

/** A paying institution (DebtorInstitution of the contract); enterprise numbers and immatriculations are synthetic. */
export interface PayingInstitution {
  code: string;
  cbe: string;
  /** The institution's number at the cadastre (0..499999). */
  immatriculation: number;
  names: Record<Language, string>;
}

/** The SFP's enterprise number: the one the repertory names for the pension sector's integrations. */
const SFP_CBE = makeKbo('02060500');

export const INSTITUTIONS = {
  // Employee and GRAPA rights: the SFP itself (the former RVP/ONP).
  SFP: {
    code: 'SFP',
    cbe: SFP_CBE,
    immatriculation: 100100,
    names: { NL: 'Federale Pensioendienst', FR: 'Service fédéral des Pensions', DE: 'Föderaler Pensionsdienst', EN: 'Federal Pension Service' },
  },
  // The pensions of the self-employed, granted by the RSVZ/INASTI and paid by the SFP since 2018.
  SFP_SELF_EMPLOYED: {
    code: 'SFP_SELF_EMPLOYED',
    cbe: SFP_CBE,
    immatriculation: 100200,
    names: {
      NL: 'Federale Pensioendienst - pensioenen zelfstandigen (voorheen RSVZ)',
      FR: 'Service fédéral des Pensions - pensions des indépendants (anciennement INASTI)',
      DE: 'Föderaler Pensionsdienst - Pensionen der Selbständigen (vormals LISVS)',
      EN: 'Federal Pension Service - self-employed pensions (formerly NISSE)',
    },
  },
  // Second pillar: sector pension funds (OFP/IRP) of the joint committees with a sector plan (names modelled).
  FUND_METAL: fund('FUND_METAL', '08111110', 300111, 'Sectorpensioenfonds Metaal OFP', 'Fonds de pension sectoriel Métal OFP'),
  FUND_TEXTILE: fund('FUND_TEXTILE', '08111120', 300120, 'Sectorpensioenfonds Textiel OFP', 'Fonds de pension sectoriel Textile OFP'),
  FUND_CONSTRUCTION: fund('FUND_CONSTRUCTION', '08111124', 300124, 'Sectorpensioenfonds Bouw OFP', 'Fonds de pension sectoriel Construction OFP'),
  FUND_TRANSPORT: fund('FUND_TRANSPORT', '08111140', 300140, 'Sectorpensioenfonds Transport OFP', 'Fonds de pension sectoriel Transport OFP'),
} satisfies Record<string, PayingInstitution>;

export type InstitutionCode = keyof typeof INSTITUTIONS;

function fund(code: string, cbeBase: string, immatriculation: number, nl: string, fr: string): PayingInstitution {
  return { code, cbe: makeKbo(cbeBase), immatriculation, names: { NL: nl, FR: fr, DE: nl, EN: nl } };
}

/**
 * The sector funds by joint committee, with how they pay: an annuity every month (the textile
 * fund) or a capital once at the pension (the others). The plans began with the law on
 * supplementary pensions (WAP/LPC, 2004). MODELLED.
 */
export const SECTOR_PLANS: Record<string, { fund: InstitutionCode; payout: 'ANNUITY' | 'CAPITAL' }> = {
  '111': { fund: 'FUND_METAL', payout: 'CAPITAL' },
  '120': { fund: 'FUND_TEXTILE', payout: 'ANNUITY' },
  '124': { fund: 'FUND_CONSTRUCTION', payout: 'CAPITAL' },
  '140': { fund: 'FUND_TRANSPORT', payout: 'CAPITAL' },
};
export const SECTOR_PLANS_FROM = '2004-01-01';

/** The advantage codes (R32) the emulated cadastre uses. */
export const ADVANTAGE = { EMPLOYEE_RETIREMENT: '01', SELF_EMPLOYED_RETIREMENT: '02', GRAPA: '30', SECTOR_SUPPLEMENT: 'K1' } as const;
/** Periodicity (R25): 1 monthly, K capital. */
export const PERIODICITY = { MONTHLY: '1', CAPITAL: 'K' } as const;

/** A demand the cadastre knows that did not (yet) give a right: pending (no refusal) or refused. */
export interface PensionDemand {
  id: number;
  ssin: string;
  institution: InstitutionCode;
  demand_date: string;
  refusal_date: string | null;
}

/** A pension right, with its codes (RightInformationType of the contract). */
export interface PensionRight {
  id: number;
  ssin: string;
  institution: InstitutionCode;
  pillar: Pillar;
  advantage_code: string;
  periodicity: string;
  pension_file_id: string;
  pension_start: string;
  right_start: string;
  /** The last day of the right (the death, the capital paid); null while it runs. */
  right_close: string | null;
  /** R28: 1 retirement, 2 survivor ... */
  pension_type: number;
  /** R29: 0 other, 1 employee scheme, 2 self-employed, 6 collective contract with an external fund. */
  administrative_situation: number;
  /** R30: 0 not applicable, 1 private-law employer. */
  employer_type: number;
  /** R31: 1 with family dependants, 2 without; null: not communicated. */
  family_charge_type: number | null;
  /** R33: 11 pension/legal, 12 pension/extra-legal, 31 other/legal. */
  advantage_type: string;
  /** R34: 0 not communicated, 1 household rate, 2 single rate. */
  household_code: number;
  /** R35: 1 national. */
  right_origin: number;
  /** R42: 0 not indexed, 1 private-sector scheme. */
  index_type: number;
  /** R52: 0 no AMI withholding, 2 without family dependants, 1 with. */
  ami_tax_code: number;
  /** The career years the amount rests on (0 for the GRAPA). */
  career_years: number;
  /** The gross amount of the first reference month (of the capital, for a capital). */
  monthly_amount: number;
}

/** One payment (PaymentHistory entry) of a right for one reference period. */
export interface PensionPayment {
  id: number;
  right_id: number;
  ssin: string;
  /** yyyy-mm: the reference period the payment is for. */
  reference_start: string;
  reference_end: string;
  /** 1: the holiday allowance paid with the May pension. */
  holiday: number;
  /** yyyy-mm */
  payment_month: string;
  creation_date: string;
  gross: number;
  precomptable: number;
  precompte_percentage: number;
  ami_amount: number;
  solidarity_amount: number;
  solidarity_percentage: number;
  /** The indexation coefficient applied since the right's start (1 = none). */
  index_value: number;
  /** R47 of the fiscal situation; null when none is communicated. */
  dependent_spouse_code: string | null;
}

/** A right to the income guarantee for the elderly (GRAPA/IGO, advantage code 30), as the social tariff reads it. */
export interface GrapaRight {
  id: number;
  ssin: string;
  begin_date: string;
  end_date: string | null;
  /** Euro a month at the begin (indexed like the pensions after). */
  monthly_amount: number;
}
