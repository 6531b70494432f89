/** The child-benefit systems: the federal one (Famifed, until regionalisation) and the four regional ones. */
export const AUTHENTIC_SOURCES = ['FEDERAL', 'BRUSSELS', 'FLANDERS', 'WALLONIA', 'EASTBELGIUM'] as const;
export type AuthenticSource = (typeof AUTHENTIC_SOURCES)[number];

/**
 * A child-benefit file at one fund (payer). FLANDERS files hold one child each and no file number;
 * the others hold a family's children. `entitled_ssin` is the entitled person (attributaire) the
 * federal system knew; the regional systems entitle the child.
 */
export interface ChildBenefitFile {
  id: number;
  authentic_source: AuthenticSource;
  fund_enterprise: string;
  fund_code: string;
  fund_name: string;
  office_number: string;
  file_number: string;
  entitled_ssin: string;
  /** yyyy-mm */
  begin_month: string;
  end_month: string | null;
}

/** A person in a file: the one the money is paid to (BENEFICIARY, allocataire) or a child it is paid for. */
export interface FileMember {
  id: number;
  file_id: number;
  ssin: string;
  role: 'BENEFICIARY' | 'CHILD';
  /** Cadaf's recipient type (1 the first recipient, 2 a second one); null for a child. */
  recipient_type: number | null;
}

/** A period of payments for a person of a file, with its category (BASIC, SOCIAL, SPECIAL_CARE, ...). */
export interface PaymentPeriod {
  id: number;
  file_id: number;
  ssin: string;
  begin_month: string;
  end_month: string | null;
  category: string;
}

/** A one-off payment: the birth or adoption bonus (BIRTH, ADOPTION, PRE_PAYMENT_BIRTH). */
export interface Bonus {
  id: number;
  file_id: number;
  ssin: string;
  payment_date: string;
  category: string;
}

/** A file with its members, periods and bonuses. */
export interface FullFile extends ChildBenefitFile {
  members: FileMember[];
  periods: PaymentPeriod[];
  bonuses: Bonus[];
}
