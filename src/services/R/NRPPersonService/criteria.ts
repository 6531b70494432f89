import { child, childText, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { isSsinType } from '../../../domain/ssin';

/** The criteria of a searchPersonsByAddress request (NRPPersonServiceV1.xsd). */
export interface Criteria {
  /** Search at this person's current address... */
  ssin?: string;
  /** ...or at this address. */
  address?: AddressCriteria;
  history: boolean;
}

export interface AddressCriteria {
  postalCode?: string;
  municipalityCode?: string;
  streetCode?: string;
  streetName?: string;
  houseNumber: string;
  box?: string;
}

const BOOLEANS: Record<string, boolean> = { true: true, '1': true, false: false, '0': false };

/** Reads and checks the criteria; anything the search cannot use is MSG00008 naming the field. */
export function readCriteria(request: XmlElement): Criteria {
  const criteria = child(request, 'criteria');
  if (!criteria) throw invalidField('criteria');
  const historyText = childText(criteria, 'history') ?? 'false';
  const history = BOOLEANS[historyText];
  if (history === undefined) throw invalidField('criteria/history', historyText);

  const ssinEl = child(criteria, 'ssin');
  const addressEl = child(criteria, 'address');
  if (ssinEl && addressEl) throw invalidField('criteria', 'ssin and address: give one of them');
  if (ssinEl) return { ssin: childText(criteria, 'ssin') ?? '', history };
  if (!addressEl) throw invalidField('criteria', 'ssin or address is required');
  return { address: readAddress(addressEl), history };
}

function readAddress(el: XmlElement): AddressCriteria {
  const get = (name: string) => childText(el, name);
  const a: AddressCriteria = {
    postalCode: get('postalCode'),
    municipalityCode: get('municipalityCode'),
    streetCode: get('streetCode'),
    streetName: get('streetName'),
    houseNumber: get('houseNumber') ?? '',
    box: get('box'),
  };
  if (a.postalCode === undefined && a.municipalityCode === undefined) throw invalidField('criteria/address/postalCode', 'postalCode or municipalityCode is required');
  if (a.postalCode !== undefined && !/^[1-9]\d{3}$/.test(a.postalCode)) throw invalidField('criteria/address/postalCode', a.postalCode);
  if (a.municipalityCode !== undefined && !/^\d{5}$/.test(a.municipalityCode)) throw invalidField('criteria/address/municipalityCode', a.municipalityCode);
  if (a.streetCode === undefined && a.streetName === undefined) throw invalidField('criteria/address/streetName', 'streetCode or streetName is required');
  if (a.streetCode !== undefined && !/^\d{1,8}$/.test(a.streetCode)) throw invalidField('criteria/address/streetCode', a.streetCode);
  if (a.houseNumber === '') throw invalidField('criteria/address/houseNumber');
  return a;
}


/**
 * The criteria to echo in a reply: as sent when they are valid, left out otherwise (the echo must
 * keep the reply valid; the status names the offending field).
 */
export function criteriaEcho(request: XmlElement): XmlElement | undefined {
  try {
    const c = readCriteria(request);
    return c.ssin === undefined || isSsinType(c.ssin) ? child(request, 'criteria') : undefined;
  } catch {
    return undefined;
  }
}

/** The SSIN the request names, for the shared SSIN checks: only a search by SSIN names one. */
export function targetSsin(request: XmlElement): string | undefined {
  const criteria = child(request, 'criteria');
  return child(criteria, 'ssin') ? (childText(criteria, 'ssin') ?? '') : undefined;
}

/** Data blocks: current residents always; former residents only with history=true. */
export function requestedBlocks(request: XmlElement): string[] {
  const history = BOOLEANS[childText(request, 'criteria', 'history') ?? 'false'] === true;
  return history ? [BLOCK.RESIDENTS, BLOCK.HISTORY] : [BLOCK.RESIDENTS];
}

export const BLOCK = { RESIDENTS: 'residents', HISTORY: 'residentHistory' } as const;
