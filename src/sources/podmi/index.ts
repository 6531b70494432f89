import type { SeedContext, SourceModule } from '../source';
import { Db, SourceSchema, statementCache } from '../../store/db';
import { PodMiWriter } from './writer';
import type { LivingWagePeriod } from './model';
import { writePersonaLivingWages } from './personas';
import { generateLivingWages } from './generate';

export * from './model';
export { PodMiWriter } from './writer';
export type { NewLivingWagePeriod } from './writer';

/**
 * POD MI / SPP IS (the federal public planning service for social integration): the living wages
 * (leefloon / revenu d'intégration, and its equivalent for persons without a right to it) the
 * OCMWs/CPAS granted and declared to it, one row per decision period: who, which OCMW (enterprise
 * number and NIS code, and the region the OCMW belongs to), the category, the beneficiary
 * category of the RMI law with its monthly amount, the period and the date of the decision.
 * LivingWagesService (S20) reads it; its contract shows periods, OCMW and category, not amounts.
 */
export const podmiSchema: SourceSchema = {
  name: 'podmi',
  tables: ['podmi_living_wage'],
  ddl: `
CREATE TABLE IF NOT EXISTS podmi_living_wage (
  id                   INTEGER PRIMARY KEY,
  ssin                 TEXT NOT NULL,
  ocmw_cbe             TEXT NOT NULL,
  ocmw_nis             TEXT NOT NULL,
  region               TEXT NOT NULL,
  category             TEXT NOT NULL,
  beneficiary_category INTEGER NOT NULL,
  monthly_amount       REAL NOT NULL,
  begin_date           TEXT NOT NULL,
  end_date             TEXT,
  decision_date        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS podmi_living_wage_ssin ON podmi_living_wage(ssin);`,
};

/** Reads the living wages POD MI knows of a person. */
export class PodMi {
  private readonly sql;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  /** Every period of the person, the oldest first. */
  periods(ssin: string): LivingWagePeriod[] {
    return this.sql('SELECT * FROM podmi_living_wage WHERE ssin = ? ORDER BY begin_date, id').all(ssin) as LivingWagePeriod[];
  }
}

/** The podmi source: its table, its reader, and its seed (personas, then part of the generated population). */
export const podmiSource: SourceModule<PodMi> = {
  name: 'podmi',
  schema: podmiSchema,
  open: (db) => new PodMi(db),
  seed(context: SeedContext) {
    const w = new PodMiWriter(context.db);
    writePersonaLivingWages(w);
    generateLivingWages(w, context);
  },
};
