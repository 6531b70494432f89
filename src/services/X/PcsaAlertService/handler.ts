import type { Ctx } from './context';
import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, NO_DATA_FOUND, replyHead } from '../../../soap/newstyle';
import type { AlertRow } from '../../../sources/alerts';
import { criteriaOf } from './criteria';

const alertXml = (a: AlertRow): XmlObject => ({
  alertId: a.id,
  formNumber: a.form_number,
  alertType: a.alert_type,
  source: a.source,
  ssin: a.ssin,
  period: { beginDate: a.begin_date, endDate: a.end_date },
  amount: a.amount === null ? undefined : a.amount.toFixed(2),
  creationDate: a.created_at.slice(0, 10),
  followUp: a.reacted_at ? { code: a.reaction_code, comment: a.reaction_comment ?? undefined, date: a.reacted_at.slice(0, 10) } : undefined,
});

/**
 * consultAlerts: the caller's alerts (of one person when the criteria name one; the interceptor
 * then checks finality), raised in the period asked, the open ones only on request, oldest first;
 * NO_DATA_FOUND MSG00100 when there is none.
 */
export function consultAlerts(request: XmlElement, ctx: Ctx): XmlObject {
  const c = criteriaOf(request);
  const rows = ctx.sources.alerts
    .list({ ssin: ctx.target?.ssin ?? c.ssin, ocmw: ctx.caller!.organisation.cbe_number })
    .filter((a) => (!c.begin || a.created_at.slice(0, 10) >= c.begin) && (!c.end || a.created_at.slice(0, 10) <= c.end) && (!c.openOnly || a.reacted_at === null));
  const head = { ...replyHead(request, ctx), criteria: child(request, 'criteria') };
  if (!rows.length) return { ...head, status: NO_DATA_FOUND() };
  return { ...head, status: DATA_FOUND(), result: { alert: rows.map(alertXml) } };
}
