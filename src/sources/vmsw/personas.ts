import { SSIN } from '../../../fixtures/personas';
import type { VmswWriter } from './writer';

/** A fictional social housing company in Gent. */
export const PERSONA_COMPANY = 'Woonmaatschappij Leie en Schelde';

/**
 * social-tenant (with her partner): on the waiting list of the Gent company since 2019-05-06; the
 * rent premium is paid monthly since 2024 (last on 2026-11-05, 181.40); their rent-subsidy
 * application of 2025 was refused (the dwelling does not meet the quality standards).
 */
export function writeVmswPersonas(w: VmswWriter): void {
  w.premium({
    ssin: SSIN.socialTenant, company_name: PERSONA_COMPANY, registration_date: '2019-05-06', deregistration_date: null,
    potentially_entitled: 1, refusal_reason: null, last_payment_date: '2026-11-05', last_payment_amount: 181.4,
  });
  w.subsidy({
    ssin: SSIN.socialTenant, partner_ssin: SSIN.socialTenantPartner, company_name: PERSONA_COMPANY, file_number: 'HS-2025-004512',
    file_status: 'REFUSED', refusal_reason: 'DWELLING_QUALITY', last_payment_date: null, last_payment_amount: null,
  });
}
