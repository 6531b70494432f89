import type { SeedContext, SourceModule } from '../source';
import { Db, personRows, SourceSchema, statementCache } from '../../store/db';
import type { RentPremiumFile, RentSubsidyFile } from './model';
import { vmswWriter } from './writer';
import { writeVmswPersonas } from './personas';
import { generateVmsw } from './generate';

export * from './model';

/**
 * The VMSW (Vlaamse Maatschappij voor Sociaal Wonen) with the social housing companies: the
 * rent-subsidy files (huursubsidie, RentSubsidyService F04) and the waiting-list registrations
 * with the rent premium (huurpremie, RentPremiumService F05). MODELLED: the real layout is not public.
 */
export const vmswSchema: SourceSchema = {
  name: 'vmsw',
  tables: ['vmsw_rent_subsidy', 'vmsw_rent_premium'],
  ddl: `
CREATE TABLE IF NOT EXISTS vmsw_rent_subsidy (
  id                  INTEGER PRIMARY KEY,
  ssin                TEXT NOT NULL,
  partner_ssin        TEXT,
  company_name        TEXT NOT NULL,
  file_number         TEXT NOT NULL,
  file_status         TEXT NOT NULL CHECK (file_status IN ('APPLIED', 'IN_TREATMENT', 'GRANTED', 'REFUSED', 'STOPPED')),
  refusal_reason      TEXT,
  last_payment_date   TEXT,
  last_payment_amount REAL
);
CREATE INDEX IF NOT EXISTS vmsw_rent_subsidy_ssin ON vmsw_rent_subsidy(ssin);
CREATE INDEX IF NOT EXISTS vmsw_rent_subsidy_partner ON vmsw_rent_subsidy(partner_ssin);
CREATE TABLE IF NOT EXISTS vmsw_rent_premium (
  id                   INTEGER PRIMARY KEY,
  ssin                 TEXT NOT NULL,
  company_name         TEXT NOT NULL,
  registration_date    TEXT NOT NULL,
  deregistration_date  TEXT,
  potentially_entitled INTEGER NOT NULL,
  refusal_reason       TEXT,
  last_payment_date    TEXT,
  last_payment_amount  REAL
);
CREATE INDEX IF NOT EXISTS vmsw_rent_premium_ssin ON vmsw_rent_premium(ssin);`,
};

/** Reads a person's rent-subsidy files and waiting-list registrations. */
export class Vmsw {
  private readonly sql;
  /** The person's waiting-list registrations (with the rent premium), the oldest first. */
  readonly premiumFiles: (ssin: string) => RentPremiumFile[];

  constructor(db: Db) {
    this.sql = statementCache(db);
    this.premiumFiles = personRows(db).rows<RentPremiumFile>('vmsw_rent_premium', 'registration_date, id');
  }

  /** The rent-subsidy files the person is on, as applicant or as partner. */
  subsidyFiles(ssin: string): RentSubsidyFile[] {
    return this.sql('SELECT * FROM vmsw_rent_subsidy WHERE ssin = ? OR partner_ssin = ? ORDER BY file_number, id').all(ssin, ssin) as RentSubsidyFile[];
  }
}

/** The source: its tables, its reader, the social tenant's files and the generated population's. */
export const vmswSource: SourceModule<Vmsw> = {
  name: 'vmsw',
  schema: vmswSchema,
  open: (db) => new Vmsw(db),
  seed: (context: SeedContext) => {
    const w = vmswWriter(context.db);
    writeVmswPersonas(w);
    generateVmsw(w, context);
  },
};
