import { type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/**
 * P03 OrganicLaw (classic): OCMW Gent declares an installation premium (form I) for a person who
 * moved into a dwelling on the first day of the current month. ACCEPTED answers YES 0 with the
 * amount; a second premium (once in a lifetime) is REFUSED, WARNING 29100001.
 */
const p03 = operationOutcomes('P03', 'InstallationPremium');

export const OUTCOMES: PersonaOutcome[] = [
  p03('installation-premium', 'YES', '0', 'ACCEPTED: his first installation premium (1776.07 EUR, one month of the leefloon with a dependent family); P08 PRIME_INSTALLATION lists it.'),
  p03('installation-premium', 'WARNING', '29100001', 'REFUSED I00101: a premium was already granted to him (once in a lifetime).', {
    before: [{ service: 'P03', operation: 'InstallationPremium', values: { UniqueAttestID: '024402101930001' } }],
  }),
  ...sharedCheckOutcomes(p03, { channel: 'classic', finality: true }),
];
