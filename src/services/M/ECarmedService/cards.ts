import { MSG } from '../../../domain/codes';
import { StatusError } from '../../types';
import type { Beneficiary, CardVersion, Manager } from '../../../sources/mediprima';
import type { Identity } from '../../../sources/persons';
import type { Ctx } from './context';
import { BackendRefusal, MEDIPRIMA } from './messages';

/**
 * A card named by its number: it must exist and its beneficiary must be integrated by the caller
 * (finality, as for a person named by SSIN). NO_RESULT MED00010 / MSG00012 otherwise.
 */
export function cardNamed(ctx: Ctx, eCarmedNumber: string): CardVersion {
  const card = ctx.sources.mediprima.current(eCarmedNumber);
  if (!card) throw new BackendRefusal([MEDIPRIMA.UNKNOWN_CARD]);
  ctx.audit.targetSsin ??= card.beneficiary.ssin;
  if (ctx.sources.repertory.activeFor(card.beneficiary.ssin, ctx.caller!.organisation.cbe_number, ctx.today).length === 0) throw new StatusError('NO_RESULT', MSG.NOT_INTEGRATED);
  return card;
}

/** A card the caller manages, for the person the request names: MED00012 / MED00013 otherwise. */
export function managedCard(ctx: Ctx, eCarmedNumber: string, ssin?: string): CardVersion {
  const card = cardNamed(ctx, eCarmedNumber);
  if (card.manager.cbe !== ctx.caller!.organisation.cbe_number) throw new BackendRefusal([MEDIPRIMA.OTHER_MANAGER]);
  if (ssin !== undefined && ssin !== card.beneficiary.ssin) throw new BackendRefusal([MEDIPRIMA.SSIN_MISMATCH]);
  return card;
}

/** The beneficiary block of a card, from the person's identity (National Register or BIS). */
export function beneficiaryOf(person: Identity): Beneficiary {
  return {
    ssin: person.ssin,
    lastName: person.lastName,
    firstName: person.firstName || undefined,
    gender: person.gender === 1 ? 'M' : person.gender === 2 ? 'F' : undefined,
    birthDate: person.birthDate || undefined,
    deceaseDate: person.deceaseDate,
  };
}

/** The calling OCMW as the manager of a card (pswc). */
export function managerOf(ctx: Ctx): Manager {
  const o = ctx.caller!.organisation;
  return { cbe: o.cbe_number, nis: o.nis_code, nameFr: o.name_fr, nameNl: o.name_nl };
}

/** The next version of a card: the changes on top of the current one, stamped now. */
export function nextVersion(ctx: Ctx, card: CardVersion, cause: string, changes: Partial<CardVersion>): CardVersion {
  return { ...card, ...changes, versionNbr: card.versionNbr + 1, modifiedAt: ctx.now.toISOString(), cause };
}
