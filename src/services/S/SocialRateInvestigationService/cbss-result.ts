import type { XmlObject } from '../../../xml/build';
import type { Soctar } from '../../../sources/soctar';
import { contractsDuring, HouseholdStay } from './household';
import { overlaps, Period, union } from './periods';

/** The schema's maxOccurs: the most recent entries are kept. */
const MAX = { finalCustomer: 10, householdHead: 10, protectedPerson: 25, globalRightPeriod: 12, member: 25, householdPeriod: 24, rightPeriod: 24 };

const last = <T>(list: T[], n: number): T[] => list.slice(Math.max(0, list.length - n));
const period = (p: Period): XmlObject => ({ start: p.start, end: p.end ?? undefined });
const NOBODY: XmlObject = { nobody: '' };

export interface CbssResult {
  xml: XmlObject;
  /** Whether anything is known: a protected person, a household head of one, a final customer. */
  found: boolean;
}

/**
 * KSZ's part of the answer (the cbss block): who in the person's households during the window was a
 * final customer (an energy contract in their name), a household head of a protected household, a
 * protected person; `nobody` for a role no one had. The identifier's flags say which the person
 * was themself.
 */
export function cbssResult(ssin: string, stays: HouseholdStay[], window: Period, soctar: Soctar): CbssResult {
  const customers = new Map<string, { tariff: Period[]; heads: Map<string, Period[]> }>();
  const heads = new Map<string, { period: Period; members: Map<string, Period[]> }>();
  const protectedPersons = new Map<string, XmlObject[]>();

  for (const s of stays) {
    for (const m of s.members) {
      if (!contractsDuring(soctar, m.ssin, m.period, window).length) continue;
      const entry = customers.get(m.ssin) ?? { tariff: [] as Period[], heads: new Map<string, Period[]>() };
      if (s.tariff.length) {
        entry.tariff.push(...s.tariff);
        entry.heads.set(s.head, [...(entry.heads.get(s.head) ?? []), s.headPeriod]);
      }
      customers.set(m.ssin, entry);
    }
    if (!s.protectedMembers.length) continue;
    const head = heads.get(s.head) ?? { period: s.headPeriod, members: new Map<string, Period[]>() };
    for (const p of s.protectedMembers) {
      head.members.set(p.ssin, [...(head.members.get(p.ssin) ?? []), p.period]);
      if (!protectedPersons.has(p.ssin)) protectedPersons.set(p.ssin, p.rights.map((r) => ({ '@organization': r.organization, start: r.begin_date, end: r.end_date ?? undefined })));
    }
    heads.set(s.head, head);
  }

  // The person's own rights count wherever they lived (also before the households the register
  // knows, or outside any: a BIS number).
  const own = soctar.rights(ssin).filter((r) => overlaps({ start: r.begin_date, end: r.end_date }, window));
  if (own.length) protectedPersons.set(ssin, own.map((r) => ({ '@organization': r.organization, start: r.begin_date, end: r.end_date ?? undefined })));

  const customerXml = [...customers.entries()].map(([customer, e]) => ({
    ssin: customer,
    hasRight: e.tariff.length
      ? {
          globalRightPeriod: last(union(e.tariff), MAX.globalRightPeriod).map(period),
          householdHead: last([...e.heads.entries()], MAX.householdHead).map(([h, ps]) => ({ ssin: h, householdPeriod: last(union(ps), MAX.householdPeriod).map(period) })),
        }
      : undefined,
  }));
  const headXml = [...heads.entries()].map(([h, e]) => ({
    ssin: h,
    householdHeadPeriod: period(e.period),
    member: last([...e.members.entries()], MAX.member).map(([m, ps]) => ({ ssin: m, householdPeriod: last(union(ps), MAX.householdPeriod).map(period) })),
  }));
  const protectedXml = [...protectedPersons.entries()].map(([p, rights]) => ({ ssin: p, rightPeriod: last(rights, MAX.rightPeriod) }));

  const isCustomer = customers.has(ssin);
  const isHead = heads.has(ssin);
  const isProtected = protectedPersons.has(ssin);
  return {
    found: customerXml.some((c) => c.hasRight) || headXml.length > 0 || protectedXml.length > 0,
    xml: {
      identifier: { '@finalCustomer': isCustomer, '@householdHead': isHead, '@protectedPerson': isProtected, '#text': ssin },
      finalCustomer: customerXml.length ? last(customerXml, MAX.finalCustomer) : NOBODY,
      householdHead: headXml.length ? last(headXml, MAX.householdHead) : NOBODY,
      protectedPerson: protectedXml.length ? last(protectedXml, MAX.protectedPerson) : NOBODY,
    },
  };
}
