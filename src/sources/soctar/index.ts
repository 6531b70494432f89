import type { SeedContext, SourceModule } from '../source';
import { Db, rowWriter, SourceSchema, statementCache } from '../../store/db';
import type { EnergyContract, SocialRight } from './model';
import { deriveRights } from './rights';
import { deriveContracts } from './contracts';
import { personaContracts } from './personas';

export * from './model';

/**
 * FOD Economie's social-tariff database (Soctar): the protected persons' rights KSZ communicates
 * each quarter (leefloon, disability allowances, GRAPA) and the energy contracts the suppliers
 * report, which FOD Economie matches with the protected households to give them the social tariff.
 * SocialRateInvestigationService (S15) reads both. Derived tables: the seed computes every right
 * from the POD MI, DGPH and pension rows and every contract from the National Register (so it is
 * registered after them); nothing is drawn at random.
 */
export const soctarSchema: SourceSchema = {
  name: 'soctar',
  tables: ['soctar_right', 'soctar_contract'],
  ddl: `
CREATE TABLE IF NOT EXISTS soctar_right (
  id           INTEGER PRIMARY KEY,
  ssin         TEXT NOT NULL,
  category     TEXT NOT NULL CHECK (category IN ('LIVING_WAGE', 'EQUIVALENT_LIVING_WAGE', 'DISABILITY_ALLOWANCE', 'GRAPA')),
  organization INTEGER NOT NULL,
  begin_date   TEXT NOT NULL,
  end_date     TEXT
);
CREATE INDEX IF NOT EXISTS soctar_right_ssin ON soctar_right(ssin);
CREATE TABLE IF NOT EXISTS soctar_contract (
  id             INTEGER PRIMARY KEY,
  ssin           TEXT NOT NULL,
  supplier_name  TEXT NOT NULL,
  cust_id        TEXT NOT NULL,
  last_name      TEXT NOT NULL,
  first_names    TEXT,
  street         TEXT NOT NULL,
  house_number   TEXT,
  box            TEXT,
  postal_code    TEXT NOT NULL,
  city           TEXT NOT NULL,
  ean            TEXT NOT NULL,
  product        TEXT NOT NULL CHECK (product IN ('E', 'G')),
  supplier_start TEXT NOT NULL,
  supplier_end   TEXT
);
CREATE INDEX IF NOT EXISTS soctar_contract_ssin ON soctar_contract(ssin);`,
};

const RIGHT_COLUMNS = ['ssin', 'category', 'organization', 'begin_date', 'end_date'] as const;
const CONTRACT_COLUMNS = ['ssin', 'supplier_name', 'cust_id', 'last_name', 'first_names', 'street', 'house_number', 'box', 'postal_code', 'city', 'ean', 'product', 'supplier_start', 'supplier_end'] as const;

/** Reads what FOD Economie knows of a person. */
export class Soctar {
  private readonly sql;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  /** The person's rights as a protected person, the oldest first. */
  rights(ssin: string): SocialRight[] {
    return this.sql('SELECT * FROM soctar_right WHERE ssin = ? ORDER BY begin_date, id').all(ssin) as SocialRight[];
  }

  /** The energy contracts in the person's name, the oldest first. */
  contracts(ssin: string): EnergyContract[] {
    return this.sql('SELECT * FROM soctar_contract WHERE ssin = ? ORDER BY supplier_start, product, id').all(ssin) as EnergyContract[];
  }
}

export const soctarSource: SourceModule<Soctar> = {
  name: 'soctar',
  schema: soctarSchema,
  open: (db) => new Soctar(db),
  seed: ({ db }: SeedContext) => {
    const rights = deriveRights(db);
    const writeRight = rowWriter<Omit<SocialRight, 'id'>>(db, 'soctar_right', RIGHT_COLUMNS);
    for (const r of rights) writeRight(r);
    const writeContract = rowWriter<Omit<EnergyContract, 'id'>>(db, 'soctar_contract', CONTRACT_COLUMNS);
    for (const c of [...personaContracts(), ...deriveContracts(db, rights)]) writeContract(c);
  },
};
