import type { SampleHints } from '../../sample-hints';

/**
 * ListOfAttestations, one sample per RequestType (the operation), as the CPAS software sends it:
 * FORMULAIRES with the caller's KBOBCE and a search window of 10 years; GPMI_PIIS without
 * SearchPeriod; the others with the window and without KBOBCE.
 */
export const SAMPLES = (operation: string): SampleHints => {
  const window = { 'SearchPeriod/StartDate': (c: { today: string }) => `${Number(c.today.slice(0, 4)) - 10}${c.today.slice(4)}`, 'SearchPeriod/EndDate': (c: { today: string }) => c.today };
  return {
    include: [...(operation === 'FORMULAIRES' ? ['KBOBCE'] : []), ...(operation === 'GPMI_PIIS' ? [] : ['SearchPeriod', 'StartDate', 'EndDate'])],
    exclude: [...(operation === 'FORMULAIRES' ? [] : ['KBOBCE']), ...(operation === 'GPMI_PIIS' ? ['SearchPeriod'] : [])],
    values: { SocialSecurityUser: (c) => c.ssin, KBOBCE: (c) => c.cbe, RequestType: operation, ...(operation === 'GPMI_PIIS' ? {} : window) },
  };
};
