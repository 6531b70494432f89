import { type PersonaOutcome, type OutcomeRequest, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';
import { ocmwCbe, MUNICIPALITIES } from '../../../../fixtures/organisations';
import { WALLOON_PERSONA_OCMW_NIS } from '../../../../fixtures/personas';

/**
 * S16 OCMWCPASPensionRegisterConsult (classic): asked by OCMW Gent for the persona it integrated;
 * unless a line says otherwise the period is 2025-12-01..2026-11-30, both pillars, by reference
 * period, in French. The amounts follow the personas' RSZ and RSVZ careers (src/sources/pension).
 */
const maximum = operationOutcomes('S16', 'RightsMaximumPayments');
const minimum = operationOutcomes('S16', 'RightsMinimumPayments');
const rightsOnly = operationOutcomes('S16', 'RightsOnly');
const values = (v: Record<string, string>): OutcomeRequest => ({ values: v });
const liege: OutcomeRequest = { organisation: ocmwCbe(MUNICIPALITIES.find((m) => m.nis === WALLOON_PERSONA_OCMW_NIS)!) };
/** The personas without a pension file (none has reached the pension age). */
const noFile = ['standard', 'employed', 'family', 'self-employed', 'property-owner', 'student-interim', 'disabled-adult', 'large-family', 'jobseeker-flanders', 'incapacity', 'newcomer', 'social-tenant'] as const;

export const OUTCOMES: PersonaOutcome[] = [
  maximum('pensioner', 'YES', '0', 'SFP: the employee pension since 2019-04-01 (single rate, 42.6 years of textiles), a payment per month and the May holiday allowance; the textile sector fund: a monthly annuity (second pillar); his refused survivor pension demand (2021) is outside the period.'),
  maximum('pensioner', 'YES', '0', 'Asked for 2021-01-01..2021-12-31: also his survivor pension demand of 2021-03-08, refused on 2021-06-21.', values({ StartDate: '2021-01-01', EndDate: '2021-12-31' })),
  maximum('pensioner', 'YES', '0', 'SecondOnly: the sector fund annuity only.', values({ Pillar: 'SecondOnly' })),
  maximum('deceased', 'YES', '19016002', 'His rights closed on his death (2025-06-14): nothing in the period (INFORMATION).'),
  maximum('deceased', 'YES', '0', 'Asked for 2025-01-01..2025-06-30: the employee and self-employed pensions since 2013-05-01 and the textile fund annuity, paid up to June 2025, each closed on 2025-06-14.', values({ StartDate: '2025-01-01', EndDate: '2025-06-30' })),
  maximum('self-employed-pre-2003', 'YES', '0', 'The self-employed pension since 2015-03-01 (the former INASTI\'s, paid by the SFP; the minimum pension pro rata to 40.5 years) and the GRAPA since the same day.'),
  ...maximum.each(noFile, 'YES', '19016001', 'The pension cadastre has no file: IdentificationProblem (INFORMATION).'),
  maximum('jobseeker-wallonia', 'YES', '19016001', 'Asked by CPAS Liège: no pension file (INFORMATION).', liege),
  maximum('jobseeker-wallonia', 'NO', '39000012', 'Asked by Gent: she is integrated by CPAS Liège only.'),
  maximum('pensioner', 'NO', '31000005', 'An EndDate before the StartDate.', values({ StartDate: '2026-01-01', EndDate: '2025-01-01' })),
  maximum('pensioner', 'NO', '39000013', 'Administrative staff may ask the rights only (no row for the payments).', { role: 'ADMIN_STAFF' }),
  minimum('pensioner', 'YES', '0', 'Each right with its last payment information of the period (November 2026).'),
  minimum('self-employed-pre-2003', 'YES', '0', 'The self-employed pension and the GRAPA, each with its last payment of the period.'),
  rightsOnly('pensioner', 'YES', '0', 'The two rights (RightOnly), without payments.'),
  rightsOnly('pensioner', 'YES', '0', 'Administrative staff may see the rights.', { role: 'ADMIN_STAFF' }),
  rightsOnly('deceased', 'YES', '0', 'Asked for 2013-01-01..2013-12-31: his three rights from 2013-05-01, closed on 2025-06-14.', values({ StartDate: '2013-01-01', EndDate: '2013-12-31' })),
  ...sharedCheckOutcomes(maximum, { channel: 'classic', finality: true }),
];
