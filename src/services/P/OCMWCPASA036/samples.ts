import type { SampleHints } from '../../sample-hints';

/** SendA036: an original attest of leefloon (7) from the first day of the current month, decided today. */
export const SAMPLES = (): SampleHints => ({
  include: ['Details', 'DecisionDate'],
  exclude: ['UpdateAttestationID', 'EndDate', 'UniqueReference'],
  values: {
    // The form's empty marker element (only its processType attribute).
    'A036RequestReply/A036': '',
    // 15 digits, one per person: the persona lines of different persons never share an id.
    AttestationID: (c) => `${c.ssin}0036`,
    AttestationStatus: '0',
    OcmwCpas: (c) => c.nis ?? '',
    CreationDate: (c) => c.today,
    BeginDate: (c) => `${c.today.slice(0, 7)}-01`,
    CategoryCode: '7',
    DecisionDate: (c) => c.today,
  },
});
