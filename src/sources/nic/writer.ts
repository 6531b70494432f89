import { Db, insertInto } from '../../store/db';
import type { DatedRow, GlobalMedicalFile, Insurability, MafYear, MedicalHouse } from './reader';

type New<T> = Omit<T, 'id'>;

/** Writes NIC rows (the seed). */
export class NicWriter {
  private readonly stmts;

  constructor(db: Db) {
    const insert = insertInto(db);
    this.stmts = {
      insurability: insert('nic_insurability', [
        'ssin', 'begin_date', 'end_date', 'insuring_organization', 'mutuality', 'registration_number', 'ct1', 'ct2', 'holder_ssin',
        'reimbursement_right', 'paying_third_party', 'complementary_insurance',
      ]),
      maf: insert('nic_maf', ['ssin', 'year', 'insuring_organization']),
      increased: insert('nic_increased_intervention', ['ssin', 'begin_date', 'end_date']),
      medicalHouse: insert('nic_medical_house', ['ssin', 'begin_date', 'end_date', 'insuring_organization', 'doctor', 'kine', 'nurse']),
      gmd: insert('nic_gmd', ['ssin', 'begin_date', 'end_date', 'provider', 'insuring_organization']),
    };
  }

  insurability(row: New<Insurability>): void {
    this.stmts.insurability.run(row);
  }
  maf(row: New<MafYear>): void {
    this.stmts.maf.run(row);
  }
  increasedIntervention(row: New<DatedRow>): void {
    this.stmts.increased.run(row);
  }
  medicalHouse(row: New<MedicalHouse>): void {
    this.stmts.medicalHouse.run(row);
  }
  gmd(row: New<GlobalMedicalFile>): void {
    this.stmts.gmd.run(row);
  }
}
