import { type PersonaOutcome, operationOutcomes, serviceOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/**
 * S08 HealthCareInsuranceService v1: needs the person integrated by the caller; without a date
 * the criterion asks about today.
 */
const s08 = serviceOutcomes('S08');
const insurer = operationOutcomes('S08', 'getInsuranceOrganizationInformations');
const at = (date: string): PersonaOutcome['request'] => ({ values: { date }, include: ['date'] });

export const OUTCOMES: PersonaOutcome[] = [
  insurer('standard', 'DATA_FOUND', 'MSG00000', 'CM (insuring organisation 100, mutuality 121), holder since 2003-06-12; CT1/CT2 111/111 with increased intervention and third-party payer since 2025-01-01; GMD at doctor 12345625004 since 2019-03-01.'),
  insurer('standard', 'DATA_FOUND', 'MSG00000', 'In 2024: CT1/CT2 110/110, no increased intervention yet.', at('2024-06-01')),
  insurer('standard', 'DATA_FOUND', 'MSG00000', 'Administrative staff: the insuringOrganization block only.', { role: 'ADMIN_STAFF' }),
  s08('standard', 'consultMAF', 'DATA_FOUND', 'MSG00000', 'The maximum billing reached in 2025.'),
  s08('standard', 'consultHolderCode', 'DATA_FOUND', 'MSG00000', 'Holder codes CT1/CT2 111/111.'),
  insurer('integration-expired', 'DATA_FOUND', 'MSG00000', 'With the clock inside the integration (2024-10-01): liberal mutuality 400/403, CT1/CT2 110/110.', { now: '2024-10-01T10:00:00Z' }),
  insurer('deceased', 'DATA_FOUND', 'MSG00000', 'Up to 2025-06-14: CM 100/121, pensioner with increased intervention (CT1/CT2 131/131), MAF 2023 and 2024.', at('2025-01-15')),
  insurer('deceased', 'NO_DATA_FOUND', 'MSG00100', 'From 2025-06-15: nothing (he died on 2025-06-14).'),
  insurer('bis-person', 'DATA_FOUND', 'MSG00000', 'From 2022-06-01: neutral mutuality 200/203, CT1/CT2 110/110, no complementary insurance, no GMD.'),
  insurer('bis-person', 'NO_DATA_FOUND', 'MSG00100', 'Before 2022-06-01: not insured yet.', at('2022-01-01')),
  insurer('insertion-allowance-ended', 'DATA_FOUND', 'MSG00000', 'Independent mutualities 500/501 since 2016-05-05, CT1/CT2 110/110, GMD at doctor 14412022004 since 2017-09-01.'),
  insurer('employed', 'DATA_FOUND', 'MSG00000', 'Socialist mutuality 300/306 since 2005-12-01, CT1/CT2 110/110, GMD at doctor 13187743004 since 2021-01-15.'),
  s08('employed', 'consultMAF', 'DATA_FOUND', 'MSG00000', 'No maximum billing reached (noRight).'),
  insurer('family', 'DATA_FOUND', 'MSG00000', 'CM 100/121; from 2025-03-01 CT1/CT2 111/111 with increased intervention; a medical house (doctor, kine, nurse) since 2018, so no GMD. The children are insured as dependants of their father.'),
  ...sharedCheckOutcomes(insurer, { channel: 'new', finality: true }),
];
