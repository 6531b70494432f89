import { type OutcomeRequest, type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/**
 * S07 SelfEmployedService (both versions; consultCareerAndContributions is v1 only): needs the
 * person integrated by the caller (OCMW Gent). Unless a line says otherwise the career is asked
 * from 2000-01-01 (open end: up to today) and the contributions for 2024Q1..2026Q4.
 */
const career = operationOutcomes('S07', 'consultCareer');
const contributions = operationOutcomes('S07', 'consultContributions');
const both = operationOutcomes('S07', 'consultCareerAndContributions');
const fromDate = (beginDate: string, endDate?: string): OutcomeRequest => ({ values: { beginDate, ...(endDate ? { endDate } : {}) }, ...(endDate ? { include: ['endDate'] } : {}) });
const quarters = (beginQuarter: string, endQuarter: string): OutcomeRequest => ({ values: { beginQuarter, endQuarter } });

const NO_CAREER = 'No self-employed career known at RSVZ (SES00100), on every operation.';

export const OUTCOMES: PersonaOutcome[] = [
  career('self-employed', 'DATA_FOUND', 'MSG00000', 'Main occupation since 2011-03-01 (fund Liantis), a sickness period assimilated 2019-10-01..2020-03-31, running again since 2020-04-01.'),
  career('self-employed', 'DATA_FOUND', 'MSG00000', 'Administrative staff may see the career (not the contributions).', { role: 'ADMIN_STAFF' }),
  career('self-employed', 'NO_RESULT', 'MSG00013', 'The financial director: contributions only (role refused).', { role: 'FINANCIAL_DIRECTOR', legalContext: 'PCSA:DEBT_RECOVERY' }),
  career('self-employed', 'NO_RESULT', 'MSG00008', 'An endDate before the beginDate: information names the period.', fromDate('2020-01-01', '2019-01-01')),
  contributions('self-employed', 'DATA_FOUND', 'MSG00000', 'Main-occupation contributions 2024Q1..2026Q3: paid up to 2026Q1, 2026Q2 and 2026Q3 UNPAID with their outstanding amount (arrears).'),
  contributions('self-employed', 'DATA_FOUND', 'MSG00000', 'The financial director, under PCSA:DEBT_RECOVERY: the same contributions and arrears.', { role: 'FINANCIAL_DIRECTOR' }),
  contributions('self-employed', 'NO_RESULT', 'MSG00013', 'Administrative staff: no row gives them contributions (role refused).', { role: 'ADMIN_STAFF' }),
  contributions('self-employed', 'DATA_FOUND', 'MSG00000', '2020Q2 paid late (2020-09-14); 2019Q4 and 2020Q1 absent (assimilated sickness: no contribution).', quarters('2019Q3', '2020Q2')),
  both('self-employed', 'DATA_FOUND', 'MSG00000', 'The career and the contributions with the arrears of 2026Q2 and 2026Q3 (v1).'),
  career('self-employed-pre-2003', 'DATA_FOUND', 'MSG00000', 'Asked from 1970-01-01: main occupation 1974-09-01..2015-02-28 (fund UCM), sickness assimilated in the first half of 1996.', fromDate('1970-01-01')),
  contributions('self-employed-pre-2003', 'NO_DATA_FOUND', 'MSG00100', 'Retired since 2015-03-01: no contribution since.'),
  contributions('self-employed-pre-2003', 'NO_DATA_FOUND', 'MSG00100', 'Asked for 1990Q1..2002Q4: RSVZ keeps contributions per quarter from 2003 on (modelled).', quarters('1990Q1', '2002Q4')),
  contributions('self-employed-pre-2003', 'DATA_FOUND', 'MSG00000', 'Asked for 2010Q1..2015Q4: every quarter up to 2015Q1 paid.', quarters('2010Q1', '2015Q4')),
  both('self-employed-pre-2003', 'DATA_FOUND', 'MSG00000', 'The career (since 2000: the period up to 2015-02-28), no contributions since 2024 (v1).'),
  career('deceased', 'DATA_FOUND', 'MSG00000', 'Main occupation until his pension (2013-04-30), then complementary as a pensioner until his death (2025-06-14).'),
  career('deceased', 'NO_DATA_FOUND', 'MSG00100', 'Asked from 2025-07-01: nothing after his death.', fromDate('2025-07-01')),
  contributions('deceased', 'DATA_FOUND', 'MSG00000', 'Complementary contributions 2024Q1..2025Q2, none after his death.'),
  career('employed', 'NO_DATA_FOUND', 'SES00100', 'An employee (Dimona), never self-employed: no career at RSVZ.'),
  contributions('employed', 'NO_DATA_FOUND', 'SES00100', NO_CAREER),
  both('employed', 'NO_DATA_FOUND', 'SES00100', NO_CAREER),
  ...career.each(['standard', 'family', 'insertion-allowance-ended', 'bis-person', 'posted-worker', 'property-owner', 'student-interim'], 'NO_DATA_FOUND', 'SES00100', NO_CAREER),
  ...sharedCheckOutcomes(career, { channel: 'new', finality: true }),
];
