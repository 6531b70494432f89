import { type OutcomeRequest, type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/**
 * S10 TaxAssessmentDataService (v2 consultTaxAssessmentData, v1 getTaxAssessmentData): needs the
 * person integrated by the caller (OCMW Gent). The emulator's clock is set to 2026-11-16 for every
 * line (an assessment exists once it is established: the 2025 assessments of the self-employed
 * and of the deceased come later). Unless a line says otherwise v2 asks the MOST_RECENT income
 * year of the last three and every fiscal data element.
 */
const NOW: OutcomeRequest = { now: '2026-11-16T10:00:00Z' };
const v2 = operationOutcomes('S10', 'consultTaxAssessmentData', NOW);
const v1 = operationOutcomes('S10', 'getTaxAssessmentData', NOW);
const year = (y: number): OutcomeRequest => ({ values: { year: String(y) }, include: ['year'] });
const selection = (kind: 'element' | 'group', name: string): OutcomeRequest => ({ values: { [kind]: name }, include: ['fiscalDataSelection', `${kind}s`, kind] });

export const OUTCOMES: PersonaOutcome[] = [
  v2('employed', 'DATA_FOUND', 'MSG00000', 'Income year 2025 (SINGULAR): DmfA wages 37,800 give taxable salaries 32,860, flat expenses capped at 5,930, global taxable income 26,930.'),
  v2('employed', 'DATA_FOUND', 'MSG00000', 'Income year 2021 asked: the same wages, expenses capped at 4,810.', year(2021)),
  v2('employed', 'NO_DATA_FOUND', 'MSG00100', 'Income year 2019 asked: before the first income year the source holds (2021).', year(2019)),
  v2('employed', 'DATA_FOUND', 'MSG00000', 'Administrative staff: only the ASSESSMENT and CHILDREN_DEPENDENT groups, no income.', { role: 'ADMIN_STAFF' }),
  v2('employed', 'NO_RESULT', 'MSG00013', 'Administrative staff asking only the GLOBAL_TAXABLE_INCOME group: no row gives it to them.', { role: 'ADMIN_STAFF', ...selection('group', 'GLOBAL_TAXABLE_INCOME') }),
  v2('employed', 'NO_RESULT', 'MSG00008', 'An element the vocabulary does not know: information names it.', selection('element', 'NO_SUCH_ELEMENT')),
  v2('standard', 'DATA_FOUND', 'MSG00000', 'Income year 2025: a nil assessment (the leefloon since 2025 is not taxable).'),
  v2('standard', 'DATA_FOUND', 'MSG00000', 'Income year 2023 asked: DmfA wages to the spring, then RVA unemployment benefits 15,276.', year(2023)),
  v2('insertion-allowance-ended', 'DATA_FOUND', 'MSG00000', 'Income year 2025: the insertion allowance of January to March (3,473), then the leefloon.'),
  v2('family', 'DATA_FOUND', 'MSG00000', 'Income year 2025: a joint nil assessment (the head PRIMARY, his wife SECONDARY as relatedFiscalPerson), two dependent children.'),
  v2('family', 'DATA_FOUND', 'MSG00000', 'Administrative staff see the two dependent children (communal information).', { role: 'ADMIN_STAFF' }),
  v2('self-employed', 'DATA_FOUND', 'MSG00000', 'Income year 2025 (assessed 2026-10-18): self-employed profit 24,798 from the RSVZ contributions.'),
  v2('self-employed-pre-2003', 'NO_DATA_FOUND', 'TAXA0007', 'Retired since 2015 with no income the emulated sources know: no assessment of the last three years.'),
  v2('deceased', 'DATA_FOUND', 'MSG00000', 'Income year 2024 (the 2025 assessment of the year of his death is established on 2026-12-29 only).'),
  v2('deceased', 'NO_DATA_FOUND', 'MSG00100', 'Income year 2025 asked: not established yet.', year(2025)),
  v2('property-owner', 'DATA_FOUND', 'MSG00000', 'Income year 2025: joint assessment with her husband, she is PRIMARY with 4,200 foreign real-estate income (a rented flat in Spain).'),
  v2('property-owner', 'DATA_FOUND', 'MSG00000', 'The financial director, under PCSA:DEBT_RECOVERY: the assessment and the incomes, not the dependants.', { role: 'FINANCIAL_DIRECTOR', legalContext: 'PCSA:DEBT_RECOVERY' }),
  v2('student-interim', 'DATA_FOUND', 'MSG00000', 'Income year 2025: student and interim wages (salaries 8,500).'),
  v2('bis-person', 'NO_DATA_FOUND', 'TAXA0007', 'A BIS person: no Belgian tax assessment.'),
  v2('posted-worker', 'NO_DATA_FOUND', 'TAXA0007', 'Posted from Poland (BIS number): taxed there, no Belgian assessment.'),
  ...sharedCheckOutcomes(v2, { channel: 'new', finality: true }),
  v1('employed', 'DATA_FOUND', 'MSG00000', 'NET_INCOME of income year 2025: ipcal items 1250 (salaries 32,860), 1258 (expenses 5,930), 1290 and 1770.'),
  v1('property-owner', 'DATA_FOUND', 'MSG00000', 'Joint assessment of 2025: her items as 1xxx (1130 foreign real-estate income 4,200), none for her husband.'),
  v1('self-employed-pre-2003', 'NO_DATA_FOUND', 'TAXA0007', 'No assessment of the last three income years.'),
  v1('employed', 'NO_RESULT', 'MSG00013', 'Administrative staff: no row gives them the net income.', { role: 'ADMIN_STAFF' }),
];
