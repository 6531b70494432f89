import { addDays } from '../../domain/dates';
import { addMonths } from '../../domain/months';
import type { AuthenticSource } from './model';
import { FUNDS, REGIONAL_FROM, regionalSourceOf } from './funds';
import type { ChildBenefitsWriter } from './writer';

/** The last month the emulated data covers (the present is late 2026). */
export const LAST_MONTH = '2026-11';

export interface Residence {
  nis: string;
  /** yyyy-mm-dd */
  begin: string;
  end: string | null;
}

export interface BenefitChild {
  ssin: string;
  birthDate: string;
  /** Supplements on top of the basic amount, e.g. SPECIAL_CARE from a month on. */
  supplements?: { category: string; begin: string; end: string | null }[];
}

/** A household as the child-benefit systems see it: who receives, who was entitled, the children, where they lived. */
export interface BenefitFamily {
  /** The person the money is paid to (usually the mother). */
  recipient: string;
  /** The entitled person of the federal system (attributaire: the working parent). */
  entitled: string;
  children: BenefitChild[];
  residences: Residence[];
  /** A supplement every regional file of the family pays (e.g. SOCIAL for a low income), from a month on. */
  familySupplement?: { category: string; begin: string };
  /** Office and file numbers: a stable stem per family. */
  stem: number;
}

const month = (day: string) => day.slice(0, 7);
const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/** The months a child is paid for: from the birth month to the month before the 18th birthday (open while still a minor). */
function benefitMonths(c: BenefitChild): { begin: string; end: string | null } {
  const adult = `${Number(c.birthDate.slice(0, 4)) + 18}${c.birthDate.slice(4, 7)}`;
  const end = addMonths(adult, -1);
  return { begin: month(c.birthDate), end: end > LAST_MONTH ? null : end };
}

/**
 * Which system paid while the family lived at one address: federal before the region's own start,
 * then the region. `notBefore` is the month after the previous address's last month: the month of
 * a move is paid where the family lived at its start.
 */
function systemsOf(r: Residence, notBefore: string): { source: AuthenticSource; begin: string; end: string | null }[] {
  const region = regionalSourceOf(r.nis);
  const from = REGIONAL_FROM[region];
  const begin = later(month(r.begin), notBefore);
  const end = r.end === null ? null : month(r.end);
  if (end !== null && end < begin) return [];
  const out: { source: AuthenticSource; begin: string; end: string | null }[] = [];
  if (begin < from) out.push({ source: 'FEDERAL', begin, end: earlier(end, addMonths(from, -1)) });
  if (end === null || end >= from) out.push({ source: region, begin: later(begin, from), end });
  return out;
}

const overlap = (a: { begin: string; end: string | null }, b: { begin: string; end: string | null }) => {
  const begin = later(a.begin, b.begin);
  const end = earlier(a.end, b.end);
  return end !== null && end < begin ? undefined : { begin, end };
};

/**
 * Writes a family's files: one per system and address period, holding every child paid for then
 * (FLANDERS: one file per child, no file number), the recipient as beneficiary with the file's
 * period, each child's BASIC period and supplements, and a birth bonus in the file of the birth month.
 */
export function writeFamilyFiles(w: ChildBenefitsWriter, f: BenefitFamily): void {
  let sequence = 0;
  let notBefore = '0000-00';
  for (const residence of f.residences) {
    const systems = systemsOf(residence, notBefore);
    if (residence.end) notBefore = addMonths(month(residence.end), 1);
    for (const system of systems) {
      const paid = f.children.map((c) => ({ child: c, months: overlap(benefitMonths(c), system) })).filter((x) => x.months);
      const groups = system.source === 'FLANDERS' ? paid.map((p) => [p]) : paid.length > 0 ? [paid] : [];
      for (const group of groups) {
        const begin = group.map((g) => g.months!.begin).sort()[0];
        const ends = group.map((g) => g.months!.end);
        const end = ends.includes(null) ? null : (ends as string[]).sort().pop()!;
        const fund = FUNDS[system.source];
        sequence += 1;
        const fileId = w.file({
          authentic_source: system.source, fund_enterprise: fund.enterprise, fund_code: fund.code, fund_name: fund.name.nl,
          office_number: String(f.stem % 90 + 10), file_number: system.source === 'FLANDERS' ? '' : `${fund.code}${String(f.stem).padStart(9, '0')}${sequence}`,
          entitled_ssin: f.entitled, begin_month: begin, end_month: end,
        });
        w.member({ file_id: fileId, ssin: f.recipient, role: 'BENEFICIARY', recipient_type: 1 });
        w.period({ file_id: fileId, ssin: f.recipient, begin_month: begin, end_month: end, category: 'BASIC' });
        for (const { child, months } of group) {
          w.member({ file_id: fileId, ssin: child.ssin, role: 'CHILD', recipient_type: null });
          w.period({ file_id: fileId, ssin: child.ssin, begin_month: months!.begin, end_month: months!.end, category: 'BASIC' });
          const supplements = [...(child.supplements ?? [])];
          if (f.familySupplement && system.source !== 'FEDERAL') supplements.push({ ...f.familySupplement, end: null });
          for (const s of supplements) {
            const within = overlap({ begin: month(s.begin), end: s.end && month(s.end) }, months!);
            if (within) w.period({ file_id: fileId, ssin: child.ssin, begin_month: within.begin, end_month: within.end, category: s.category });
          }
          if (months!.begin === month(child.birthDate)) w.bonus({ file_id: fileId, ssin: child.ssin, payment_date: addDays(child.birthDate, 21), category: 'BIRTH' });
        }
      }
    }
  }
}
