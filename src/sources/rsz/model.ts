/** Rows of the RSZ/ONSS tables. */
export interface Employment {
  id: number;
  ssin: string;
  employer_cbe: string;
  employer_name: string;
  noss_number: string;
  begin_date: string;
  end_date: string | null;
  /** Dimona worker type: OTH (ordinary), STU (student), IVT (interim), ... */
  worker_type: string;
  joint_committee: string;
  /** FULL_TIME or PART_TIME */
  work_regime: string;
}

/** The employer repertory: one row per employer known in Dimona. */
export interface Employer {
  noss_number: string;
  cbe_number: string;
  name: string;
  legal_form: string;
  street: string;
  house_number: string;
  postal_code: string;
  municipality: string;
  joint_committee: string;
  nace_code: string;
  registration_date: string;
  /** An employer who is a natural person (a one-person business, eenmanszaak): the person's SSIN; null for a company. */
  owner_ssin: string | null;
}

/** One DmfA quarter of one employment (what the employer declared for that worker). */
export interface DmfaQuarter {
  id: number;
  ssin: string;
  noss_number: string;
  employment_id: number;
  /** yyyyQn */
  quarter: string;
  /** DmfA worker code: 015 manual worker, 495 white-collar worker, 840 student. */
  worker_code: string;
  days: number;
  /** Gross wage of the quarter, in euro. */
  wage_amount: number;
  /** 1 = full time, 0.5 = half time. */
  working_time_fraction: number;
}
