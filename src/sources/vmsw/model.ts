/**
 * What the VMSW (Vlaamse Maatschappij voor Sociaal Wonen) and the social housing companies
 * record of the rent subsidy (huursubsidie) and the rent premium (huurpremie), with exactly the
 * data the Flemish supervisory committee authorised for the OCMWs (seed 001). MODELLED.
 */

/** Where a rent-subsidy file stands. */
export type SubsidyStatus = 'APPLIED' | 'IN_TREATMENT' | 'GRANTED' | 'REFUSED' | 'STOPPED';
export const SUBSIDY_STATUSES: readonly SubsidyStatus[] = ['APPLIED', 'IN_TREATMENT', 'GRANTED', 'REFUSED', 'STOPPED'];

/** The refusal reasons (MODELLED codes; the descriptions say what the housing company decided). */
export const REFUSAL_REASONS = {
  DWELLING_QUALITY: 'The dwelling does not meet the quality standards.',
  INCOME_TOO_HIGH: 'The income of the household exceeds the income limit.',
  RENT_TOO_HIGH: 'The rent of the dwelling exceeds the maximum rent.',
  OWNS_PROPERTY: 'A member of the household owns a dwelling.',
  WAITING_TIME_TOO_SHORT: 'Registered on the waiting list for less than four years.',
  OFFER_REFUSED: 'A suitable social dwelling offered was refused.',
  INCOMPLETE_FILE: 'The file was not completed in time.',
} as const;
export type RefusalReason = keyof typeof REFUSAL_REASONS;

/** A rent-subsidy file of a person (and partner) registered at a social housing company. */
export interface RentSubsidyFile {
  id: number;
  ssin: string;
  partner_ssin: string | null;
  company_name: string;
  file_number: string;
  file_status: SubsidyStatus;
  refusal_reason: RefusalReason | null;
  last_payment_date: string | null;
  last_payment_amount: number | null;
}

/** A person's registration on the waiting list of a social housing company, and the rent premium it may open. */
export interface RentPremiumFile {
  id: number;
  ssin: string;
  company_name: string;
  registration_date: string;
  deregistration_date: string | null;
  potentially_entitled: number;
  refusal_reason: RefusalReason | null;
  last_payment_date: string | null;
  last_payment_amount: number | null;
}
