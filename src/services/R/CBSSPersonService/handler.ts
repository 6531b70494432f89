import type { Ctx } from './context';
import { child, childText, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { MSG } from '../../../domain/codes';
import { DATA_FOUND, replyHead, status } from '../../../soap/newstyle';
import {StatusError} from '../../types';
import { readPersonUpdate } from './request';
import { raiseServiceWrite } from '../../../events/service-writes';
import { personMutation } from '../../../events/apply-register';

/**
 * R12 CBSSPersonService.updatePerson (modelled): changes a BIS register person's address and/or
 * contact data. The change is what IdentifyPerson and PersonService read from then on, and one
 * mutation row per kind of change is written in the same transaction (ksz_mutation), for the
 * notification flows. National Register persons are refused (BIS00002): the RR owns their data.
 * Each change is also an event (origin R12): a new address reaches the organisations that have
 * the person integrated as N01, like a move in the National Register.
 */
export function updatePerson(request: XmlElement, ctx: Ctx): XmlObject {
  const change = readPersonUpdate(request);
  const person = ctx.target!;
  if (person.origin !== 'BCSS_KSZ') {
    throw new StatusError('NO_RESULT', MSG.NOT_BIS_PERSON, [{ fieldName: 'ssin', fieldValue: person.ssin }]);
  }
  const mutations = ctx.sources.notifications.atomically(() => {
    const written = ctx.sources.bisWrites.update(person.ssin, change, ctx.now.toISOString());
    for (const m of written) {
      const address = m.kind === 'ADDRESS';
      const write = { type: address ? 'ADDRESS_CHANGE' : 'CONTACT_DATA_CHANGE', ssin: person.ssin, date: ctx.today, payload: JSON.parse(m.details), origin: 'R12' };
      raiseServiceWrite(ctx.sources, write, address ? [personMutation(person.ssin, ctx.today, 'LegalMainAddresses', 'ADDRESS_CHANGE')] : [], ctx.now);
    }
    return written;
  });
  ctx.audit.returnedBlocks = mutations.map((m) => m.kind);
  return { ...replyHead(request, ctx, { legalContextRequired: true }), personUpdate: updateEcho(request), status: DATA_FOUND() };
}

export function refusal(request: XmlElement, ctx: Ctx, error: StatusError): XmlObject {
  return { ...replyHead(request, ctx, { legalContextRequired: true }), personUpdate: updateEcho(request), status: status(error.value, error.def, error.information) };
}

const ADDRESS = ['countryCode', 'postalCode', 'municipality', 'street', 'houseNumber'];
const CONTACT = ['phoneNumber', 'email'];

/** The update as received, by known name in the contract's order (lenient echo type: refusals of invalid data stay valid). */
function updateEcho(request: XmlElement): XmlObject {
  const update = child(request, 'personUpdate');
  const pick = (el: XmlElement | undefined, names: string[]) => (el ? Object.fromEntries(names.map((n) => [n, childText(el, n)])) : undefined);
  return { ssin: childText(update, 'ssin'), address: pick(child(update, 'address'), ADDRESS), contactData: pick(child(update, 'contactData'), CONTACT) };
}
