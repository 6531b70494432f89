import type { SampleHints, SampleContext } from '../../sample-hints';
import { SSIN } from '../../../../fixtures/personas';
import { PERSONA_EMPLOYERS } from '../../../sources/rsz/personas';

/** The employer each persona's sample asks about (employed's by default). */
const EMPLOYER_OF: Record<string, string> = {
  [SSIN.standard]: PERSONA_EMPLOYERS.schoonmaak.noss_number,
  [SSIN.deceased]: PERSONA_EMPLOYERS.textiel.noss_number,
  [SSIN.studentInterim]: PERSONA_EMPLOYERS.interim.noss_number,
};
const employerOf = (c: SampleContext) => EMPLOYER_OF[c.ssin] ?? PERSONA_EMPLOYERS.logistiek.noss_number;

/**
 * Dolsis samples: the securityContext the OCMW/CPAS software sends (service WELFARE, role Agent,
 * the legal context of the caller's row), the persona's employer, and a quarter in which the
 * employed persona's DmfA is known; getEmployerDetail asks by NOSS registration number.
 */
export const SAMPLES = (op: string): SampleHints => ({
  include: ['ticket', 'timestampSent', 'securityContext', ...(op === 'getEmployerDetail' ? ['nossRegistrationNbr'] : [])],
  exclude: ['forceDataAccess', 'informationSupplier'],
  values: {
    'securityContext/service': 'WELFARE',
    'securityContext/role': 'Agent',
    nossRegistrationNumber: employerOf,
    nossRegistrationNbr: employerOf,
    quarter: '2025Q2',
    // The posted-worker persona's current posting and its A1 form.
    limosaId: 'LIMOSA-2026-0012876',
    documentId: 'PL-A1-2026-004512',
  },
});
