/**
 * The VESTA services the emulator serves (of the about thirty KSZ serves from VESTA, the
 * registration platform of the Flemish family and home care): MODELLED codes.
 * FAMILY_CARE gezinszorg (personal care and household help by a recognised family-care service),
 * CLEANING_HELP poetshulp and ODD_JOB_HELP karweihulp (aanvullende thuiszorg), SITTING_SERVICE
 * oppashulp (a sitter at home while the informal carer is away), PERSONAL_ASSISTANCE_BUDGET the
 * persoonlijke-assistentiebudget (the person hires personal assistants at home).
 */
export const CARE_SERVICES = ['FAMILY_CARE', 'CLEANING_HELP', 'ODD_JOB_HELP', 'SITTING_SERVICE', 'PERSONAL_ASSISTANCE_BUDGET'] as const;
export type CareService = (typeof CARE_SERVICES)[number];

export type CareStatus = 'ACTIVE' | 'SUSPENDED' | 'CLOSED';

/** One care file of a person at one care provider. */
export interface VestaCareFile {
  id: number;
  ssin: string;
  care_service: CareService;
  provider_cbe: string;
  provider_name: string;
  provider_municipality: string;
  file_number: string;
  begin_date: string;
  end_date: string | null;
  status: CareStatus;
  /** The help planned a month (hours); null for the budget. */
  hours_per_month: number | null;
  /** What the person pays per hour of help (gebruikersbijdrage), euro. */
  hourly_contribution: number | null;
  /** PERSONAL_ASSISTANCE_BUDGET: the yearly budget, euro. */
  yearly_budget: number | null;
  last_care_date: string | null;
  closing_reason: string | null;
}
