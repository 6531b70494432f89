import { daysInMonth } from '../../domain/dates';
import type { Rsz } from '../rsz';
import type { Rva } from '../rva';
import type { Pension } from '../pension';
import type { Rsvz } from '../rsvz';
import type { Nic } from '../nic/reader';
import type { PodMi } from '../podmi';
import { PERIOD_TYPE } from '../rsvz/model';
import type { AlertRule, AlertSource } from './rules';

/** The sources the alert rules cross an accepted period with. */
export interface AlertReaders {
  rsz: Rsz;
  rva: Rva;
  pension: Pension;
  rsvz: Rsvz;
  nic: Nic;
  podmi: PodMi;
}

/** A living-wage period POD MI has just accepted: what the rules cross. */
export interface AcceptedGrant {
  ssin: string;
  ocmw_cbe: string;
  begin: string;
  /** null: open; the rules then look up to today. */
  end: string | null;
}

/** One record of a source that overlaps the period: its own key (one alert per rule and record), the days shared, its amount. */
export interface Hit {
  ref: string;
  begin: string;
  end: string;
  /** Euro; null for the sources without an amount (Dimona, self-employed activity). */
  amount: number | null;
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/** The days [begin, end] shares with [from, to] (end null = open), or null. */
function shared(begin: string, end: string | null, from: string, to: string): [string, string] | null {
  const b = later(begin, from);
  const e = earlier(end ?? '9999-12-31', to);
  return b <= e ? [b, e] : null;
}

const quarterDays = (q: string): [string, string] => {
  const [year, n] = [Number(q.slice(0, 4)), Number(q.slice(5))];
  const last = n * 3;
  return [`${year}-${String(last - 2).padStart(2, '0')}-01`, `${year}-${String(last).padStart(2, '0')}-${daysInMonth(year, last)}`];
};
const monthDays = (m: string): [string, string] => [`${m}-01`, `${m}-${daysInMonth(Number(m.slice(0, 4)), Number(m.slice(5, 7)))}`];

type Finder = (r: AlertReaders, g: AcceptedGrant, from: string, to: string, today: string) => Hit[];

const FINDERS: Record<AlertSource, Finder> = {
  DMFA_WAGES(r, g, from, to) {
    const nosses = [...new Set(r.rsz.employments(g.ssin).map((e) => e.noss_number))];
    const byQuarter = new Map<string, number>();
    for (const q of nosses.flatMap((n) => r.rsz.dmfa(g.ssin, n))) byQuarter.set(q.quarter, (byQuarter.get(q.quarter) ?? 0) + q.wage_amount);
    return [...byQuarter].flatMap(([quarter, wage]) => {
      const days = shared(...quarterDays(quarter), from, to);
      return days && wage > 0 ? [{ ref: `DMFA:${quarter}`, begin: days[0], end: days[1], amount: Math.round(wage * 100) / 100 }] : [];
    });
  },
  DIMONA(r, g, from, to) {
    return r.rsz.employments(g.ssin).flatMap((e) => {
      const days = shared(e.begin_date, e.end_date, from, to);
      return days ? [{ ref: `DIMONA:${e.id}`, begin: days[0], end: days[1], amount: null }] : [];
    });
  },
  RVA_PAYMENT(r, g, from, to) {
    const byMonth = new Map<string, number>();
    for (const p of r.rva.payments(g.ssin)) byMonth.set(p.month, (byMonth.get(p.month) ?? 0) + p.gross_amount);
    return [...byMonth].flatMap(([month, amount]) => {
      const days = shared(...monthDays(month), from, to);
      return days && amount > 0 ? [{ ref: `RVA:${month}`, begin: days[0], end: days[1], amount: Math.round(amount * 100) / 100 }] : [];
    });
  },
  PENSION(r, g, from, to) {
    return r.pension.rightsBetween(g.ssin, from, to).flatMap((p) => {
      const days = shared(p.right_start, p.right_close, from, to);
      return days ? [{ ref: `PENSION:${p.id}`, begin: days[0], end: days[1], amount: p.monthly_amount }] : [];
    });
  },
  SELF_EMPLOYED(r, g, from, to) {
    return r.rsvz.careerPeriods(g.ssin).flatMap((c) => {
      const days = c.period_type === PERIOD_TYPE.ACTIVITY ? shared(c.begin_date, c.end_date, from, to) : null;
      return days ? [{ ref: `RSVZ:${c.id}`, begin: days[0], end: days[1], amount: null }] : [];
    });
  },
  INCAPACITY(r, g, from, to, today) {
    return r.nic.incapacityPeriods(g.ssin, from, to, today).flatMap((i) => {
      const days = shared(i.begin_date, i.end_date, from, to);
      return days ? [{ ref: `NIC:${i.id}`, begin: days[0], end: days[1], amount: i.daily_gross_amount }] : [];
    });
  },
  OTHER_OCMW_LEEFLOON(r, g, from, to, today) {
    return r.podmi.periods(g.ssin, `${today}T23:59:59.999Z`).flatMap((p) => {
      const days = p.ocmw_cbe === g.ocmw_cbe ? null : shared(p.begin_date, p.end_date, from, to);
      return days ? [{ ref: `PODMI:${p.id}`, begin: days[0], end: days[1], amount: p.monthly_amount }] : [];
    });
  },
};

/** Every hit of one rule on an accepted period (an open one looked at up to today), at or above the rule's amount. */
export function hitsOf(rule: AlertRule, readers: AlertReaders, grant: AcceptedGrant, today: string): Hit[] {
  const to = grant.end ?? today;
  if (to < grant.begin) return [];
  return FINDERS[rule.source](readers, grant, grant.begin, to, today).filter((h) => h.amount === null || h.amount >= rule.minAmount);
}
