import type { SourceSchema } from '../../store/db';

/**
 * NIC / CIN (the college of the insuring organisations) with the RIZIV/INAMI: the insurability
 * file of a person as the mutualities report it. Periods of insurability (insuring organisation,
 * mutuality, holder codes CT1/CT2, reimbursement right, third-party payer, complementary
 * insurance), the years the maximum billing (MAF) was reached, increased-intervention (BIM)
 * periods, flat-rate medical-house contracts and the global medical file (GMD) with the doctor's
 * RIZIV number and the insuring organisation that registered it. HealthCareInsuranceService (S08)
 * reads it.
 *
 * nic_incapacity: the periods of incapacity for work the mutualities indemnify (primary
 * incapacity, the invalidity after its first year, maternity leave), each with the insuring
 * organisation that pays it, the reference daily wage, the percentage and the daily gross
 * indemnity (HdiIndemnityAllowance S18 and S09's Indemnity read them).
 *
 * Booleans are stored as 0/1. Dates are yyyy-mm-dd; an end_date NULL is open.
 */
export const nicSchema: SourceSchema = {
  name: 'nic',
  tables: ['nic_insurability', 'nic_maf', 'nic_increased_intervention', 'nic_medical_house', 'nic_gmd', 'nic_incapacity'],
  ddl: `
CREATE TABLE IF NOT EXISTS nic_insurability (
  id                      INTEGER PRIMARY KEY,
  ssin                    TEXT NOT NULL,
  begin_date              TEXT NOT NULL,
  end_date                TEXT,
  insuring_organization   TEXT NOT NULL,
  mutuality               TEXT NOT NULL,
  registration_number     TEXT NOT NULL,
  ct1                     TEXT NOT NULL,
  ct2                     TEXT NOT NULL,
  holder_ssin             TEXT,
  reimbursement_right     INTEGER NOT NULL DEFAULT 1,
  paying_third_party      INTEGER NOT NULL DEFAULT 0,
  complementary_insurance INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS nic_insurability_ssin ON nic_insurability(ssin);
CREATE TABLE IF NOT EXISTS nic_maf (
  id                    INTEGER PRIMARY KEY,
  ssin                  TEXT NOT NULL,
  year                  INTEGER NOT NULL,
  insuring_organization TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS nic_maf_ssin ON nic_maf(ssin);
CREATE TABLE IF NOT EXISTS nic_increased_intervention (
  id         INTEGER PRIMARY KEY,
  ssin       TEXT NOT NULL,
  begin_date TEXT NOT NULL,
  end_date   TEXT
);
CREATE INDEX IF NOT EXISTS nic_increased_intervention_ssin ON nic_increased_intervention(ssin);
CREATE TABLE IF NOT EXISTS nic_medical_house (
  id                    INTEGER PRIMARY KEY,
  ssin                  TEXT NOT NULL,
  begin_date            TEXT NOT NULL,
  end_date              TEXT,
  insuring_organization TEXT NOT NULL,
  doctor                INTEGER NOT NULL,
  kine                  INTEGER NOT NULL,
  nurse                 INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS nic_medical_house_ssin ON nic_medical_house(ssin);
CREATE TABLE IF NOT EXISTS nic_gmd (
  id                    INTEGER PRIMARY KEY,
  ssin                  TEXT NOT NULL,
  begin_date            TEXT NOT NULL,
  end_date              TEXT,
  provider              TEXT NOT NULL,
  insuring_organization TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS nic_gmd_ssin ON nic_gmd(ssin);
CREATE TABLE IF NOT EXISTS nic_incapacity (
  id                    INTEGER PRIMARY KEY,
  ssin                  TEXT NOT NULL,
  kind                  TEXT NOT NULL CHECK (kind IN ('PRIMARY_INCAPACITY', 'INVALIDITY', 'MATERNITY_LEAVE')),
  begin_date            TEXT NOT NULL,
  end_date              TEXT,
  insuring_organization TEXT NOT NULL,
  mutuality             TEXT NOT NULL,
  reference_daily_wage  REAL NOT NULL,
  percentage            REAL NOT NULL,
  daily_gross_amount    REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS nic_incapacity_ssin ON nic_incapacity(ssin);`,
};
