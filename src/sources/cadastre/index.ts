import type { SeedContext, SourceModule } from '../source';
import { Db, SourceSchema, statementCache } from '../../store/db';
import type { Parcel, ParcelRight, Right } from './model';
import { CadastreWriter } from './writer';
import { writePersonaParcels } from './personas';
import { generateParcels } from './generate';

export * from './model';
export * from './municipalities';
export { PERSONA_ENTERPRISE } from './personas';

/**
 * The cadastre of FOD Financiën / SPF Finances (AAPD, Patrimoniumdocumentatie): the parcels
 * (municipality, cadastral division, section, parcel number, nature, surface, cadastral income,
 * address) and the rights persons and enterprises hold on them (full ownership, bare ownership,
 * usufruct, with their share and the dates of the deeds). PatrimonyService and
 * ConsultPatrimonyCPAS "Cadnet" (S11) read it.
 */
export const cadastreSchema: SourceSchema = {
  name: 'cadastre',
  tables: ['cadastre_right', 'cadastre_parcel'],
  ddl: `
CREATE TABLE IF NOT EXISTS cadastre_parcel (
  id               INTEGER PRIMARY KEY,
  nis              TEXT NOT NULL,
  division_code    TEXT NOT NULL,
  section          TEXT NOT NULL,
  parcel_number    TEXT NOT NULL,
  nature           TEXT NOT NULL,
  surface          INTEGER NOT NULL,
  cadastral_income REAL NOT NULL,
  street           TEXT,
  house_number     TEXT
);
CREATE TABLE IF NOT EXISTS cadastre_right (
  id                INTEGER PRIMARY KEY,
  parcel_id         INTEGER NOT NULL REFERENCES cadastre_parcel(id),
  owner_ssin        TEXT,
  owner_kbo         TEXT,
  owner_name        TEXT NOT NULL,
  right_type        TEXT NOT NULL,
  share_numerator   INTEGER NOT NULL,
  share_denominator INTEGER NOT NULL,
  begin_date        TEXT NOT NULL,
  end_date          TEXT
);
CREATE INDEX IF NOT EXISTS cadastre_right_ssin ON cadastre_right(owner_ssin);
CREATE INDEX IF NOT EXISTS cadastre_right_kbo ON cadastre_right(owner_kbo);
CREATE INDEX IF NOT EXISTS cadastre_right_parcel ON cadastre_right(parcel_id);`,
};

/** Reads the rights the cadastre records, with their parcels. */
export class Cadastre {
  private readonly sql;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  /** Every right a person holds or held, the oldest deed first. */
  rightsOfPerson(ssin: string): ParcelRight[] {
    return this.withParcels(this.sql('SELECT * FROM cadastre_right WHERE owner_ssin = ? ORDER BY begin_date, id').all(ssin) as Right[]);
  }

  /** Every right an enterprise holds or held, the oldest deed first. */
  rightsOfEnterprise(kbo: string): ParcelRight[] {
    return this.withParcels(this.sql('SELECT * FROM cadastre_right WHERE owner_kbo = ? ORDER BY begin_date, id').all(kbo) as Right[]);
  }

  /** Every right on a parcel (the co-owners), the oldest deed first. */
  rightsOnParcel(parcelId: number): Right[] {
    return this.sql('SELECT * FROM cadastre_right WHERE parcel_id = ? ORDER BY begin_date, id').all(parcelId) as Right[];
  }

  private withParcels(rights: Right[]): ParcelRight[] {
    return rights.map((r) => ({ ...r, parcel: this.sql('SELECT * FROM cadastre_parcel WHERE id = ?').get(r.parcel_id) as Parcel }));
  }
}

/** The cadastre source: its tables, its reader, its seed (personas, then the generated population's parcels). */
export const cadastreSource: SourceModule<Cadastre> = {
  name: 'cadastre',
  schema: cadastreSchema,
  open: (db) => new Cadastre(db),
  seed(context: SeedContext) {
    const w = new CadastreWriter(context.db);
    writePersonaParcels(w);
    generateParcels(w, context);
  },
};
