import { isValidSsin } from '../domain/ssin';
import { isCalendarDay } from '../domain/dates';
import { refundCode } from '../sources/mediprima';
import type { MediPrimaEvent } from '../sources/mediprima/events';

export interface EventRequest {
  event: MediPrimaEvent;
  activatable: boolean;
}

const TYPES = ['REFUND_CODE', 'DECEASE', 'SSIN_REPLACED', 'NAME_CHANGE'];

/**
 * Reads POST /_admin/mediprima/events: {type, ssin, date, newRefundCode | newSsin | newLastName
 * and/or newFirstName, activatable?}. A message naming the first problem when it is not one.
 */
export function parseEventRequest(body: unknown): EventRequest | string {
  if (typeof body !== 'object' || body === null) return 'a JSON object is expected.';
  const b = body as Record<string, unknown>;
  if (typeof b.type !== 'string' || !TYPES.includes(b.type)) return `type: one of ${TYPES.join(', ')}.`;
  if (typeof b.ssin !== 'string' || !isValidSsin(b.ssin)) return 'ssin: a valid SSIN.';
  if (typeof b.date !== 'string' || !isCalendarDay(b.date)) return 'date: a day, yyyy-mm-dd.';
  if (b.activatable !== undefined && typeof b.activatable !== 'boolean') return 'activatable: true or false.';
  const base = { ssin: b.ssin, date: b.date };
  const activatable = b.activatable === true;
  switch (b.type) {
    case 'REFUND_CODE':
      if (typeof b.newRefundCode !== 'number' || !refundCode(b.newRefundCode)) return 'newRefundCode: a code of GET /_admin/mediprima/refund-codes.';
      return { event: { type: 'REFUND_CODE', ...base, newRefundCode: b.newRefundCode }, activatable };
    case 'DECEASE':
      return { event: { type: 'DECEASE', ...base }, activatable };
    case 'SSIN_REPLACED':
      if (typeof b.newSsin !== 'string' || !isValidSsin(b.newSsin) || b.newSsin === b.ssin) return 'newSsin: a valid SSIN, other than ssin.';
      return { event: { type: 'SSIN_REPLACED', ...base, newSsin: b.newSsin }, activatable };
    default: {
      const name = (v: unknown) => (typeof v === 'string' && v.trim() !== '' && v.length <= 48 ? v.trim() : undefined);
      if ((b.newLastName !== undefined && !name(b.newLastName)) || (b.newFirstName !== undefined && !name(b.newFirstName))) return 'newLastName, newFirstName: 1 to 48 characters.';
      if (!name(b.newLastName) && !name(b.newFirstName)) return 'newLastName or newFirstName is needed.';
      return { event: { type: 'NAME_CHANGE', ...base, newLastName: name(b.newLastName), newFirstName: name(b.newFirstName) }, activatable };
    }
  }
}
