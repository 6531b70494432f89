import { z } from 'zod';
import { isValidSsin } from '../domain/ssin';
import { isCalendarDay } from '../domain/dates';

const ssin = z.string().refine(isValidSsin, 'a valid SSIN (11 digits, check digits right)');
const day = z.string().refine(isCalendarDay, 'a day, yyyy-mm-dd');
const cbe = z.string().regex(/^0\d{9}$/, 'a KBO number of 10 digits');
const amount = z.number().nonnegative().max(1_000_000);
const base = { ssin, date: day };

/**
 * The events POST /_admin/events takes (ARCHITECTURE.md): a change at an authentic source, on a
 * date. Each type's own fields; any other field is refused, so a typo does not pass unnoticed.
 */
export const EVENT_INPUT = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('ADDRESS_CHANGE'),
    ...base,
    address: z.strictObject({
      street: z.string().min(1).max(100),
      houseNumber: z.string().min(1).max(12),
      box: z.string().min(1).max(8).optional(),
      postalCode: z.string().regex(/^\d{4}$/, 'a Belgian postal code of 4 digits'),
      municipality: z.string().min(1).max(60),
      nisCode: z.string().regex(/^\d{5}$/, 'a NIS code of 5 digits').optional(),
    }),
  }),
  z.strictObject({ type: z.literal('DECEASE'), ...base, place: z.string().min(1).max(60).optional() }),
  z.strictObject({
    type: z.literal('FAMILY_CHANGE'),
    ...base,
    /** Joins the household of this person; without it the person starts a household of their own. */
    joinHouseholdOf: ssin.optional(),
    /** 1 = reference person, 2 = partner, 3 = child, 4 = other member (default 1 alone, 4 when joining). */
    role: z.number().int().min(1).max(4).optional(),
  }),
  z.strictObject({ type: z.literal('SSIN_REPLACED'), ...base, newSsin: ssin }),
  z.strictObject({
    type: z.literal('EMPLOYMENT_START'),
    ...base,
    employerCbe: cbe,
    workerType: z.enum(['OTH', 'STU', 'IVT', 'BCW', 'FLX']).optional(),
    workRegime: z.enum(['FULL_TIME', 'PART_TIME']).optional(),
  }),
  z.strictObject({ type: z.literal('EMPLOYMENT_END'), ...base, employerCbe: cbe }),
  z.strictObject({ type: z.literal('PENSION_RIGHT'), ...base, monthlyAmount: amount, institution: z.enum(['SFP', 'SFP_SELF_EMPLOYED']).optional() }),
  z.strictObject({ type: z.literal('SELF_EMPLOYED_START'), ...base, occupation: z.enum(['MAIN_OCCUPATION', 'SECONDARY_OCCUPATION']).optional() }),
  z.strictObject({ type: z.literal('SELF_EMPLOYED_END'), ...base }),
  z.strictObject({ type: z.literal('INCAPACITY_START'), ...base, dailyGrossAmount: amount.optional() }),
  z.strictObject({ type: z.literal('LEA_VOUCHER_PAYMENT'), ...base, vouchers: z.number().int().min(1).max(1000), amount }),
  z.strictObject({ type: z.literal('DISMISSAL_COMPENSATION'), ...base, employerCbe: cbe, amount }),
  z.strictObject({ type: z.literal('PENSION_HOLIDAY_PAY'), ...base, amount }),
]);

export type SourceEvent = z.infer<typeof EVENT_INPUT>;
export type EventType = SourceEvent['type'];
export const EVENT_TYPES = EVENT_INPUT.options.map((o) => o.shape.type.value) as EventType[];

/** The event, or one message per problem, each naming the path of the bad field. */
export function parseEvent(body: unknown): { event: SourceEvent } | { errors: string[] } {
  const parsed = EVENT_INPUT.safeParse(body);
  if (parsed.success) return { event: parsed.data };
  return {
    errors: parsed.error.issues.map((i) =>
      i.path.length === 1 && i.path[0] === 'type' ? `type: one of ${EVENT_TYPES.join(', ')}` : `${i.path.length ? i.path.join('.') : '(body)'}: ${i.message}`,
    ),
  };
}
