import type { Ctx } from './context';
import { child, childText, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { MSG } from '../../../domain/codes';
import { DATA_FOUND, replyHead, status } from '../../../soap/newstyle';
import {StatusError} from '../../types';
import { readPersonUpdate } from './request';

/**
 * R12 CBSSPersonService.updatePerson (modelled): changes a BIS register person's address and/or
 * contact data. The change is what IdentifyPerson and PersonService read from then on, and one
 * mutation row per kind of change is written in the same transaction (ksz_mutation), for the
 * notification flows. National Register persons are refused (BIS00002): the RR owns their data.
 */
export function updatePerson(request: XmlElement, ctx: Ctx): XmlObject {
  const change = readPersonUpdate(request);
  const person = ctx.target!;
  if (person.origin !== 'BCSS_KSZ') {
    throw new StatusError('NO_RESULT', MSG.NOT_BIS_PERSON, [{ fieldName: 'ssin', fieldValue: person.ssin }]);
  }
  const mutations = ctx.sources.bisWrites.update(person.ssin, change, ctx.now.toISOString());
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
