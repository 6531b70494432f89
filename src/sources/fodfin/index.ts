import type { SeedContext, SourceModule } from '../source';
import { Db, SourceSchema, statementCache } from '../../store/db';
import type { TaxAssessment } from './model';
import { deriveTaxAssessments } from './generate';

export * from './model';

/**
 * FOD Financiën / SPF Finances, personal income tax: one assessment (aanslagbiljet) per person
 * and income year, derived at seed time from what the other sources hold of that year (DmfA
 * wages, RVA payments, RSVZ contributions, leefloon; rules.ts, generate.ts), with the household's
 * dependent children and, for a married or legally cohabiting couple, one joint assessment.
 * TaxAssessmentDataService (S10) reads it. Registered after rsz, rva, podmi and rsvz: it reads
 * their seeded rows.
 */
export const fodfinSchema: SourceSchema = {
  name: 'fodfin',
  tables: ['fin_tax_assessment'],
  ddl: `
CREATE TABLE IF NOT EXISTS fin_tax_assessment (
  id                          INTEGER PRIMARY KEY,
  ssin                        TEXT NOT NULL,
  income_year                 INTEGER NOT NULL,
  assessment_number           TEXT NOT NULL,
  fiscal_state                TEXT NOT NULL CHECK (fiscal_state IN ('SINGULAR', 'PRIMARY', 'SECONDARY')),
  partner_ssin                TEXT,
  assessment_date             TEXT NOT NULL,
  gross_salaries              INTEGER NOT NULL,
  unemployment_benefits       INTEGER NOT NULL,
  self_employed_profit        INTEGER NOT NULL,
  professional_expenses       INTEGER NOT NULL,
  net_professional_income     INTEGER NOT NULL,
  foreign_real_estate_income  INTEGER NOT NULL,
  global_taxable_income       INTEGER NOT NULL,
  joint_taxable_income        INTEGER,
  arrears_of_remuneration     INTEGER NOT NULL,
  children_dependent          INTEGER NOT NULL,
  children_dependent_handicap INTEGER NOT NULL,
  other_dependents            INTEGER NOT NULL,
  UNIQUE (ssin, income_year)
);`,
};

/** Reads the assessments FOD Financiën has established (sent) by a given day. */
export class Fodfin {
  private readonly sql;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  /** The person's assessments established on or before `today`, the most recent income year first. */
  assessments(ssin: string, today: string): TaxAssessment[] {
    return this.sql('SELECT * FROM fin_tax_assessment WHERE ssin = ? AND assessment_date <= ? ORDER BY income_year DESC').all(ssin, today) as TaxAssessment[];
  }

  /** The partner's row on the same joint assessment. */
  partnerRow(row: TaxAssessment): TaxAssessment | undefined {
    if (!row.partner_ssin) return undefined;
    return this.sql('SELECT * FROM fin_tax_assessment WHERE ssin = ? AND income_year = ? AND assessment_number = ?').get(row.partner_ssin, row.income_year, row.assessment_number) as TaxAssessment | undefined;
  }
}

/** The fodfin source: its table, its reader, and its seed (derived from the sources seeded before it). */
export const fodfinSource: SourceModule<Fodfin> = {
  name: 'fodfin',
  schema: fodfinSchema,
  open: (db) => new Fodfin(db),
  seed: (context: SeedContext) => deriveTaxAssessments(context),
};
