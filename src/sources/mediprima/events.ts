import type { CardMutation, MediPrima, MutationKind } from './index';
import type { CardVersion, SuspensionReason } from './model';
import { refundCode } from './refund-codes';

/**
 * A change at an authentic source that MediPrima acts on for the cards it concerns (N13): the
 * person died, their SSIN was replaced, their name changed, or their refund code changed (e.g.
 * they became insured). `date` is the day the change takes effect.
 */
export type MediPrimaEvent =
  | { type: 'REFUND_CODE'; ssin: string; date: string; newRefundCode: number }
  | { type: 'DECEASE'; ssin: string; date: string }
  | { type: 'SSIN_REPLACED'; ssin: string; date: string; newSsin: string }
  | { type: 'NAME_CHANGE'; ssin: string; date: string; newLastName?: string; newFirstName?: string };

/** What a card becomes on an event, and what the mutation says. */
const EFFECT: Record<MediPrimaEvent['type'], { kind: MutationKind; reason?: SuspensionReason }> = {
  REFUND_CODE: { kind: 'refundCode', reason: 'REFUND_CODE' },
  DECEASE: { kind: 'deceased', reason: 'DECEASED' },
  SSIN_REPLACED: { kind: 'newSsin', reason: 'SSIN' },
  // No suspension reason fits a new name: the card follows it, still active (MODELLED).
  NAME_CHANGE: { kind: 'newName' },
};

const samePart = (a: number, b: number): boolean => Math.round(a * 100) === Math.round(b * 100);

/** The refund-code mutation's change indicators: what differs between the card's code and the new one, parts compared by value. */
function refundChanges(from: number, to: number): Record<string, string> {
  const [a, b] = [refundCode(from), refundCode(to)];
  const yn = (changed: boolean) => (changed ? 'Y' : 'N');
  return {
    newRefundCode: String(to),
    changePodmi_sppisPartInd: yn(!a || !b || a.parts.some((p, i) => !samePart(p, b.parts[i]))),
    changeMedicalUrgencyInd: yn(a?.medicalUrgency !== b?.medicalUrgency),
    changeAffiliedMutualityInd: yn(a?.insured !== b?.insured),
  };
}

/** The cards an event concerns: the person's, not cancelled, still running on the event's day. */
function concerned(store: MediPrima, e: MediPrimaEvent): CardVersion[] {
  return store.cardsOf(e.ssin).filter((c) => c.status !== 'CANCELLED' && c.validityPeriod.endDate >= e.date);
}

export interface AppliedMutation {
  mutation: CardMutation;
  card: CardVersion;
}

/**
 * Applies an event to every card it concerns, in one transaction: a new version of each card,
 * suspended with the matching reason (only `stopCarmed` allowed, unless `activatable`), and a
 * mutation numbered by MediPrima. Returns them; none when the person has no running card.
 */
export function applyEvent(store: MediPrima, e: MediPrimaEvent, now: Date, options: { activatable?: boolean } = {}): AppliedMutation[] {
  const effect = EFFECT[e.type];
  return store.transaction(() =>
    concerned(store, e).map((card) => {
      const mutationNbr = store.nextMutationNumber();
      const beneficiary = { ...card.beneficiary };
      let details: Record<string, string> = {};
      if (e.type === 'REFUND_CODE') details = refundChanges(card.refundCode, e.newRefundCode);
      if (e.type === 'DECEASE') details = { deceaseDate: (beneficiary.deceaseDate = e.date) };
      if (e.type === 'SSIN_REPLACED') details = { oldSsin: card.beneficiary.ssin, newSsin: (beneficiary.ssin = e.newSsin) };
      if (e.type === 'NAME_CHANGE') {
        details = { ...(e.newLastName ? { newLastName: e.newLastName } : {}), ...(e.newFirstName ? { newFirstName: e.newFirstName } : {}) };
        beneficiary.lastName = e.newLastName ?? beneficiary.lastName;
        beneficiary.firstName = e.newFirstName ?? beneficiary.firstName;
      }
      const suspensions = effect.reason ? [...card.suspensions, { reason: effect.reason, date: e.date, sequenceNbr: card.suspensions.length, mutationNbr }] : card.suspensions;
      const next: CardVersion = {
        ...card,
        versionNbr: card.versionNbr + 1,
        status: effect.reason ? 'SUSPENDED' : card.status,
        beneficiary,
        suspensions,
        activatable: effect.reason ? options.activatable === true : card.activatable,
        modifiedAt: now.toISOString(),
        cause: `MediPrima mutation ${mutationNbr} (${effect.kind})`,
      };
      store.write(next);
      const mutation = store.recordMutation({ mutationNbr, eCarmedNumber: card.eCarmedNumber, version: next.versionNbr, kind: effect.kind, processingDate: now.toISOString().slice(0, 10), details, createdAt: now.toISOString() });
      return { mutation, card: next };
    }),
  );
}
