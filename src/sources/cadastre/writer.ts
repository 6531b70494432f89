import { Db, insertInto, rowWriter } from '../../store/db';
import type { Parcel, Right } from './model';

export type NewParcel = Omit<Parcel, 'id'>;
export type NewRight = Omit<Right, 'id' | 'parcel_id'>;

/** Inserts parcels and the rights on them; the statements are prepared once per writer. */
export class CadastreWriter {
  private readonly insertParcel;
  private readonly insertRight;

  constructor(db: Db) {
    // Not a rowWriter: the rights need the parcel's new id.
    this.insertParcel = insertInto(db)('cadastre_parcel', ['nis', 'division_code', 'section', 'parcel_number', 'nature', 'surface', 'cadastral_income', 'street', 'house_number']);
    this.insertRight = rowWriter<Omit<Right, 'id'>>(db, 'cadastre_right', ['parcel_id', 'owner_ssin', 'owner_kbo', 'owner_name', 'right_type', 'share_numerator', 'share_denominator', 'begin_date', 'end_date']);
  }

  /** A parcel and every right on it (past and present). */
  parcel(parcel: NewParcel, rights: NewRight[]): void {
    const parcelId = Number(this.insertParcel.run(parcel).lastInsertRowid);
    for (const r of rights) this.insertRight({ ...r, parcel_id: parcelId });
  }
}
