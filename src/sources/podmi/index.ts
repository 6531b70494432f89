import type { SeedContext, SourceModule } from '../source';
import { Db, SourceSchema, statementCache } from '../../store/db';
import { PodMiWriter } from './writer';
import type { LivingWagePeriod } from './model';
import { writePersonaLivingWages } from './personas';
import { generateLivingWages } from './generate';
import { PODMI_STORE_DDL, PODMI_STORE_TABLES, PodMiStore } from './store';
import { derivedPeriods } from './derive';
import { DEFAULT_RULES } from './rules';

export * from './model';
export { PodMiWriter } from './writer';
export type { NewLivingWagePeriod } from './writer';
export * from './forms';
export { PodMiStore, sameContent } from './store';

/**
 * POD MI / SPP IS (the federal public planning service for social integration): the living wages
 * (leefloon / revenu d'intégration, and its equivalent for persons without a right to it) the
 * OCMWs/CPAS granted and declared to it, one row per decision period: who, which OCMW (enterprise
 * number and NIS code, and the region the OCMW belongs to), the category, the beneficiary
 * category of the RMI law with its monthly amount, the period and the date of the decision.
 * LivingWagesService (S20) reads it; its contract shows periods, OCMW and category, not amounts.
 * Besides the seeded periods, POD MI's store of the forms OCMWs declare (P01 B, P06 C, P04 F),
 * its decision on each and its rules (store.ts, rules.ts): the seed leaves the forms empty and
 * writes the default rules; accepted decisions open or end periods (derive.ts).
 */
export const podmiSchema: SourceSchema = {
  name: 'podmi',
  tables: ['podmi_living_wage', ...PODMI_STORE_TABLES],
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
CREATE INDEX IF NOT EXISTS podmi_living_wage_ssin ON podmi_living_wage(ssin);
${PODMI_STORE_DDL}`,
};

/** Reads the living wages POD MI knows of a person; `store` holds the declared forms and decisions. */
export class PodMi {
  private readonly sql;
  readonly store: PodMiStore;

  constructor(db: Db) {
    this.sql = statementCache(db);
    this.store = new PodMiStore(db);
  }

  /** The seeded periods of the person only (decisions from before the emulator's store), the oldest first. */
  seededPeriods(ssin: string): LivingWagePeriod[] {
    return this.sql('SELECT * FROM podmi_living_wage WHERE ssin = ? ORDER BY begin_date, id').all(ssin) as LivingWagePeriod[];
  }

  /**
   * Every period of the person the network knows at the ISO instant `at`, the oldest first: the
   * seeded ones as changed by the decisions visible then (derive.ts, X10 derived rights).
   */
  periods(ssin: string, at: string): LivingWagePeriod[] {
    return derivedPeriods(this.seededPeriods(ssin), this.store.attestsOf(ssin), at);
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
    new PodMiStore(context.db).setRules(DEFAULT_RULES);
  },
};
export { declare, declareAll } from './declare';
export type { DeclareOutcome } from './declare';
