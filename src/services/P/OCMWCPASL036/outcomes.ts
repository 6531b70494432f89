import { type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';
import { ocmwCbe, MUNICIPALITIES } from '../../../../fixtures/organisations';

/**
 * P10 ConsultL036 (classic): an OCMW that has the person integrated lists the attests: the A036
 * any OCMW sent and POD MI's living-wage decisions. YES 0 with or without attests.
 */
const p10 = operationOutcomes('P10', 'ConsultL036');
const antwerpen = ocmwCbe(MUNICIPALITIES.find((m) => m.nis === '11002')!);

export const OUTCOMES: PersonaOutcome[] = [
  p10('standard', 'YES', '0', 'Her leefloon from Gent (category 7, since 2025-01-01) as an A036 of OcmwCpas 44021.'),
  p10('family', 'YES', '0', 'The leefloon POD MI knows of the head of the family.'),
  p10('refused-overlap', 'YES', '0', 'Gent, which integrated her too, sees the leefloon Antwerpen pays (OcmwCpas 11002): X10 derived rights.'),
  p10('refused-overlap', 'YES', '0', 'Antwerpen sees its own leefloon.', { organisation: antwerpen }),
  p10('employed', 'YES', '0', 'No attest: AnswerOK without A036.'),
  ...sharedCheckOutcomes(p10, { channel: 'classic', finality: true }),
];
