import type { HouseholdMember, Membership, NationalRegister } from '../../../sources/rr';
import type { EnergyContract, SocialRight, Soctar } from '../../../sources/soctar';
import { intersect, overlaps, Period, tariffPeriod, union } from './periods';

/** One household the person belonged to during the window, with who was in it. */
export interface HouseholdStay {
  /** The person's own time in the household. */
  stay: Period;
  head: string;
  headPeriod: Period;
  /** Every member (the person included) with their time in it. */
  members: { ssin: string; period: Period }[];
  /** The members with a right during their time in it, with those rights. */
  protectedMembers: { ssin: string; period: Period; rights: SocialRight[] }[];
  /** The social tariff the household had during the person's stay (quarter rule), the oldest first. */
  tariff: Period[];
}

const periodOf = (m: Membership): Period => ({ start: m.begin_date, end: m.end_date });
const rightPeriod = (r: SocialRight): Period => ({ start: r.begin_date, end: r.end_date });

/**
 * The households a person belonged to during the window, each taken on the last day of the stay
 * (or the as-of day): FOD Economie gives the social tariff to a household as a whole, for the
 * protected persons living in it.
 */
export function householdStays(ssin: string, window: Period, asOf: string, rr: NationalRegister, soctar: Soctar): HouseholdStay[] {
  const stays: HouseholdStay[] = [];
  for (const m of rr.memberships(ssin)) {
    const stay = intersect(periodOf(m), { start: window.start, end: asOf });
    if (!stay) continue;
    const day = stay.end ?? asOf;
    const household = rr.householdAt(ssin, day);
    if (!household) continue;
    const members = household.members.map((hm: HouseholdMember) => ({ ssin: hm.person.ssin, period: intersect(periodOf(hm.membership), periodOf(m)) ?? periodOf(hm.membership), role: hm.membership.household_role, own: periodOf(hm.membership) }));
    const head = members.find((x) => x.role === 1) ?? members.find((x) => x.ssin === ssin)!;
    const protectedMembers = members.flatMap((x) => {
      const rights = soctar.rights(x.ssin).filter((r) => overlaps(rightPeriod(r), x.period) && overlaps(rightPeriod(r), window));
      return rights.length ? [{ ssin: x.ssin, period: x.own, rights }] : [];
    });
    const tariff = union(
      protectedMembers.flatMap((p) => p.rights.map((r) => intersect(tariffPeriod(intersect(rightPeriod(r), p.period)!), periodOf(m))).filter((t): t is Period => t !== undefined)),
    );
    stays.push({ stay, head: head.ssin, headPeriod: head.own, members: members.map((x) => ({ ssin: x.ssin, period: x.own })), protectedMembers, tariff });
  }
  return stays;
}

/** A member's contracts that ran during the window and their stay. */
export function contractsDuring(soctar: Soctar, ssin: string, period: Period, window: Period): EnergyContract[] {
  return soctar.contracts(ssin).filter((c) => {
    const running = { start: c.supplier_start, end: c.supplier_end };
    return overlaps(running, period) && overlaps(running, window);
  });
}
