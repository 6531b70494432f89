import { childText, XmlElement } from '../../../xml/node';
import { parseXsdDate } from '../../../domain/dates';
import { argumentInvalid, argumentMissing } from '../../../soap/classicErrors';
import type { Language } from '../../../sources/pension';
import { readOnce } from '../../read-once';

export const PILLARS = ['FirstOnly', 'SecondOnly', 'FirstSecond'] as const;
export const INFORMATION = ['RightsOnly', 'RightsMinimumPayments', 'RightsMaximumPayments'] as const;
export const FOCUS = ['ReferencePeriod', 'MonthOfPayment'] as const;
const LANGUAGES = ['NL', 'FR', 'DE', 'EN'] as const;

/** What a Penskad_OpenPK_ConsultRequest asks. */
export interface Asked {
  ssin: string;
  start: string;
  end: string;
  pillar: (typeof PILLARS)[number];
  information: (typeof INFORMATION)[number];
  focus: (typeof FOCUS)[number];
  language: Language;
}

function oneOf<T extends string>(request: XmlElement, path: string[], values: readonly T[], fallback?: T): T {
  const raw = childText(request, ...path);
  const field = path.join('/');
  if (raw === undefined) {
    if (fallback) return fallback;
    throw argumentMissing(field);
  }
  if (!(values as readonly string[]).includes(raw)) throw argumentInvalid(field, raw, `expected one of ${values.join(', ')}`);
  return raw as T;
}

/**
 * The request's criteria, checked as the schema does (a lenient emulator lets an invalid request
 * through the schema step): the period's dates, in order; the enumerations; Focus defaults to
 * ReferencePeriod.
 */
function readAsked(request: XmlElement): Asked {
  const date = (name: string) => {
    const raw = childText(request, 'Period', name);
    if (raw === undefined) throw argumentMissing(`Period/${name}`);
    const day = parseXsdDate(raw);
    if (!day) throw argumentInvalid(`Period/${name}`, raw);
    return day;
  };
  const start = date('StartDate');
  const end = date('EndDate');
  if (end < start) throw argumentInvalid('Period', `${start}..${end}`, 'the EndDate lies before the StartDate');
  return {
    ssin: childText(request, 'TargetSSIN') ?? '',
    start,
    end,
    pillar: oneOf(request, ['RequestedData', 'Pillar'], PILLARS),
    information: oneOf(request, ['RequestedData', 'RequestedInformation'], INFORMATION),
    focus: oneOf(request, ['RequestedData', 'Focus'], FOCUS, 'ReferencePeriod'),
    language: oneOf(request, ['Language'], LANGUAGES),
  };
}

/** The request's criteria, read once per request (period rule, operation, handler). */
export const askedOf = readOnce(readAsked);
