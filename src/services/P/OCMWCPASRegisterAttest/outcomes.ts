import { type PersonaOutcome, type OutcomeRequest, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/**
 * P01 RegisterAttest (classic): OCMW Gent declares a form B granting the leefloon (living alone,
 * 1314.20 a month) from the first day of the current month. ACCEPTED answers YES 0; REFUSED and
 * PARTIALLYACCEPTED answer WARNING with 29100001 / 29100002, the decision in the reply.
 */
const p01 = operationOutcomes('P01', 'RegisterAttest');
const from = (EntryDate: string): OutcomeRequest => ({ values: { EntryDate } });

export const OUTCOMES: PersonaOutcome[] = [
  p01('standard', 'YES', '0', 'ACCEPTED: integrated by Gent with quality code 2, living in Gent; the period opens in S20 at once (a change: new start date).'),
  p01('refused-overlap', 'WARNING', '29100001', 'REFUSED B00102: OCMW Antwerpen still pays her a leefloon since 2024-03-01 (overlap).'),
  p01('employed', 'WARNING', '29100001', 'REFUSED B00101: Gent integrated him with quality code 4 (other aid), not 2 (leefloon).'),
  p01('deceased', 'WARNING', '29100001', 'REFUSED B00201: he died on 2025-06-14, before the start date.'),
  p01('deceased', 'WARNING', '29100002', 'From 2025-06-01: PARTIALLYACCEPTED up to his death on 2025-06-14.', from('2025-06-01')),
  p01('standard', 'YES', '0', 'Administrative staff may declare.', { role: 'ADMIN_STAFF' }),
  p01('alert-wages', 'YES', '0', 'From 2026-07-01: ACCEPTED; POD MI raises knipperlichten KL01 (DmfA wages of 2026Q3) and KL02 (Dimona) for Gent (GET /_admin/alerts).', from('2026-07-01')),
  p01('alert-benefit', 'YES', '0', 'From 2026-06-01: ACCEPTED; POD MI raises a knipperlicht KL03 for each RVA month paid (June to August 2026).', from('2026-06-01')),
  ...sharedCheckOutcomes(p01, { channel: 'classic', finality: true }),
];
