import type { Attest } from '../sources/podmi';
import type { Alerts, AlertReaders } from '../sources/alerts';

/** The sources a declaration service adds to its own so that POD MI's accepted decisions raise their alerts (X09). */
export const ALERT_READER_SOURCES = ['alerts', 'rsz', 'rva', 'pension', 'rsvz', 'nic'] as const;

/**
 * X09: when POD MI accepts (in full or in part) a form that opens a living-wage period (P01 form
 * B, P02 form B1 with financial aid, a correction too), the alert rules cross that period with the
 * other sources and record the alerts for the deciding OCMW. Refused forms and the other forms
 * raise none.
 */
export function raiseAlerts(sources: AlertReaders & { alerts: Alerts }, attest: Attest, now: Date): void {
  const { form, decision } = attest;
  if (decision.evaluation === 'REFUSED' || decision.granted_begin === null) return;
  sources.alerts.raise(sources, { ssin: form.ssin, ocmw_cbe: form.ocmw_cbe, begin: decision.granted_begin, end: decision.granted_end, attest_id: form.attest_id, form_number: Number(decision.reference.replace(/\D/g, '')) }, now);
}
