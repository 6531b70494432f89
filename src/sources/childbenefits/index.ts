import type { SeedContext, SourceModule } from '../source';
import { Db, SourceSchema, statementCache } from '../../store/db';
import type { AuthenticSource, Bonus, ChildBenefitFile, FileMember, FullFile, PaymentPeriod } from './model';
import { childBenefitsWriter } from './writer';
import { writeFamilyFiles } from './families';
import { PERSONA_FAMILIES } from './personas';
import { generatedFamilies } from './generate';

export * from './model';
export { FUNDS, regionalSourceOf } from './funds';

/**
 * The child-benefit cadastre: the files of the federal system (FAMIFED, until each region took
 * over in 2019, Brussels in 2020) and of the regional funds (Flanders, Brussels, Wallonia, East
 * Belgium), with who receives the money, the children it is paid for, the payment periods with
 * their category and the bonuses; no amounts. ChildBenefitsService and FamilyAllowancesConsult
 * (S14) read it. Months are yyyy-mm; an end_month NULL is open.
 */
export const childBenefitsSchema: SourceSchema = {
  name: 'childbenefits',
  tables: ['cb_file', 'cb_member', 'cb_payment_period', 'cb_bonus'],
  ddl: `
CREATE TABLE IF NOT EXISTS cb_file (
  id               INTEGER PRIMARY KEY,
  authentic_source TEXT NOT NULL CHECK (authentic_source IN ('FEDERAL', 'BRUSSELS', 'FLANDERS', 'WALLONIA', 'EASTBELGIUM')),
  fund_enterprise  TEXT NOT NULL,
  fund_code        TEXT NOT NULL,
  fund_name        TEXT NOT NULL,
  office_number    TEXT NOT NULL,
  file_number      TEXT NOT NULL,
  entitled_ssin    TEXT NOT NULL,
  begin_month      TEXT NOT NULL,
  end_month        TEXT
);
CREATE TABLE IF NOT EXISTS cb_member (
  id             INTEGER PRIMARY KEY,
  file_id        INTEGER NOT NULL,
  ssin           TEXT NOT NULL,
  role           TEXT NOT NULL CHECK (role IN ('BENEFICIARY', 'CHILD')),
  recipient_type INTEGER
);
CREATE INDEX IF NOT EXISTS cb_member_ssin ON cb_member(ssin);
CREATE INDEX IF NOT EXISTS cb_member_file ON cb_member(file_id);
CREATE TABLE IF NOT EXISTS cb_payment_period (
  id          INTEGER PRIMARY KEY,
  file_id     INTEGER NOT NULL,
  ssin        TEXT NOT NULL,
  begin_month TEXT NOT NULL,
  end_month   TEXT,
  category    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cb_payment_period_file ON cb_payment_period(file_id);
CREATE TABLE IF NOT EXISTS cb_bonus (
  id           INTEGER PRIMARY KEY,
  file_id      INTEGER NOT NULL,
  ssin         TEXT NOT NULL,
  payment_date TEXT NOT NULL,
  category     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cb_bonus_file ON cb_bonus(file_id);`,
};

/** Reads the cadastre. */
export class ChildBenefits {
  private readonly sql;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  /**
   * The files of a system in which the person appears (as entitled person, beneficiary or child)
   * and that overlap the months from..until (until null = open), the oldest first.
   */
  files(ssin: string, source: AuthenticSource | undefined, from: string, until: string | null): FullFile[] {
    const rows = this.sql(
      `SELECT DISTINCT f.* FROM cb_file f LEFT JOIN cb_member m ON m.file_id = f.id
       WHERE (m.ssin = @ssin OR f.entitled_ssin = @ssin) AND (@source IS NULL OR f.authentic_source = @source)
         AND (f.end_month IS NULL OR f.end_month >= @from) AND (@until IS NULL OR f.begin_month <= @until)
       ORDER BY f.begin_month, f.id`,
    ).all({ ssin, source: source ?? null, from, until }) as ChildBenefitFile[];
    return rows.map((f) => ({
      ...f,
      members: this.sql('SELECT * FROM cb_member WHERE file_id = ? ORDER BY id').all(f.id) as FileMember[],
      periods: this.sql('SELECT * FROM cb_payment_period WHERE file_id = ? ORDER BY id').all(f.id) as PaymentPeriod[],
      bonuses: this.sql('SELECT * FROM cb_bonus WHERE file_id = ? ORDER BY id').all(f.id) as Bonus[],
    }));
  }
}

/** The source: its tables, its reader, the personas' and the population's files. */
export const childBenefitsSource: SourceModule<ChildBenefits> = {
  name: 'childbenefits',
  schema: childBenefitsSchema,
  open: (db) => new ChildBenefits(db),
  seed: ({ db }: SeedContext) => {
    const w = childBenefitsWriter(db);
    for (const family of [...PERSONA_FAMILIES, ...generatedFamilies(db)]) writeFamilyFiles(w, family);
  },
};
