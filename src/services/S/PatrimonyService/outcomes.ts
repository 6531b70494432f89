import { type OutcomeRequest, type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/**
 * S11 PatrimonyService v1: what it answers each persona, as OCMW Gent's social worker with the
 * explorer's sample request (co-owners listed, the rights held today unless a line says otherwise).
 * The enterprise operations ask about the persona enterprise (src/sources/cadastre/personas.ts),
 * whoever the persona: their request names no person.
 */
const person = operationOutcomes('S11', 'consultImmovableProperties');
const enterprise = operationOutcomes('S11', 'consultEnterpriseImmovableProperties');
const divisions = operationOutcomes('S11', 'findDivisionByEnterpriseNumber');
const FULL_HISTORY: OutcomeRequest = { include: ['fullHistory'], values: { fullHistory: 'true' } };
const period = (beginDate: string, endDate: string): OutcomeRequest => ({ include: ['period', 'endDate'], values: { 'period/beginDate': beginDate, 'period/endDate': endDate } });

export const OUTCOMES: PersonaOutcome[] = [
  ...person.each(['self-employed', 'self-employed-pre-2003', 'posted-worker', 'student-interim'], 'NO_DATA_FOUND', 'MSG00100', 'No right on a property in the cadastre today.'),
  person('property-owner', 'DATA_FOUND', 'MSG00000', 'Two properties today: half her house in Gent (full ownership, with her husband) and half the bare ownership of a flat in Oostende (her brother the other half, their mother the usufruct).'),
  person('property-owner', 'DATA_FOUND', 'MSG00000', 'Full history: also the Gent studio she owned 2001-06-01..2012-03-14.', FULL_HISTORY),
  person('property-owner', 'DATA_FOUND', 'MSG00000', 'Asked for 2005..2010: only the studio.', period('2005-01-01', '2010-12-31')),
  person('property-owner', 'NO_RESULT', 'MSG00008', 'A period whose endDate lies before its beginDate: information names searchCriteria/period.', period('2020-01-01', '2019-01-01')),
  person('property-owner', 'DATA_FOUND', 'MSG00000', 'The financial director, under PCSA:DEBT_RECOVERY: the same two properties.', { role: 'FINANCIAL_DIRECTOR' }),
  person('property-owner', 'NO_RESULT', 'MSG00013', 'Administrative staff: no row gives them patrimony data (role refused).', { role: 'ADMIN_STAFF' }),
  person('family', 'DATA_FOUND', 'MSG00000', 'Half of the house at Brugsesteenweg 58, Gent, since 2011; his wife holds the other half.'),
  ...person.each(['standard', 'employed', 'bis-person', 'insertion-allowance-ended', 'deceased'], 'NO_DATA_FOUND', 'MSG00100', 'The cadastre knows no right of theirs.'),
  ...sharedCheckOutcomes(person, { channel: 'new', finality: true }),
  enterprise('standard', 'DATA_FOUND', 'MSG00000', 'The persona enterprise in division 44007 (GENT 7 AFD): its warehouse at Dampoortstraat 190.'),
  enterprise('standard', 'NO_DATA_FOUND', 'MSG00100', 'Division 35004 (OOSTENDE 3 AFD): its building land there was sold in 2022.', { values: { division: '35004' } }),
  enterprise('standard', 'DATA_FOUND', 'MSG00000', 'Division 35004 with the full history: the building land, 2015-02-01..2022-09-30.', { ...FULL_HISTORY, values: { division: '35004', fullHistory: 'true' } }),
  enterprise('standard', 'NO_RESULT', 'MSG00008', 'An enterprise number whose check digits are wrong: information names searchCriteria/enterpriseNumber.', { values: { enterpriseNumber: '0876543271' } }),
  divisions('standard', 'DATA_FOUND', 'MSG00000', 'One division today: 44007 (GENT 7 AFD).'),
  divisions('standard', 'DATA_FOUND', 'MSG00000', 'With history: 35004 (OOSTENDE 3 AFD) and 44007.', { include: ['history'], values: { history: 'true' } }),
  divisions('standard', 'NO_DATA_FOUND', 'MSG00100', 'An enterprise that holds no right (OCMW Gent itself, 0244021019).', { values: { enterpriseNumber: '0244021019' } }),
];
