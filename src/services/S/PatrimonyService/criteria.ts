import { child, childText, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { parseXsdDate } from '../../../domain/dates';
import { isValidKbo } from '../../../domain/kbo';
import { readOnce } from '../../read-once';

/**
 * The searchCriteria of the three operations of PatrimonyService v1: who (ssin or enterpriseNumber
 * and division), whether to list the co-owners, which dates (nothing: the rights held today;
 * fullHistory: every right ever held; period: the rights held at some time in it), the language of
 * the descriptions. The schema has checked their form; what it cannot check (an end before the
 * begin, an enterprise number's check digits) is NO_RESULT MSG00008 naming the field.
 */
export interface Criteria {
  ssin?: string;
  enterpriseNumber?: string;
  division?: string;
  withCoOwners: boolean;
  /** TODAY: only the rights held today; HISTORY: all of them; PERIOD: those overlapping [begin, end ?? today]. */
  scope: { kind: 'TODAY' } | { kind: 'HISTORY' } | { kind: 'PERIOD'; begin: string; end?: string };
  language: string;
}

const isTrue = (v: string | undefined) => v === 'true' || v === '1';

function readDate(period: XmlElement, name: string, required: boolean): string | undefined {
  const raw = childText(period, name);
  if (raw === undefined) {
    if (required) throw invalidField(`searchCriteria/period/${name}`);
    return undefined;
  }
  const date = parseXsdDate(raw);
  if (!date) throw invalidField(`searchCriteria/period/${name}`, raw);
  return date;
}

function readCriteria(request: XmlElement): Criteria {
  const criteria = child(request, 'searchCriteria');
  if (!criteria) throw invalidField('searchCriteria');
  const enterpriseNumber = childText(criteria, 'enterpriseNumber')?.trim();
  if (enterpriseNumber !== undefined && !isValidKbo(enterpriseNumber)) throw invalidField('searchCriteria/enterpriseNumber', enterpriseNumber);
  const period = child(criteria, 'period');
  let scope: Criteria['scope'] = { kind: isTrue(childText(criteria, 'fullHistory') ?? childText(criteria, 'history')) ? 'HISTORY' : 'TODAY' };
  if (period) {
    const begin = readDate(period, 'beginDate', true)!;
    const end = readDate(period, 'endDate', false);
    if (end !== undefined && end < begin) throw invalidField('searchCriteria/period', 'Invalid Period: the endDate lies before the beginDate');
    scope = { kind: 'PERIOD', begin, end };
  }
  return {
    ssin: childText(criteria, 'ssin')?.trim(),
    enterpriseNumber,
    division: childText(criteria, 'division')?.trim(),
    withCoOwners: isTrue(childText(criteria, 'withCoOwners')),
    scope,
    language: childText(criteria, 'language') ?? 'NL',
  };
}

/** The criteria of a request, read and checked once per request (validate, handler). */
export const criteriaOf = readOnce(readCriteria);
