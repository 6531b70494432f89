import { Db, SourceSchema } from '../store/db';

/**
 * RVA / ONEM: unemployment and insertion-allowance rights and the monthly payments made by the
 * payment institutions. UnemploymentDataService (S13) reads it.
 */
export const rvaSchema: SourceSchema = {
  name: 'rva',
  tables: ['rva_payment', 'rva_right'],
  ddl: `
CREATE TABLE IF NOT EXISTS rva_right (
  id                  INTEGER PRIMARY KEY,
  ssin                TEXT NOT NULL,
  begin_date          TEXT NOT NULL,
  end_date            TEXT,
  allowance           TEXT NOT NULL,
  article             TEXT NOT NULL,
  family_category     TEXT NOT NULL,
  scale_code          TEXT NOT NULL,
  daily_amount        REAL NOT NULL,
  payment_institution TEXT NOT NULL,
  end_reason          TEXT
);
CREATE INDEX IF NOT EXISTS rva_right_ssin ON rva_right(ssin);
CREATE TABLE IF NOT EXISTS rva_payment (
  id                  INTEGER PRIMARY KEY,
  ssin                TEXT NOT NULL,
  month               TEXT NOT NULL,
  allowance           TEXT NOT NULL,
  days                INTEGER NOT NULL,
  gross_amount        REAL NOT NULL,
  payment_institution TEXT NOT NULL,
  payment_date        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS rva_payment_ssin ON rva_payment(ssin);`,
};

/** Allowance kinds the generator uses. INSERTION = inschakelingsuitkering / allocation d'insertion. */
export const ALLOWANCE = { UNEMPLOYMENT: 'UNEMPLOYMENT', INSERTION: 'INSERTION', TEMPORARY: 'TEMPORARY_UNEMPLOYMENT' } as const;

export interface RvaRight {
  id: number;
  ssin: string;
  begin_date: string;
  end_date: string | null;
  allowance: string;
  article: string;
  /** A = cohabitant with family charge, B = single, N = cohabitant without family charge */
  family_category: string;
  scale_code: string;
  daily_amount: number;
  payment_institution: string;
  /** Why the right ended (e.g. INSERTION_ALLOWANCE_ENDED); null while it runs. */
  end_reason: string | null;
}

export interface RvaPayment {
  id: number;
  ssin: string;
  month: string;
  allowance: string;
  days: number;
  gross_amount: number;
  payment_institution: string;
  payment_date: string;
}

export class Rva {
  constructor(private readonly db: Db) {}

  rights(ssin: string): RvaRight[] {
    return this.db.prepare('SELECT * FROM rva_right WHERE ssin = ? ORDER BY begin_date').all(ssin) as RvaRight[];
  }

  payments(ssin: string): RvaPayment[] {
    return this.db.prepare('SELECT * FROM rva_payment WHERE ssin = ? ORDER BY month').all(ssin) as RvaPayment[];
  }
}
