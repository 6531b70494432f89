import { child, childrenNamed, childText, XmlElement } from '../../../xml/node';
import { parseXsdDate } from '../../../domain/dates';
import { argumentInvalid, argumentMissing } from '../../../soap/classicErrors';

/**
 * Reads a ReferenceManagerRequest (by local name) and checks what ReferenceManagerTypes.xsd
 * requires, in document order; the first problem is a ClassicError naming the field
 * (31000007 missing, 31000005 not valid).
 */
export interface Combination {
  sector: number;
  /** Empty = every quality code of the sector. */
  qualityCodes: number[];
}

export interface ConsultArgs {
  ssin: string;
  /** The caller's own quality code for the person (902 when left out). */
  qualityCodeRequestor: number;
  /** RequestedPeriod, inclusive calendar days. */
  begin: string;
  end: string;
  /** Empty = every sector other than the caller's. */
  combinations: Combination[];
  fetchDescriptions: boolean;
}

const INTEGER = /^[+-]?\d+$/;
const CRITERIA = 'ConsultOtherSectorsCriteria';

function integerIn(el: XmlElement | undefined, fieldName: string, min: number, max: number): number | undefined {
  const t = childText(el);
  if (t === undefined) return undefined;
  if (!INTEGER.test(t) || Number(t) < min || Number(t) > max) throw argumentInvalid(fieldName, t, `expected an integer from ${min} to ${max}`);
  return Number(t);
}

function readDay(period: XmlElement, name: string, field: string): string {
  const text = childText(period, name);
  if (text === undefined) throw argumentMissing(`${field}/${name}`);
  const day = parseXsdDate(text);
  if (!day) throw argumentInvalid(`${field}/${name}`, text, 'not a date');
  return day;
}

export function readConsult(request: XmlElement): ConsultArgs {
  const criteria = child(request, CRITERIA);
  if (!criteria) throw argumentMissing(CRITERIA);
  const qualityCodeRequestor = integerIn(child(criteria, 'QualityCodeRequestor'), 'QualityCodeRequestor', 0, 902) ?? 902;
  const ssin = childText(criteria, 'RequestedSsin') ?? '';

  const period = child(criteria, 'RequestedPeriod');
  if (!period) throw argumentMissing('RequestedPeriod');
  const begin = readDay(period, 'StartDate', 'RequestedPeriod');
  const end = readDay(period, 'EndDate', 'RequestedPeriod');
  if (end < begin) throw argumentInvalid('RequestedPeriod', `${begin}/${end}`, 'the EndDate lies before the StartDate');

  const combinations = childrenNamed(criteria, 'SectorQualityCodesCombination').map((c) => {
    const sector = integerIn(child(c, 'Sector'), 'SectorQualityCodesCombination/Sector', 0, 999);
    if (sector === undefined) throw argumentMissing('SectorQualityCodesCombination/Sector');
    const qualityCodes = childrenNamed(c, 'QualityCodes').map((q) => integerIn(q, 'SectorQualityCodesCombination/QualityCodes', 0, 999)!);
    return { sector, qualityCodes };
  });

  // Mandatory in the XSD with default true; a client that leaves it out gets the descriptions.
  const fetch = childText(criteria, 'FetchDescriptions') ?? 'true';
  if (!['true', 'false', '1', '0'].includes(fetch)) throw argumentInvalid('FetchDescriptions', fetch, 'expected true or false');
  return { ssin, qualityCodeRequestor, begin, end, combinations, fetchDescriptions: fetch === 'true' || fetch === '1' };
}
