import { child, childText, XmlElement } from '../../../xml/node';
import { MSG } from '../../../domain/codes';
import { StatusError } from '../../types';
import type { BisAddress, ContactData } from '../../../sources/bis-writes';

/**
 * Reads updatePersonRequest/personUpdate (CBSSPersonServiceTypesV1.xsd) by local name; a missing
 * or invalid field is a NO_RESULT MSG00008 naming it.
 */
export interface PersonUpdate {
  address?: BisAddress;
  contactData?: ContactData;
}

const PHONE = /^\+?[0-9 ./()-]{6,20}$/;
const EMAIL = /^[^@\s]+@[^@\s]+$/;

function invalid(fieldName: string, fieldValue?: string): StatusError {
  return new StatusError('NO_RESULT', MSG.INVALID_DATA, [{ fieldName, fieldValue: fieldValue?.slice(0, 256) }]);
}

function text(parent: XmlElement, name: string, max: number, pattern?: RegExp): string | undefined {
  const value = childText(parent, name);
  if (value !== undefined && (value.length > max || (pattern && !pattern.test(value)))) throw invalid(name, value);
  return value;
}

export function readPersonUpdate(request: XmlElement): PersonUpdate {
  const update = child(request, 'personUpdate');
  if (!update) throw invalid('personUpdate');
  const addressEl = child(update, 'address');
  const contactEl = child(update, 'contactData');
  if (!addressEl && !contactEl) throw invalid('address');

  let address: BisAddress | undefined;
  if (addressEl) {
    const code = childText(addressEl, 'countryCode');
    if (code === undefined || !/^\d{3}$/.test(code) || Number(code) < 100) throw invalid('countryCode', code);
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
    contactData = { phoneNumber: text(contactEl, 'phoneNumber', 20, PHONE), email: text(contactEl, 'email', 100, EMAIL) };
    if (!contactData.phoneNumber && !contactData.email) throw invalid('contactData');
  }
  return { address, contactData };
}
