import { Db, rowWriter } from '../../store/db';
import type { DatedRow, GlobalMedicalFile, Incapacity, Insurability, MafYear, MedicalHouse } from './reader';

type New<T> = Omit<T, 'id'>;

/** Writes NIC rows (the seed), one writer per table. */
export function nicWriter(db: Db) {
  return {
    insurability: rowWriter<New<Insurability>>(db, 'nic_insurability', [
      'ssin', 'begin_date', 'end_date', 'insuring_organization', 'mutuality', 'registration_number', 'ct1', 'ct2', 'holder_ssin',
      'reimbursement_right', 'paying_third_party', 'complementary_insurance',
    ]),
    maf: rowWriter<New<MafYear>>(db, 'nic_maf', ['ssin', 'year', 'insuring_organization']),
    increasedIntervention: rowWriter<New<DatedRow>>(db, 'nic_increased_intervention', ['ssin', 'begin_date', 'end_date']),
    medicalHouse: rowWriter<New<MedicalHouse>>(db, 'nic_medical_house', ['ssin', 'begin_date', 'end_date', 'insuring_organization', 'doctor', 'kine', 'nurse']),
    gmd: rowWriter<New<GlobalMedicalFile>>(db, 'nic_gmd', ['ssin', 'begin_date', 'end_date', 'provider', 'insuring_organization']),
    incapacity: rowWriter<New<Incapacity>>(db, 'nic_incapacity', [
      'ssin', 'kind', 'begin_date', 'end_date', 'insuring_organization', 'mutuality', 'reference_daily_wage', 'percentage', 'daily_gross_amount',
    ]),
  };
}

export type NicWriter = ReturnType<typeof nicWriter>;
