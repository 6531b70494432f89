/**
 * The vocabulary of the RSVZ/INASTI records (src/sources/rsvz): a self-employed career in
 * periods, and the social contributions due per quarter. MODELLED on what RSVZ publishes for the
 * self-employed (main occupation / complementary occupation, assimilated periods, quarterly
 * contributions paid to a social insurance fund); the values are those of our own contract
 * (wsdl/S07-SelfEmployedService/v2/SelfEmployedCommonV1.xsd).
 */

export const PERIOD_TYPE = { ACTIVITY: 'ACTIVITY', EQUIVALENT: 'EQUIVALENT_PERIOD' } as const;
export type PeriodType = (typeof PERIOD_TYPE)[keyof typeof PERIOD_TYPE];

/** Zelfstandige in hoofdberoep / in bijberoep (besides a job as an employee). */
export const OCCUPATION = { MAIN: 'MAIN_OCCUPATION', COMPLEMENTARY: 'COMPLEMENTARY_OCCUPATION' } as const;
export type Occupation = (typeof OCCUPATION)[keyof typeof OCCUPATION];

/** Why a period without activity counts in the career (gelijkgestelde periode / période assimilée). */
export const EQUIVALENCE = { SICKNESS: 'SICKNESS', MATERNITY: 'MATERNITY', BRIDGING_RIGHT: 'BRIDGING_RIGHT', MILITARY_SERVICE: 'MILITARY_SERVICE' } as const;
export type EquivalenceReason = (typeof EQUIVALENCE)[keyof typeof EQUIVALENCE];

/** PAID by the end of the quarter, PAID_LATE after it, UNPAID: arrears. */
export const PAYMENT = { PAID: 'PAID', LATE: 'PAID_LATE', UNPAID: 'UNPAID' } as const;
export type PaymentStatus = (typeof PAYMENT)[keyof typeof PAYMENT];

/** Social insurance funds (names of real funds; the three-digit numbers are modelled). */
export const FUNDS = [
  { number: '010', name: 'Liantis' },
  { number: '020', name: 'Acerta' },
  { number: '030', name: 'Xerius' },
  { number: '040', name: 'Partena' },
  { number: '050', name: 'Securex' },
  { number: '060', name: 'UCM' },
  { number: '070', name: 'Group S' },
] as const;
export type Fund = (typeof FUNDS)[number];

export interface CareerPeriod {
  id: number;
  ssin: string;
  begin_date: string;
  /** The last day; null while it runs. */
  end_date: string | null;
  period_type: PeriodType;
  occupation: Occupation;
  equivalence_reason: EquivalenceReason | null;
  fund_number: string;
  fund_name: string;
}

export interface Contribution {
  id: number;
  ssin: string;
  /** yyyyQn */
  quarter: string;
  occupation: Occupation;
  /** Euros due for the quarter. */
  amount: number;
  payment_status: PaymentStatus;
  payment_date: string | null;
  /** Euros still due (arrears); null when paid. */
  outstanding: number | null;
}

/**
 * RSVZ's quarterly contribution records start in 2003 (MODELLED: the service's contribution
 * history covers the quarters from 2003 on; a career itself is known back to 1956).
 */
export const FIRST_CONTRIBUTION_QUARTER = '2003Q1';
