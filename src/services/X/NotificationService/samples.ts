import type { SampleHints } from '../../sample-hints';

/** NotificationService: the first page of the caller's outbox; acknowledging its first notification. */
export const SAMPLES = (operation: string): SampleHints =>
  operation === 'getNotifications'
    ? { values: { legalContext: 'PCSA:NOTIFICATIONS', afterSequenceNumber: '0', maxResults: '20' } }
    : { values: { legalContext: 'PCSA:NOTIFICATIONS', upToSequenceNumber: '1' } };
