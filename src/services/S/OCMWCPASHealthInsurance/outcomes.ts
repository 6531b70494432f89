import { type PersonaOutcome, type OutcomeRequest, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';
import { ocmwCbe, MUNICIPALITIES } from '../../../../fixtures/organisations';
import { WALLOON_PERSONA_OCMW_NIS } from '../../../../fixtures/personas';

/**
 * S09 OCMWCPASHealthInsurance (classic): the person integrated by the caller (OCMW Gent); unless
 * a line says otherwise the period asked is 2024-01-01..2026-12-31. The insurability is the S08
 * data of the same persona, the indemnity the S18 attests (those begun by the emulator's clock).
 */
const assurability = operationOutcomes('S09', 'Assurability');
const indemnity = operationOutcomes('S09', 'Indemnity', { include: ['Indemnity'] });
const period = (StartDate: string, EndDate: string): OutcomeRequest => ({ values: { StartDate, EndDate } });
const liege: OutcomeRequest = { organisation: ocmwCbe(MUNICIPALITIES.find((m) => m.nis === WALLOON_PERSONA_OCMW_NIS)!) };
/** The social-database personas insured at a mutuality (NIC files as in the repertory). */
const insured = ['disabled-adult', 'large-family', 'pensioner', 'jobseeker-flanders', 'incapacity', 'newcomer', 'social-tenant'] as const;
const noIndemnity = ['disabled-adult', 'large-family', 'pensioner', 'jobseeker-flanders', 'newcomer', 'social-tenant', 'employed', 'family'] as const;

export const OUTCOMES: PersonaOutcome[] = [
  assurability('standard', 'YES', '0', 'The yearly insurability periods at CM (100/121) of 2024-2026: CT1/CT2 110/110 in 2024, 111/111 (increased intervention) from 2025-01-01.'),
  assurability('employed', 'YES', '0', 'Socialist mutuality 300/306 since 2005-12-01, CT1/CT2 110/110.'),
  assurability('family', 'YES', '0', 'CM 100/121, 111/111 from 2025-03-01 (increased intervention).'),
  assurability('deceased', 'YES', '0', 'CM as a pensioner (CT1/CT2 131/131) up to his death on 2025-06-14.'),
  assurability('deceased', 'YES', '19009001', 'Asked for 2025-07-01..2026-12-31: no insurability after his death (INFORMATION).', period('2025-07-01', '2026-12-31')),
  assurability('bis-person', 'YES', '19009001', 'Asked for 2020-01-01..2021-12-31: not insured before 2022-06-01 (INFORMATION).', period('2020-01-01', '2021-12-31')),
  assurability('standard', 'NO', '31000005', 'An EndDate before the StartDate.', period('2025-01-01', '2024-01-01')),
  assurability('standard', 'YES', '0', 'Administrative staff may see the insurability.', { role: 'ADMIN_STAFF' }),
  indemnity('standard', 'YES', '19009002', 'No sickness, invalidity or maternity benefit period in 2024-2026: INFORMATION.'),
  indemnity('incapacity', 'YES', '0', 'CM 100/121: primary incapacity 2025-11-17..2026-11-16 (60 %, 50.77 a day), invalidity from 2026-11-17 (55 %, 46.54 a day).', { now: '2026-11-20T10:00:00Z' }),
  indemnity('incapacity', 'YES', '0', 'On 2026-11-16: the primary incapacity only (the invalidity has not begun).', { now: '2026-11-16T10:00:00Z' }),
  indemnity('incapacity', 'YES', '19009002', 'Asked for 2024-01-01..2025-11-16: she still worked (INFORMATION).', { now: '2026-11-20T10:00:00Z', ...period('2024-01-01', '2025-11-16') }),
  ...indemnity.each(noIndemnity, 'YES', '19009002', 'No sickness, invalidity or maternity benefit period in 2024-2026 (INFORMATION).'),
  indemnity('jobseeker-wallonia', 'YES', '19009002', 'Asked by CPAS Liège: no benefit period (INFORMATION).', liege),
  indemnity('standard', 'NO', '39000013', 'Administrative staff may not ask for benefits (no row).', { role: 'ADMIN_STAFF' }),
  ...assurability.each(['self-employed', 'self-employed-pre-2003', 'posted-worker', 'property-owner', 'student-interim'], 'YES', '19009001', 'No insurability file for this persona in the emulated NIC (INFORMATION).'),
  ...assurability.each(insured, 'YES', '0', 'Insured at a mutuality over 2024-2026 (the NIC file S08 answers too).'),
  assurability('jobseeker-wallonia', 'YES', '0', 'Asked by CPAS Liège: liberal mutuality 400/403, increased intervention since 2025-01-01.', liege),
  assurability('jobseeker-wallonia', 'NO', '39000012', 'Asked by Gent: she is integrated by CPAS Liège only.'),
  ...sharedCheckOutcomes(assurability, { channel: 'classic', finality: true }),
];
