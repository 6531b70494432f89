import { child, childText, path, XmlElement } from '../../../xml/node';
import { REASON } from '../../../domain/codes';
import { parseXsdDate } from '../../../domain/dates';
import { ClassicError } from '../../types';
import { isFuelCode, type InvoiceFacts } from '../../../sources/heating';
import { readOnce } from '../../read-once';

export interface Asked {
  ssin: string;
  category: 1 | 2 | 3;
  invoice: InvoiceFacts;
  kbo: string;
}

const missing = (field: string) => new ClassicError({ severity: 'ERROR', def: REASON.ARGUMENT_MISSING, information: [{ fieldName: field }] });
const invalid = (field: string, value: string) => new ClassicError({ severity: 'ERROR', def: REASON.ARGUMENT_INVALID, information: [{ fieldName: field, fieldValue: value }] });

/**
 * What an AllocationRequest asks, read by local name (the Invoice's children are in the
 * data-types namespace, the rest in the request's): the beneficiary, the invoice, the OCMW.
 * The schema has refused most bad values before; this guards what the handler relies on.
 */
function readAsked(request: XmlElement): Asked {
  const beneficiary = path(request, 'ComputeAllocation', 'PrimaryBeneficiary');
  const invoice = path(request, 'ComputeAllocation', 'Invoice');
  const text = (el: XmlElement | undefined, name: string, field: string) => childText(el, name) ?? (() => { throw missing(field); })();
  const positive = (name: string) => {
    const raw = text(invoice, name, `Invoice/${name}`);
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n <= 0) throw invalid(`Invoice/${name}`, raw);
    return n;
  };
  const ssin = text(beneficiary, 'SSIN', 'PrimaryBeneficiary/SSIN');
  const categoryText = text(beneficiary, 'Category', 'PrimaryBeneficiary/Category');
  const category = Number(categoryText);
  if (category !== 1 && category !== 2 && category !== 3) throw invalid('PrimaryBeneficiary/Category', categoryText);
  const fuelText = text(invoice, 'UnitFuel', 'Invoice/UnitFuel');
  const fuel = Number(fuelText);
  if (!isFuelCode(fuel)) throw invalid('Invoice/UnitFuel', fuelText);
  const dateText = text(invoice, 'DeliveryDate', 'Invoice/DeliveryDate');
  const deliveryDate = parseXsdDate(dateText) ?? (() => { throw invalid('Invoice/DeliveryDate', dateText); })();
  const kbo = childText(child(request, 'OCMW_CPAS'), 'KboBceNumber') ?? (() => { throw missing('OCMW_CPAS/KboBceNumber'); })();
  return {
    ssin,
    category,
    kbo,
    invoice: { fuel, deliveryDate, amount: positive('Amount'), quantity: positive('Quantity'), housingNumber: positive('HousingNumber') },
  };
}

/** The request's question, read once per request (target SSIN, handler). */
export const askedOf = readOnce(readAsked);
