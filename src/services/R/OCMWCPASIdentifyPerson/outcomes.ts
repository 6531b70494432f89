import { type PersonaOutcome, operationOutcomes, serviceOutcomes } from '../../../personas/outcome';

/** R04 IdentifyPerson (classic): bySSIN needs no integration. */
const r04 = serviceOutcomes('R04');
const bySsin = operationOutcomes('R04', 'bySSIN');

/** Janssens, born in March 1985, with a tolerance of one month. */
const JANSSENS = { LastName: 'Janssens', BirthDate: '1985-03-00', Tolerance: '1' };

export const OUTCOMES: PersonaOutcome[] = [
  r04('standard', 'bySSIN', 'YES', '0', 'Found with Basic data and the Gent address (Dampoortstraat 87).'),
  r04('standard', 'bySSIN', 'YES', '12007001', 'SIS card 6012345678 validates her: Extended data (identity card 592123456789 or PersonData Claes / 1985-06-12 do too).', { include: ['VerificationData', 'SISCardNumber'], exclude: ['PersonData'], values: { SISCardNumber: '6012345678' } }),
  r04('not-integrated', 'bySSIN', 'YES', '0', 'Found: identification needs no integration.'),
  ...bySsin.each(['integration-expired', 'insertion-allowance-ended', 'employed', 'family', 'phonetic-ambiguous'], 'YES', '0', 'Found.'),
  r04('deceased', 'bySSIN', 'YES', '0', 'Found; once validated (PersonData Lambert / 1948-04-30) Extended data carries DeceaseDate 2025-06-14 and CivilState 30.'),
  r04('replaced-ssin', 'bySSIN', 'NO', '31000021', 'SSIN replaced, with the new SSIN 82071595971.'),
  r04('cancelled-ssin', 'bySSIN', 'NO', '31000022', 'SSIN cancelled.'),
  r04('bis-person', 'bySSIN', 'YES', '0', 'Found with origin BCSS_KSZ and the BIS register address in Gent (Dampoortstraat 44).'),
  r04('unknown-ssin', 'bySSIN', 'NO', '31000020', 'SSIN unknown.'),
  r04('phonetic-ambiguous', 'byPhoneticCriteria', 'YES', '0', 'Janssens / 1985-03-00 with Tolerance 1 returns Marie Janssens, Maria Janssen and Marie Jansens.', { include: ['Tolerance'], exclude: ['FirstName'], values: JANSSENS }),
  r04('phonetic-ambiguous', 'byPhoneticCriteria', 'NO', '39007005', 'The same search with Maximum 2: more matches than Maximum.', { include: ['Tolerance'], exclude: ['FirstName'], values: { ...JANSSENS, Maximum: '2' } }),
  r04('phonetic-ambiguous', 'byPhoneticCriteria', 'YES', '0', 'The same search with FirstName Maria leaves only Maria Janssen.', { include: ['Tolerance'], values: { ...JANSSENS, FirstName: 'Maria' } }),
];
