import { child, childText, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import type { BisAddress, ContactData } from '../../../sources/bis-writes';

/**
 * Reads updatePersonRequest/personUpdate (CBSSPersonServiceTypesV1.xsd) by local name; a missing
 * or invalid field is a NO_RESULT MSG00008 naming it. These checks say what the schema says
 * (test/e2e/r12-cbss-person.test.ts compares them with xmllint): an address, contact data or both;
 * contact data with a phone number, an e-mail address or both; each value's type. In strict mode
 * the schema step refuses first; in lenient mode, which waives it, these still keep bad data out.
 */
export interface PersonUpdate {
  address?: BisAddress;
  contactData?: ContactData;
}

const PHONE = /^\+?[0-9 ./()-]{6,20}$/;
const EMAIL = /^[^@\s]+@[^@\s]+$/;
/** xsd:int, whitespace collapsed. */
const INT = /^[+-]?\d+$/;

/** The text as received: xsd:string keeps its whitespace, so length and pattern apply to all of it. */
function rawText(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  return el.children.filter((c): c is string => typeof c === 'string').join('');
}

/** An optional string field: at most `max` characters and the pattern, as the schema's facets say; stored trimmed. */
function text(parent: XmlElement, name: string, max: number, pattern?: RegExp): string | undefined {
  const raw = rawText(child(parent, name));
  if (raw === undefined) return undefined;
  if ([...raw].length > max || (pattern && !pattern.test(raw))) throw invalidField(name, raw);
  return raw.trim() || undefined;
}

export function readPersonUpdate(request: XmlElement): PersonUpdate {
  const update = child(request, 'personUpdate');
  if (!update) throw invalidField('personUpdate');
  const addressEl = child(update, 'address');
  const contactEl = child(update, 'contactData');
  if (!addressEl && !contactEl) throw invalidField('address');

  let address: BisAddress | undefined;
  if (addressEl) {
    const code = childText(addressEl, 'countryCode');
    if (code === undefined || !INT.test(code) || Number(code) < 100 || Number(code) > 999) throw invalidField('countryCode', code);
    address = {
      country: Number(code),
      postalCode: text(addressEl, 'postalCode', 16),
      municipality: text(addressEl, 'municipality', 100),
      street: text(addressEl, 'street', 100),
      houseNumber: text(addressEl, 'houseNumber', 16),
    };
  }
  let contactData: ContactData | undefined;
  if (contactEl) {
    if (!child(contactEl, 'phoneNumber') && !child(contactEl, 'email')) throw invalidField('contactData');
    contactData = { phoneNumber: text(contactEl, 'phoneNumber', 20, PHONE), email: text(contactEl, 'email', 100, EMAIL) };
  }
  return { address, contactData };
}
