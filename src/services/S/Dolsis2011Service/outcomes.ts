import { type OutcomeRequest, type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';
import { PERSONA_EMPLOYERS } from '../../../sources/rsz/personas';

/**
 * Dolsis2011Service v1: S01 findEmployersByWorker, S02 getEmploymentDetail, S03 getEmployerDetail.
 * The person must be integrated by the caller (OCMW Gent) on the request date. Requests carry
 * securityContext {WELFARE, the legal context, Agent}; S02 asks for 2025Q2 with the persona's
 * employer (samples.ts) unless a line says otherwise.
 */
const s01 = operationOutcomes('S01', 'findEmployersByWorker');
const s02 = operationOutcomes('S02', 'getEmploymentDetail');
const s03 = operationOutcomes('S03', 'getEmployerDetail');

const inPeriod = (scope: 'activeInPeriod' | 'mutations', beginDate: string, endDate?: string): OutcomeRequest => ({
  include: ['period', ...(endDate ? ['endDate'] : [])],
  values: { scope, 'period/beginDate': beginDate, ...(endDate ? { 'period/endDate': endDate } : {}) },
});
const quarter = (q: string, nbrOfQuarters?: string): OutcomeRequest => ({
  values: { quarter: q, ...(nbrOfQuarters ? { nbrOfQuarters } : {}) },
  ...(nbrOfQuarters ? { include: ['nbrOfQuarters'] } : {}),
});
const E = PERSONA_EMPLOYERS;

export const OUTCOMES: PersonaOutcome[] = [
  // S01 findEmployersByWorker
  s01('employed', 'DATA_FOUND', 'MSG00000', `Scope active: Logistiek Gent BV (NOSS ${E.logistiek.noss_number}), full time since 2019-04-01, joint committee 200.`),
  s01('employed', 'DATA_FOUND', 'MSG00000', 'Administrative staff see who employs him (no wages).', { role: 'ADMIN_STAFF' }),
  s01('employed', 'DATA_FOUND', 'MSG00000', 'The financial director, under PCSA:DEBT_RECOVERY: the debtor\'s employer.', { role: 'FINANCIAL_DIRECTOR' }),
  s01('employed', 'NO_RESULT', 'MSG00013', 'Dolsis role Monitoring: an OCMW consults as Agent only (information names securityContext/role).', { values: { 'securityContext/role': 'Monitoring' } }),
  s01('standard', 'NO_DATA_FOUND', 'MSG00100', 'Scope active: her part-time job ended on 2023-02-28.'),
  s01('standard', 'DATA_FOUND', 'MSG00000', 'Scope activeInPeriod from 2019-01-01: Schoonmaak Vlaanderen NV, part time, 2019-02-01..2023-02-28 (ended).', inPeriod('activeInPeriod', '2019-01-01')),
  s01('standard', 'DATA_FOUND', 'MSG00000', 'Scope mutations in 2023: the same employment, which ended on 2023-02-28.', inPeriod('mutations', '2023-01-01', '2023-12-31')),
  s01('standard', 'NO_RESULT', 'MSG00008', 'Scope activeInPeriod without a period: information names criteria/period.', { values: { scope: 'activeInPeriod' } }),
  s01('deceased', 'NO_DATA_FOUND', 'MSG00100', 'Scope active: no employment (retired in 2013, deceased 2025-06-14).'),
  s01('deceased', 'NO_DATA_FOUND', 'MSG00100', 'Scope activeInPeriod from 2025-06-15: nothing after his death.', inPeriod('activeInPeriod', '2025-06-15')),
  s01('deceased', 'DATA_FOUND', 'MSG00000', 'Scope activeInPeriod from 2010-01-01: Textiel Gent NV, 1990-01-01..2013-04-30.', inPeriod('activeInPeriod', '2010-01-01')),
  s01('student-interim', 'NO_DATA_FOUND', 'MSG00100', 'Scope active: no job now.'),
  s01('student-interim', 'DATA_FOUND', 'MSG00000', 'Scope activeInPeriod from 2024-01-01: four periods, student (STU) in the summers of 2024 and 2025, interim (IVT, Interim Plus NV) 2024-10-07..2024-12-20 and 2025-02-03..2025-05-30.', inPeriod('activeInPeriod', '2024-01-01')),
  s01('student-interim', 'DATA_FOUND', 'MSG00000', 'Scope mutations in 2025: the second interim period and the 2025 student job.', inPeriod('mutations', '2025-01-01', '2025-12-31')),
  ...s01.each(['self-employed', 'self-employed-pre-2003', 'property-owner'], 'NO_DATA_FOUND', 'MSG00100', 'Scope active: no Dimona employment (self-employed, retired, or without occupation).'),
  s01('posted-worker', 'NO_DATA_FOUND', 'MSG00100', 'Posted by his Polish employer: Limosa knows him, Dimona does not.'),
  ...sharedCheckOutcomes(s01, { channel: 'new', finality: true }),

  // S02 getEmploymentDetail
  s02('employed', 'DATA_FOUND', 'MSG00000', 'Logistiek Gent BV, 2025Q2: the employment since 2019-04-01 and one DmfA quarter (worker code 495, 65 days, 9450.00 euro, fraction 1.00).'),
  s02('employed', 'DATA_FOUND', 'MSG00000', '2025Q3 and the three quarters before it: four DmfA quarters.', quarter('2025Q3', '4')),
  s02('employed', 'NO_DATA_FOUND', 'MSG00100', '2018Q4: before he worked there.', quarter('2018Q4')),
  s02('employed', 'NO_RESULT', 'MSG00013', 'Administrative staff: no row gives them wages (role refused).', { role: 'ADMIN_STAFF' }),
  s02('employed', 'NO_RESULT', 'MSG00013', 'The financial director: no row gives wages for recovery (role refused).', { role: 'FINANCIAL_DIRECTOR' }),
  s02('standard', 'DATA_FOUND', 'MSG00000', 'Schoonmaak Vlaanderen NV, 2022Q4: the ended part-time employment, DmfA fraction 0.50.', quarter('2022Q4')),
  s02('standard', 'NO_DATA_FOUND', 'MSG00100', '2025Q2: her employment ended in 2023.'),
  s02('deceased', 'NO_DATA_FOUND', 'MSG00100', 'Textiel Gent NV, 2025Q2: nothing (his employment ended in 2013).'),
  s02('student-interim', 'DATA_FOUND', 'MSG00000', 'Interim Plus NV, 2025Q2: the interim period 2025-02-03..2025-05-30 (IVT) and its DmfA quarter (worker code 015).'),
  ...sharedCheckOutcomes(s02, { channel: 'new', finality: true }),

  // S03 getEmployerDetail
  s03('employed', 'DATA_FOUND', 'MSG00000', `By NOSS number ${E.logistiek.noss_number}: Logistiek Gent BV, KBO ${E.logistiek.cbe_number}, Dampoortstraat 14, 9000 Gent, joint committee 200, NACE 52100.`),
  s03('employed', 'DATA_FOUND', 'MSG00000', 'Administrative staff: the employer\'s file.', { role: 'ADMIN_STAFF' }),
  s03('employed', 'DATA_FOUND', 'MSG00000', 'The financial director, under PCSA:DEBT_RECOVERY: the employer\'s address.', { role: 'FINANCIAL_DIRECTOR' }),
  s03('standard', 'DATA_FOUND', 'MSG00000', `By NOSS number ${E.schoonmaak.noss_number}: Schoonmaak Vlaanderen NV, her former employer.`),
  s03('student-interim', 'DATA_FOUND', 'MSG00000', `By NOSS number ${E.interim.noss_number}: Interim Plus NV (joint committee 322, NACE 78200).`),
  s03('self-employed', 'DATA_FOUND', 'MSG00000', `By his SSIN: Bakkerij Demeulenaere (NOSS ${E.bakkerij.noss_number}, legal form NP), the one-person business he is registered as an employer with.`, { exclude: ['nossRegistrationNbr', 'cbeNumber', 'vatNumber'] }),
  ...['self-employed-pre-2003', 'posted-worker', 'property-owner', 'deceased'].map((p) => s03(p, 'NO_DATA_FOUND', 'MSG00100', 'By the SSIN: not registered as an employer.', { exclude: ['nossRegistrationNbr', 'cbeNumber', 'vatNumber'] })),
  s03('replaced-ssin', 'NO_RESULT', 'MSG00006', 'By the old SSIN: the reply names the new one.', { exclude: ['nossRegistrationNbr', 'cbeNumber', 'vatNumber'] }),
  s03('employed', 'NO_DATA_FOUND', 'MSG00100', 'By his SSIN: an employee is no employer.', { exclude: ['nossRegistrationNbr', 'cbeNumber', 'vatNumber'] }),
  s03('employed', 'NO_DATA_FOUND', 'MSG00100', 'A NOSS number the repertory does not know (0000000097).', { values: { nossRegistrationNbr: '0000000097' } }),
];

const s05find = operationOutcomes('S05', 'findPostedWorkers');
const s05detail = operationOutcomes('S05', 'getPostedWorkerDetail');
const s06find = operationOutcomes('S06', 'findPostingDocuments');
const s06detail = operationOutcomes('S06', 'getPostingDocumentDetail');

/** Limosa (S05) and posting documents (S06): the posted-worker persona's postings, by his SSIN. */
export const POSTING_OUTCOMES: PersonaOutcome[] = [
  s05find('posted-worker', 'DATA_FOUND', 'MSG00000', 'Two Limosa declarations: Budowa Nowak Sp. z o.o. (Poland) for Bouw Gent NV, 2024-04-01..2024-09-30 and 2026-03-02..2027-03-01.'),
  s05find('posted-worker', 'DATA_FOUND', 'MSG00000', 'postingPeriod from 2026-01-01: the current posting only.', { include: ['postingPeriod'], values: { 'postingPeriod/beginDate': '2026-01-01' } }),
  s05find('posted-worker', 'NO_RESULT', 'MSG00013', 'Administrative staff: no row gives them Limosa (role refused).', { role: 'ADMIN_STAFF' }),
  s05find('employed', 'NO_DATA_FOUND', 'MSG00100', 'Not a posted worker: no Limosa declaration.'),
  ...s05find.each(['self-employed', 'self-employed-pre-2003', 'property-owner', 'student-interim', 'deceased'], 'NO_DATA_FOUND', 'MSG00100', 'Not a posted worker: no Limosa declaration.'),
  ...sharedCheckOutcomes(s05find, { channel: 'new', finality: true }),
  s05detail('posted-worker', 'DATA_FOUND', 'MSG00000', 'LIMOSA-2026-0012876: the current posting, work place Gent, masonry.'),
  s05detail('employed', 'NO_DATA_FOUND', 'MSG00100', 'LIMOSA-2026-0012876 is not his declaration.'),
  s06find('posted-worker', 'DATA_FOUND', 'MSG00000', 'Two A1 forms issued by Poland (139), one per posting.'),
  s06find('employed', 'NO_DATA_FOUND', 'MSG00100', 'No posting document.'),
  ...s06find.each(['self-employed', 'self-employed-pre-2003', 'property-owner', 'deceased'], 'NO_DATA_FOUND', 'MSG00100', 'No posting document.'),
  ...sharedCheckOutcomes(s06find, { channel: 'new', finality: true }),
  s06detail('posted-worker', 'DATA_FOUND', 'MSG00000', 'PL-A1-2026-004512: A1, Poland, 2026-03-02..2027-03-01, VALID, employer Budowa Nowak Sp. z o.o.'),
  s06detail('student-interim', 'NO_DATA_FOUND', 'MSG00100', 'PL-A1-2026-004512 is not her document.'),
];
