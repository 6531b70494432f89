import { Db, statementCache } from '../../store/db';

export interface Insurability {
  id: number;
  ssin: string;
  begin_date: string;
  end_date: string | null;
  insuring_organization: string;
  mutuality: string;
  registration_number: string;
  ct1: string;
  ct2: string;
  /** For a dependant (persoon ten laste / personne à charge): the holder; null for a holder. */
  holder_ssin: string | null;
  reimbursement_right: number;
  paying_third_party: number;
  complementary_insurance: number;
}

export interface MafYear {
  id: number;
  ssin: string;
  year: number;
  insuring_organization: string;
}

export interface DatedRow {
  id: number;
  ssin: string;
  begin_date: string;
  end_date: string | null;
}

export interface MedicalHouse extends DatedRow {
  insuring_organization: string;
  doctor: number;
  kine: number;
  nurse: number;
}

export interface GlobalMedicalFile extends DatedRow {
  /** RIZIV/INAMI number of the doctor: 8 digits and a 3-digit qualification. */
  provider: string;
  insuring_organization: string;
}

/** Kinds of incapacity for work the mutualities indemnify. */
export type IncapacityKind = 'PRIMARY_INCAPACITY' | 'INVALIDITY' | 'MATERNITY_LEAVE';

/** A period of indemnified incapacity for work (an attest of the mutuality). */
export interface Incapacity extends DatedRow {
  kind: IncapacityKind;
  insuring_organization: string;
  mutuality: string;
  /** The capped daily wage the indemnity is a percentage of, euro. */
  reference_daily_wage: number;
  percentage: number;
  /** reference_daily_wage × percentage / 100, rounded to the cent. */
  daily_gross_amount: number;
}

/** Everything the NIC knows about a person at one date. */
export interface NicSituation {
  insurability?: Insurability;
  /** The years up to the date's year (at most three) in which the MAF was reached. */
  maf: MafYear[];
  increasedIntervention?: DatedRow;
  medicalHouse?: MedicalHouse;
  gmd?: GlobalMedicalFile;
}

const AT = 'ssin = ? AND begin_date <= ? AND (end_date IS NULL OR end_date >= ?) ORDER BY begin_date DESC LIMIT 1';

export class Nic {
  private readonly sql;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  /** The insurability periods that overlap begin..end (yyyy-mm-dd), the oldest first. */
  insurabilityPeriods(ssin: string, begin: string, end: string): Insurability[] {
    return this.sql('SELECT * FROM nic_insurability WHERE ssin = ? AND begin_date <= ? AND (end_date IS NULL OR end_date >= ?) ORDER BY begin_date, id').all(ssin, end, begin) as Insurability[];
  }

  /**
   * The incapacity periods that overlap begin..end (yyyy-mm-dd; end null = open) and have begun by
   * `today` (an attest exists from its first day), the oldest first.
   */
  incapacityPeriods(ssin: string, begin: string, end: string | null, today: string): Incapacity[] {
    const last = end === null || end > today ? today : end;
    return this.sql('SELECT * FROM nic_incapacity WHERE ssin = ? AND begin_date <= ? AND (end_date IS NULL OR end_date >= ?) ORDER BY begin_date, id').all(ssin, last, begin) as Incapacity[];
  }

  /** The situation of a person at a date (yyyy-mm-dd). */
  situationAt(ssin: string, date: string): NicSituation {
    const at = (table: string) => this.sql(`SELECT * FROM ${table} WHERE ${AT}`).get(ssin, date, date);
    const year = Number(date.slice(0, 4));
    return {
      insurability: at('nic_insurability') as Insurability | undefined,
      maf: this.sql('SELECT * FROM nic_maf WHERE ssin = ? AND year BETWEEN ? AND ? ORDER BY year').all(ssin, year - 2, year) as MafYear[],
      increasedIntervention: at('nic_increased_intervention') as DatedRow | undefined,
      medicalHouse: at('nic_medical_house') as MedicalHouse | undefined,
      gmd: at('nic_gmd') as GlobalMedicalFile | undefined,
    };
  }
}
