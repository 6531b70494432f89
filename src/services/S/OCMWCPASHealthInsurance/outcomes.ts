import { type PersonaOutcome, type OutcomeRequest, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/**
 * S09 OCMWCPASHealthInsurance (classic): the person integrated by the caller (OCMW Gent); unless
 * a line says otherwise the period asked is 2024-01-01..2026-12-31. The insurability is the S08
 * data of the same persona.
 */
const assurability = operationOutcomes('S09', 'Assurability');
const indemnity = operationOutcomes('S09', 'Indemnity', { include: ['Indemnity'] });
const period = (StartDate: string, EndDate: string): OutcomeRequest => ({ values: { StartDate, EndDate } });

export const OUTCOMES: PersonaOutcome[] = [
  assurability('standard', 'YES', '0', 'The yearly insurability periods at CM (100/121) of 2024-2026: CT1/CT2 110/110 in 2024, 111/111 (increased intervention) from 2025-01-01.'),
  assurability('employed', 'YES', '0', 'Socialist mutuality 300/306 since 2005-12-01, CT1/CT2 110/110.'),
  assurability('family', 'YES', '0', 'CM 100/121, 111/111 from 2025-03-01 (increased intervention).'),
  assurability('deceased', 'YES', '0', 'CM as a pensioner (CT1/CT2 131/131) up to his death on 2025-06-14.'),
  assurability('deceased', 'YES', '19009001', 'Asked for 2025-07-01..2026-12-31: no insurability after his death (INFORMATION).', period('2025-07-01', '2026-12-31')),
  assurability('bis-person', 'YES', '19009001', 'Asked for 2020-01-01..2021-12-31: not insured before 2022-06-01 (INFORMATION).', period('2020-01-01', '2021-12-31')),
  assurability('standard', 'NO', '31000005', 'An EndDate before the StartDate.', period('2025-01-01', '2024-01-01')),
  assurability('standard', 'YES', '0', 'Administrative staff may see the insurability.', { role: 'ADMIN_STAFF' }),
  indemnity('standard', 'YES', '19009002', 'No sickness or invalidity benefits known (the emulated NIC holds none yet): INFORMATION.'),
  indemnity('standard', 'NO', '39000013', 'Administrative staff may not ask for benefits (no row).', { role: 'ADMIN_STAFF' }),
  ...assurability.each(['self-employed', 'self-employed-pre-2003', 'posted-worker', 'property-owner', 'student-interim'], 'YES', '19009001', 'No insurability file for this persona in the emulated NIC (INFORMATION).'),
  ...sharedCheckOutcomes(assurability, { channel: 'classic', finality: true }),
];
