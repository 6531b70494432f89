import type { XmlObject } from '../../../xml/build';
import type { NationalRegister, RrAddress } from '../../../sources/rr';
import type { EnergyContract, Soctar } from '../../../sources/soctar';
import { addDays } from '../../../domain/dates';
import { quarterOf } from '../../../domain/quarters';
import { contractsDuring, HouseholdStay } from './household';
import { bcssCommunication, intersect, lastRunOn, Period, supplierCommunication } from './periods';

/** The namespaces of FOD Economie's part (qualified, one per entity of its contract). */
export const SOCTAR_NS = {
  ccs: 'http://economie.fgov.be/soctar/entity/v2/CitizenCompleteStatus',
  hhd: 'http://economie.fgov.be/soctar/entity/v2/HouseHoldData',
  hhm: 'http://economie.fgov.be/soctar/entity/v2/HouseHoldMember',
  mt: 'http://economie.fgov.be/soctar/entity/v2/Match',
  st: 'http://economie.fgov.be/soctar/entity/v2/Status',
};
const DECLARATIONS = Object.fromEntries(Object.entries(SOCTAR_NS).map(([prefix, ns]) => [`@xmlns:${prefix}`, ns]));

export type SoctarFailure = 'SSIN_NOT_FOUND' | 'SERVICE_UNAVAILABLE';

const DESCRIPTIONS: Record<SoctarFailure, string> = {
  SSIN_NOT_FOUND: 'The SSIN is not known in the National Register: FOD Economie holds no household for it.',
  SERVICE_UNAVAILABLE: 'The social-tariff database of FOD Economie did not answer.',
};

/** The reference dates: the register's day before, KSZ's and the suppliers' last quarterly communication. */
function referenceDates(today: string): XmlObject {
  return {
    'ccs:rnReferenceDate': addDays(today, -1),
    'ccs:supplierReferenceDate': lastRunOn(today, supplierCommunication),
    'ccs:bcssReferenceDate': lastRunOn(today, bcssCommunication),
  };
}

const sameAddress = (c: EnergyContract, a: RrAddress): boolean =>
  a.postal_code === c.postal_code && a.house_number === c.house_number && (a.box ?? null) === (c.box ?? null) && (a.street_nl === c.street || a.street_fr === c.street);

/**
 * One matched contract: eligibility 0 and the social-tariff period when it is at the holder's
 * domicile while the household had the tariff, 1 when it is not (a second home, a dwelling left
 * behind); neither before the run of the quarter the tariff starts in (not decided yet).
 */
function match(c: EnergyContract, tariff: Period[], rr: NationalRegister, today: string): XmlObject | undefined {
  const running = { start: c.supplier_start, end: c.supplier_end };
  const domiciles = rr.addresses(c.ssin).filter((a) => sameAddress(c, a)).map((a) => ({ start: a.begin_date, end: a.end_date }));
  const touched = tariff.map((t) => intersect(t, running)).filter((p): p is Period => p !== undefined);
  const granted = touched.flatMap((t) => domiciles.map((d) => intersect(t, d))).filter((p): p is Period => p !== undefined);
  if (!touched.length) return undefined;
  const latest = (granted.length ? granted : touched).reduce((a, b) => (b.start > a.start ? b : a));
  const decidedOn = supplierCommunication(quarterOf(latest.start));
  const decided = decidedOn <= today;
  return {
    'mt:ssin': c.ssin,
    'mt:supplierName': c.supplier_name,
    'mt:custId': c.cust_id,
    'mt:name': c.last_name,
    'mt:firstNames': c.first_names ?? undefined,
    'mt:streetName': c.street,
    'mt:houseNu': c.house_number ?? undefined,
    'mt:boxNu': c.box ?? undefined,
    'mt:postalCode': c.postal_code,
    'mt:cityName': c.city,
    'mt:eanId': c.ean,
    'mt:product': c.product,
    'mt:eligibility': decided ? (granted.length ? '0' : '1') : undefined,
    'mt:startDate': decided && granted.length ? latest.start : undefined,
    'mt:updateDate': decided ? decidedOn : undefined,
    'mt:endDate': decided && granted.length && latest.end !== null && latest.end < today ? latest.end : undefined,
    'mt:supplierStart': c.supplier_start,
    'mt:supplierEnd': c.supplier_end ?? undefined,
  };
}

/**
 * FOD Economie's part (the soctar block): the household on the as-of day (its address, its members),
 * the contracts it matched with a member during the window, the reference dates; a Status instead
 * when it does not know the SSIN or did not answer.
 */
export function soctarResult(ssin: string, stays: HouseholdStay[], window: Period, asOf: string, today: string, rr: NationalRegister, soctar: Soctar, failure?: SoctarFailure): XmlObject {
  const dates = referenceDates(today);
  const head = { ...DECLARATIONS };
  if (failure) return { 'ccs:CitizenCompleteStatus': { ...head, ...dates, 'ccs:Status': { 'st:value': failure, 'st:description': DESCRIPTIONS[failure] } } };
  const current = stays[stays.length - 1];
  const address = rr.addresses(ssin).find((a) => a.begin_date <= asOf && (a.end_date === null || a.end_date >= asOf) && a.country === 150);
  const matches = stays.flatMap((s) => s.members.flatMap((m) => contractsDuring(soctar, m.ssin, m.period, window).map((c) => match(c, s.tariff, rr, today))));
  const unique = [...new Map(matches.filter((m): m is XmlObject => m !== undefined).map((m) => [m['mt:eanId'] + String(m['mt:ssin']), m])).values()];
  return {
    'ccs:CitizenCompleteStatus': {
      ...head,
      'ccs:HouseholdData': address
        ? { 'hhd:streetName': address.street_nl ?? address.street_fr ?? undefined, 'hhd:houseNu': address.house_number ?? undefined, 'hhd:boxNu': address.box ?? undefined, 'hhd:postalCode': address.postal_code ?? undefined, 'hhd:cityName': address.municipality_nl ?? address.municipality_fr ?? undefined }
        : undefined,
      'ccs:HouseholdMembers': current
        ? { 'ccs:HouseholdMember': current.members.map((m) => memberXml(m.ssin, rr)) }
        : undefined,
      'ccs:MatchList': unique.length ? { 'ccs:Match': unique } : undefined,
      ...dates,
    },
  };
}

function memberXml(ssin: string, rr: NationalRegister): XmlObject {
  const p = rr.person(ssin);
  return { 'hhm:ssin': ssin, 'hhm:name': p?.last_name ?? '', 'hhm:firstNames': p?.first_name ?? '' };
}
