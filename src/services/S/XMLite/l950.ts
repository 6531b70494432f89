import type { Ctx } from './context';
import { child, childText, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import type { Employment } from '../../../sources/rsz';
import type { Identity } from '../../../sources/persons';
import { hashOf } from '../../../domain/hash';

const FAR_FUTURE = '9999-12-31';
const isTrue = (v: string | undefined) => v?.trim() === '1' || v?.trim() === 'true';

/** Dimona actions (LastDimonaAction). */
export const DIMONA_ACTION = { IN: 1, OUT: 2, UPDATE: 3, CANCEL: 4 } as const;

/** A Dimona number for an employment (12 digits, stable: from the employment's row). */
export const dimonaNumber = (e: Employment) => String(100_000_000_000 + e.id * 7919);

/** The ticket that lets a client scroll through one worker's answers. */
export const ticketOf = (ssin: string) => String(hashOf(`L950/${ssin}`) % 1_000_000_000);

/**
 * Which Dimona periods an L950 asks: ActiveWorker 1, those that overlap the search period (none
 * given: today); 0, every period known. Only what has begun by today is known, as in Dolsis
 * findEmployersByWorker (S01), whose periods these are. The emulated RSZ keeps no cancelled
 * declarations, so CanceledContract changes nothing.
 */
export function askedEmployments(all: Employment[], request: XmlElement, today: string): Employment[] {
  const known = all.filter((e) => e.begin_date <= today);
  if (!isTrue(childText(request, 'ActiveWorker'))) return known;
  const period = child(request, 'SearchPeriod');
  const begin = childText(period, 'BeginDate') ?? today;
  const end = childText(period, 'EndDate') ?? (period ? FAR_FUTURE : today);
  return known.filter((e) => e.begin_date <= end && (e.end_date ?? FAR_FUTURE) >= begin);
}

function activity(e: Employment, person: Identity, today: string): XmlObject {
  const ended = e.end_date !== null && e.end_date < today;
  return {
    Employer: { FirmID: { NLOSSRegistrationNbr: e.noss_number, CompanyID: e.employer_cbe }, PLAIndicator: 0 },
    NaturalPerson: {
      INSS: person.ssin,
      Name: person.lastName,
      FirstName: person.firstName,
      OriolusValidationCode: 0,
      BirthDate: person.birthDate,
      Sex: person.gender ?? 0,
      NationalityCode: person.nationality,
    },
    Worker: {
      OccupationPeriod: { BeginDate: e.begin_date, EndDate: e.end_date ?? undefined },
      JointCommissionNbr: e.joint_committee,
      // The client leaves an ordinary worker's kind out (blank): only STU, IVT, ... are named.
      KindOfWorker: e.worker_type === 'OTH' ? undefined : e.worker_type,
      DimonaNbr: dimonaNumber(e),
      ValidityStatus: 1,
      LastDimonaAction: ended ? DIMONA_ACTION.OUT : DIMONA_ACTION.IN,
    },
  };
}

/**
 * The L950 answer: the Dimona periods asked, the oldest first, NbrOfAnswer at a time. Lines are
 * numbered from 1; Scrolling{FirstLineNbr, Ticket} asks from a line on (0 or 1: the first), and
 * NextScrolling says where the next page starts while answers remain.
 */
export function l950Answer(request: XmlElement, ctx: Ctx, person: Identity): XmlObject {
  const all = askedEmployments(ctx.sources.rsz.employments(person.ssin), request, ctx.today);
  const pageSize = Math.max(1, Number(childText(request, 'NbrOfAnswer') ?? '32'));
  const first = Math.max(1, Number(childText(request, 'Scrolling', 'FirstLineNbr') ?? '1'));
  const page = all.slice(first - 1, first - 1 + pageSize);
  const next = first + page.length;
  return {
    Reference: {
      NbrOfAvailableAnswer: all.length,
      NbrOfIncludedAnswer: page.length,
      NextScrolling: next <= all.length ? { FirstLineNbr: next, Ticket: ticketOf(person.ssin) } : undefined,
    },
    Activity: page.map((e) => activity(e, person, ctx.today)),
  };
}
