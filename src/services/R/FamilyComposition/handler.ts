import type { Ctx } from './context';
import { child, childText, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import {StatusError} from '../../types';
import { MSG } from '../../../domain/codes';
import { DATA_FOUND, invalidField, replyHead, status } from '../../../soap/newstyle';
import { isSsinType } from '../../../domain/ssin';
import { isCalendarDay } from '../../../domain/dates';
import type { HouseholdMember } from '../../../sources/rr';
import { familyRoleCode, familyRoleLabel, LANGUAGES } from '../../../sources/rr/labels';

/**
 * R07 FamilyComposition.consultFamilyComposition (modelled, docs/services/R07.md): the household
 * of a National Register person on a date (today by default), every member with their
 * relationship to the household's reference person and the date they joined it.
 */
export function consultFamilyComposition(request: XmlElement, ctx: Ctx): XmlObject {
  const date = referenceDateOf(request) ?? ctx.today;
  if (date > ctx.today) throw invalidField('criteria/referenceDate', date);
  const target = ctx.target!;
  const person = target.origin === 'RN_RR' ? target.rr : undefined;
  // Households are kept by the National Register; a BIS number is not a National Register person (as in TX25).
  if (!person) throw new StatusError('NO_RESULT', MSG.SSIN_UNKNOWN, [{ fieldName: 'ssin', fieldValue: target.ssin }]);
  // A person who died before the date has no household: the code that says so, with the date (its field name as CBSS spells it).
  if (person.decease_date && person.decease_date < date) {
    throw new StatusError('NO_DATA_FOUND', MSG.DECEASED, [{ fieldName: 'deceiseDate', fieldValue: person.decease_date }]);
  }
  const household = ctx.sources.rr.householdAt(person.ssin, date);
  if (!household) throw new StatusError('NO_DATA_FOUND', MSG.NO_DATA, [{ fieldName: 'criteria/referenceDate', fieldValue: date }]);

  return {
    ...replyHead(request, ctx),
    criteria: child(request, 'criteria'),
    status: DATA_FOUND(),
    familyComposition: { referenceDate: date, member: household.members.map(member) },
  };
}

/** A refusal: the head, the criteria echoed as far as they are valid (ssin, referenceDate), the status. */
export function refusal(request: XmlElement, ctx: Ctx, error: StatusError): XmlObject {
  const ssin = childText(request, 'criteria', 'ssin');
  let referenceDate: string | undefined;
  try {
    referenceDate = referenceDateOf(request);
  } catch {
    referenceDate = undefined;
  }
  return {
    ...replyHead(request, ctx),
    criteria: ssin !== undefined && isSsinType(ssin) ? { ssin, referenceDate } : undefined,
    status: status(error.value, error.def, error.information),
  };
}

function member({ person: p, membership: m }: HouseholdMember): XmlObject {
  const code = familyRoleCode(m.household_role);
  return {
    ssin: p.ssin,
    lastName: p.last_name,
    firstName: p.first_name || undefined,
    birthDate: p.birth_date,
    gender: p.gender,
    relationship: {
      code,
      description: { description: LANGUAGES.map((l) => ({ '@language': l.toUpperCase(), '#text': familyRoleLabel(code, p.gender, l) })) },
    },
    entryDate: m.begin_date,
    exitDate: m.end_date ?? undefined,
  };
}

/** criteria/referenceDate: a calendar date yyyy-mm-dd, or undefined when absent. */
export function referenceDateOf(request: XmlElement): string | undefined {
  const value = childText(request, 'criteria', 'referenceDate');
  if (value === undefined) return undefined;
  if (!isCalendarDay(value)) throw invalidField('criteria/referenceDate', value);
  return value;
}
