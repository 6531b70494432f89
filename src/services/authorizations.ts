import type { AuthorizationRule } from './types';
import { MUNICIPALITIES, ocmwCbe } from '../../fixtures/organisations';
import { regionOfNis } from '../sources/podmi/regions';

/**
 * Building blocks for the seeded authorization rows of the OCMW sector (17). The rows are
 * emulated deliberations: the real ones (e.g. 11/042 on the financial director) are not public,
 * so what each role may see is a documented choice (README, "Seeded authorizations").
 */
export const ROLE = {
  SOCIAL_WORKER: 'SOCIAL_WORKER',
  ADMIN_STAFF: 'ADMIN_STAFF',
  GENERAL_DIRECTOR: 'GENERAL_DIRECTOR',
  FINANCIAL_DIRECTOR: 'FINANCIAL_DIRECTOR',
  SECURITY_ADVISOR: 'SECURITY_ADVISOR',
  PROGRAM: 'PROGRAM',
} as const;

/** Sector-17 quality codes that give access to a person's data during a social inquiry (security.md §2.3). */
export const OCMW_QUALITY_CODES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 40];

/** A sector-17 row with the usual defaults: blocking integration check on the request date, all blocks. */
export function ocmwRule(rule: Partial<AuthorizationRule> & Pick<AuthorizationRule, 'roles'>): AuthorizationRule {
  return {
    deliberation: 'emulated deliberation for OCMW/CPAS (sector 17)',
    requesterSector: 17,
    requesterCbe: null,
    operation: '*',
    legalContexts: [],
    qualityCodes: OCMW_QUALITY_CODES,
    integrationCheck: 'BLOCKING',
    periodRule: 'REQUEST_DATE',
    minPhase: 0,
    dataBlocks: ['*'],
    validFrom: '2005-01-01',
    validTo: null,
    ...rule,
  };
}

/** No integration needed (identification, integration itself, PersonService V4). */
export const NO_INTEGRATION: Pick<AuthorizationRule, 'qualityCodes' | 'integrationCheck'> = { qualityCodes: [], integrationCheck: 'NONE' };

/** The KBO numbers of the Flemish OCMWs of the seeded directory (Gent, Antwerpen). */
export const FLEMISH_OCMW_CBES: readonly string[] = MUNICIPALITIES.filter((m) => regionOfNis(m.nis) === 'FLANDERS').map(ocmwCbe);

/**
 * Rows for a Flemish service (LED, VESTA, KBI, VMSW): the Flemish supervisory committee's
 * authorization covers the Flemish OCMWs only, so one row per Flemish OCMW of the seeded
 * directory; a Walloon or Brussels OCMW has no row and is refused as for any service it may not
 * use (MSG00015).
 */
export function flemishOcmwRules(rule: Partial<AuthorizationRule> & Pick<AuthorizationRule, 'roles'>): AuthorizationRule[] {
  return FLEMISH_OCMW_CBES.map((cbe) => ocmwRule({ deliberation: 'emulated deliberation of the Vlaamse Toezichtcommissie for the Flemish OCMWs', ...rule, requesterCbe: cbe }));
}
