import { type PersonaOutcome, operationOutcomes } from '../../../personas/outcome';

/** R10 SSINInformationService: answers for replaced and cancelled numbers too; no integration needed. */
const r10 = operationOutcomes('R10', 'consultSsinHistory');
const ACTIVE_RR_PERSONAS = ['standard', 'not-integrated', 'integration-expired', 'insertion-allowance-ended', 'employed', 'family', 'phonetic-ambiguous'];

export const OUTCOMES: PersonaOutcome[] = [
  ...r10.each(ACTIVE_RR_PERSONAS, 'DATA_FOUND', 'MSG00000', 'One NATIONAL_REGISTER record, ACTIVE.'),
  r10('deceased', 'DATA_FOUND', 'MSG00000', 'One NATIONAL_REGISTER record.'),
  r10('replaced-ssin', 'DATA_FOUND', 'MSG00000', 'From either number: BIS 82270095979 REPLACED 2020-10-01, then 82071595971 ACTIVE; current number 82071595971.'),
  r10('cancelled-ssin', 'DATA_FOUND', 'MSG00000', 'CANCELED 2022-04-04, no current number.'),
  r10('bis-person', 'DATA_FOUND', 'MSG00000', 'One BIS_REGISTER record, ACTIVE, issued 2022-05-02.'),
  r10('unknown-ssin', 'NO_RESULT', 'MSG00005', 'SSIN unknown.'),
];
