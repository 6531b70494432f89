import type { SampleHints } from '../../sample-hints';

/** NRPPersonService: the address of the standard persona (Dampoortstraat 87, 9000 Gent). */
export const SAMPLES = (): SampleHints => ({ include: ['postalCode', 'streetName'], values: { postalCode: '9000', streetName: 'Dampoortstraat', houseNumber: '87' } });
