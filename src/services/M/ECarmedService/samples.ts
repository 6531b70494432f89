import type { SampleContext, SampleHints } from '../../sample-hints';
import { SSIN } from '../../../../fixtures/personas';
import { PERSONA_CARDS } from '../../../sources/mediprima/personas';

/** The persona's own card, so that a sample for mediprima-open names card 000002400001. */
const CARD_OF: Record<string, string> = {
  [SSIN.mediprimaOpen]: PERSONA_CARDS.open,
  [SSIN.mediprimaSuspended]: PERSONA_CARDS.suspended,
  [SSIN.mediprimaOtherOcmw]: PERSONA_CARDS.otherOcmw,
};

/** The last day of a decision of principle that starts today: one year less a day. */
function inAYear(c: SampleContext): string {
  const d = new Date(`${c.today}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * ECarmedService: the CPAS tool's legal context; a decision of principle taken today, from today
 * for a year, with hospitalisation and ambulatory care paid in full (what the rules accept); the
 * persona's own card where it has one.
 */
export const SAMPLES = (): SampleHints => ({
  include: ['medicalCover', 'hospitalization', 'ambulatoryHospitalization', 'pswc_Support'],
  values: {
    legalContext: 'manage eCarmed',
    eCarmedNumber: (c) => CARD_OF[c.ssin] ?? '000000000000',
    versionNbr: '1',
    judicialDecisionInd: 'N',
    decisionDate: (c) => c.today,
    'validityPeriod/startDate': (c) => c.today,
    'validityPeriod/endDate': inAYear,
    'newValidityPeriod/startDate': (c) => c.today,
    'newValidityPeriod/endDate': inAYear,
    pswc_ziv_ami_part: 'FULL',
    pswc_PatientPart: 'FULL',
    pswc_Supplement: 'NOTHING',
  },
});
