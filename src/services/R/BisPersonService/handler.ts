import type { Ctx } from './context';
import { child, childText, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { MSG } from '../../../domain/codes';
import { DATA_FOUND, replyHead, status } from '../../../soap/newstyle';
import {StatusError} from '../../types';
import { readNewPerson } from './request';
import { raiseServiceWrite } from '../../../events/service-writes';

/**
 * R11 BisPersonService.registerPerson (modelled): creates a BIS number in the KSZ BIS register.
 * A person already known with the same names and birth date (National Register or BIS register)
 * is refused with BIS00001 and the existing number, so that no person gets two numbers.
 */
export function registerPerson(request: XmlElement, ctx: Ctx): XmlObject {
  const person = readNewPerson(request, ctx.today);
  const outcome = ctx.sources.notifications.atomically(() => {
    const o = ctx.sources.bisWrites.register(person, ctx.today);
    // A creation is an event (origin R11); nobody has the new number integrated yet, so it notifies no one.
    if (o.created) raiseServiceWrite(ctx.sources, { type: 'BIS_PERSON_CREATED', ssin: o.ssin, date: ctx.today, payload: { lastName: person.lastName, firstName: person.firstName, birthDate: person.birthDate }, origin: 'R11' }, [], ctx.now);
    return o;
  });
  if (!outcome.created) {
    ctx.audit.targetSsin = outcome.existing;
    throw new StatusError('NO_RESULT', MSG.BIS_DUPLICATE, [{ fieldName: 'ssin', fieldValue: outcome.existing }]);
  }
  ctx.audit.targetSsin = outcome.ssin;
  return { ...replyHead(request, ctx, { legalContextRequired: true }), person: personEcho(request), status: DATA_FOUND(), ssin: outcome.ssin };
}

/** Refusals: head, the person echoed, status; a duplicate also names the existing number in `ssin`. */
export function refusal(request: XmlElement, ctx: Ctx, error: StatusError): XmlObject {
  const existing = error.def === MSG.BIS_DUPLICATE ? error.information.find((i) => i.fieldName === 'ssin')?.fieldValue : undefined;
  return { ...replyHead(request, ctx, { legalContextRequired: true }), person: personEcho(request), status: status(error.value, error.def, error.information), ssin: existing };
}

const PERSON = ['lastName', 'firstName', 'birthDate', 'gender', 'nationality', 'birthPlace', 'birthCountry'];
const ADDRESS = ['countryCode', 'postalCode', 'municipality', 'street', 'houseNumber'];

/** The person as received, by known name in the contract's order (lenient echo type: refusals of invalid data stay valid). */
function personEcho(request: XmlElement): XmlObject {
  const person = child(request, 'person');
  const pick = (el: XmlElement | undefined, names: string[]) => Object.fromEntries(names.map((n) => [n, childText(el, n)]));
  const address = child(person, 'address');
  return { ...pick(person, PERSON), address: address ? pick(address, ADDRESS) : undefined };
}
