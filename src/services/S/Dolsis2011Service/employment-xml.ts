import type { XmlObject } from '../../../xml/build';
import type { DmfaQuarter, Employer, Employment } from '../../../sources/rsz';

/** An employer as an employment names it (msg:EmployerReferenceType). */
export function employerReference(e: Pick<Employment, 'noss_number' | 'employer_cbe' | 'employer_name'>): XmlObject {
  return { nossRegistrationNbr: e.noss_number, cbeNumber: e.employer_cbe, name: e.employer_name };
}

/** One Dimona period (msg:EmploymentType); a running one has no endDate. */
export function employmentXml(e: Employment): XmlObject {
  return {
    employer: employerReference(e),
    beginDate: e.begin_date,
    endDate: e.end_date ?? undefined,
    workerType: e.worker_type,
    jointCommittee: e.joint_committee,
    workingTimeRegime: e.work_regime,
  };
}

/** One DmfA quarter (msg:DmfaRecordType). */
export function dmfaXml(q: DmfaQuarter): XmlObject {
  return {
    quarter: q.quarter,
    workerCode: q.worker_code,
    days: q.days,
    wageAmount: q.wage_amount.toFixed(2),
    workingTimeFraction: q.working_time_fraction.toFixed(2),
  };
}

/** The employer repertory's row (msg:EmployerType); the VAT number is BE + the enterprise number. */
export function employerXml(e: Employer): XmlObject {
  return {
    nossRegistrationNbr: e.noss_number,
    cbeNumber: e.cbe_number,
    vatNumber: `BE${e.cbe_number}`,
    name: e.name,
    legalForm: e.legal_form,
    address: { street: e.street, houseNumber: e.house_number, postalCode: e.postal_code, municipality: e.municipality, countryCode: '150' },
    jointCommittee: e.joint_committee,
    naceCode: e.nace_code,
    registrationDate: e.registration_date,
    naturalPersonSsin: e.owner_ssin ?? undefined,
  };
}
