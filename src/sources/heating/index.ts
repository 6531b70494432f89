import type { SourceModule } from '../source';
import { Db, rowWriter, SourceSchema, statementCache } from '../../store/db';
import type { PeriodUse } from './rules';

export * from './rules';

/**
 * The heating-allowance decisions of the OCMWs (Sociaal Verwarmingsfonds / Fonds social
 * chauffage), as P11 OCMWCPASHeatingAllocation records them: one row per decision, granted or
 * refused, kept so that the litre limit and the pump's flat amount hold across the requests of one
 * household (one address in the National Register) in one heating period. Nothing is seeded;
 * POST /_admin/reset empties the table.
 */
export const heatingSchema: SourceSchema = {
  name: 'heating',
  tables: ['heating_decision'],
  ddl: `
CREATE TABLE IF NOT EXISTS heating_decision (
  id               INTEGER PRIMARY KEY,
  household_key    TEXT NOT NULL,
  heating_period   INTEGER NOT NULL,
  ssin             TEXT NOT NULL,
  category         INTEGER NOT NULL,
  ocmw_cbe         TEXT NOT NULL,
  decision_date    TEXT NOT NULL,
  delivery_date    TEXT NOT NULL,
  fuel             INTEGER NOT NULL,
  granted          INTEGER NOT NULL,
  reason_code      TEXT,
  litres           INTEGER NOT NULL,
  flat_amount      INTEGER NOT NULL,
  amount           REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS heating_decision_household ON heating_decision(household_key, heating_period);`,
};

export interface HeatingDecision {
  id: number;
  household_key: string;
  heating_period: number;
  ssin: string;
  category: number;
  ocmw_cbe: string;
  decision_date: string;
  delivery_date: string;
  fuel: number;
  granted: number;
  reason_code: string | null;
  litres: number;
  flat_amount: number;
  amount: number;
}

const COLUMNS = ['household_key', 'heating_period', 'ssin', 'category', 'ocmw_cbe', 'decision_date', 'delivery_date', 'fuel', 'granted', 'reason_code', 'litres', 'flat_amount', 'amount'] as const;

/** Reads and records the decisions. */
export class HeatingDecisions {
  private readonly sql;
  private readonly insert;

  constructor(private readonly db: Db) {
    this.sql = statementCache(db);
    this.insert = rowWriter<Omit<HeatingDecision, 'id'>>(db, 'heating_decision', COLUMNS);
  }

  /** What the household was granted in the heating period. */
  used(householdKey: string, period: number): PeriodUse {
    const row = this.sql('SELECT COALESCE(SUM(litres), 0) AS litres, COALESCE(MAX(flat_amount), 0) AS flat FROM heating_decision WHERE household_key = ? AND heating_period = ? AND granted = 1').get(householdKey, period) as { litres: number; flat: number };
    return { litres: row.litres, pumpFlatGranted: row.flat === 1 };
  }

  /**
   * Decides and records in one transaction: `decide` reads what the period already used and
   * returns the decision to record, so two requests for one household cannot both take the same litres.
   */
  decide<T>(householdKey: string, period: number, decide: (used: PeriodUse) => { row: Omit<HeatingDecision, 'id' | 'household_key' | 'heating_period'>; result: T }): { id: number; result: T } {
    return this.db.transaction(() => {
      const { row, result } = decide(this.used(householdKey, period));
      this.insert({ ...row, household_key: householdKey, heating_period: period });
      const { id } = this.sql('SELECT last_insert_rowid() AS id').get() as { id: number };
      return { id, result };
    })();
  }

  /** Every decision for a household, the oldest first (tests, admin). */
  ofHousehold(householdKey: string): HeatingDecision[] {
    return this.sql('SELECT * FROM heating_decision WHERE household_key = ? ORDER BY id').all(householdKey) as HeatingDecision[];
  }
}

/** The heating source: its table and its reader/writer; nothing to seed. */
export const heatingSource: SourceModule<HeatingDecisions> = {
  name: 'heating',
  schema: heatingSchema,
  open: (db) => new HeatingDecisions(db),
};
