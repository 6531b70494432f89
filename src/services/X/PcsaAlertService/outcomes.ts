import { type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/** X09 PcsaAlertService (consultAlerts): OCMW Gent asks the alerts of the persona; the clock is set to 2026-11-16. */
const alerts = operationOutcomes('X09', 'consultAlerts', { now: '2026-11-16T10:00:00Z' });
const afterFormB = (EntryDate: string) => ({ before: [{ service: 'P01', operation: 'RegisterAttest', values: { EntryDate } }] });

export const OUTCOMES: PersonaOutcome[] = [
  alerts('alert-wages', 'DATA_FOUND', 'MSG00000', 'After her form B from 2026-07-01 (P01): KL01 (type 101, her DmfA wages of 2026Q3) and KL02 (type 102, Dimona), both open.', afterFormB('2026-07-01')),
  alerts('alert-benefit', 'DATA_FOUND', 'MSG00000', 'After his form B from 2026-06-01 (P01): three KL03 (type 201), one per RVA month June to August 2026.', afterFormB('2026-06-01')),
  alerts('alert-wages', 'NO_DATA_FOUND', 'MSG00100', 'Before any form B: POD MI raised nothing.'),
  ...sharedCheckOutcomes(alerts, { channel: 'new', finality: true }),
];
