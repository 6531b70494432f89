import { type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/**
 * P08 ListOfAttestations (classic), one operation per RequestType: OCMW Gent asks what POD MI
 * knows of a person. A list with nothing in it is YES 0 with no Attestation.
 */
const formulaires = operationOutcomes('P08', 'FORMULAIRES');
const premium = operationOutcomes('P08', 'PRIME_INSTALLATION');
const art35 = operationOutcomes('P08', 'EXONERATIONSART35');
const exonerations = operationOutcomes('P08', 'EXONERATIONS');
const piis = operationOutcomes('P08', 'GPMI_PIIS');
const statut65 = operationOutcomes('P08', 'STATUT65');

export const OUTCOMES: PersonaOutcome[] = [
  formulaires('standard', 'YES', '0', 'No Attestation on a fresh emulator (her leefloon since 2025-01-01 predates the store); each form B, C or F Gent declares for her (P01, P06, P04) is listed with its Status.'),
  formulaires('standard', 'YES', '0', 'After a form B (P01): one Attestation, FormType B, Status 0 (accepted), no Duration (open until a stop).', {
    before: [{ service: 'P01', operation: 'RegisterAttest' }],
  }),
  premium('installation-premium', 'YES', '0', 'After his premium (P03): one Attestation, AttestType PI, FormType I, Status 0.', {
    before: [{ service: 'P03', operation: 'InstallationPremium' }],
  }),
  premium('standard', 'YES', '0', 'No installation premium: no Attestation.'),
  art35('standard', 'YES', '0', 'hasExoneration true: first art. 35 exemption 2025-03-01, 240 days of payment exempted (856 left).'),
  art35('installation-premium', 'YES', '0', 'hasExoneration false.'),
  exonerations('standard', 'YES', '0', 'MODELLED: one Exoneration, article 35, since 2025-03-01.'),
  piis('standard', 'YES', '0', 'hasAttestation true: a general PIIS 2025-01-01 to 2025-12-31, prolongation 2026.'),
  piis('installation-premium', 'YES', '0', 'hasAttestation false.'),
  statut65('standard', 'YES', '0', 'MODELLED: hasStatut false.'),
  ...sharedCheckOutcomes(formulaires, { channel: 'classic', finality: true }),
];
