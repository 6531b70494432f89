import { child, childText, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { parseXsdDate } from '../../../domain/dates';
import { readOnce } from '../../read-once';
import { isQuarter, previousQuarter } from '../../../domain/quarters';

/**
 * The criteria of the three operations, read and checked once per request. The schema has
 * checked their form before (strict mode); what it cannot check is NO_RESULT MSG00008 naming the
 * field, before the SSIN checks, as CBSS validates a message first: a period that ends before it
 * begins, the scopes activeInPeriod and mutations without a period, an impossible date.
 */
export type Scope = 'active' | 'activeInPeriod' | 'mutations';

export interface WorkerCriteria {
  ssin: string;
  scope: Scope;
  period?: Period;
}

export interface EmploymentCriteria {
  ssin: string;
  noss: string;
  /** The quarters asked about, oldest first (the given one and those before it). */
  quarters: string[];
  employmentRecords: boolean;
  dmfaRecords: boolean;
}

export type EmployerKey = { by: 'nossRegistrationNbr' | 'cbeNumber' | 'ssin' | 'vatNumber'; value: string };

/** A begin date and an optional end date. */
export interface Period {
  begin: string;
  end?: string;
}

export function criteriaElement(request: XmlElement): XmlElement {
  const criteria = child(request, 'criteria');
  if (!criteria) throw invalidField('criteria');
  return criteria;
}

export function required(criteria: XmlElement, name: string): string {
  const value = childText(criteria, name)?.trim();
  if (!value) throw invalidField(`criteria/${name}`);
  return value;
}

/** The period element `name` of the criteria (beginDate required, endDate optional and not before it), undefined when absent. */
export function periodOf(criteria: XmlElement, name: string): Period | undefined {
  const el = child(criteria, name);
  if (!el) return undefined;
  const read = (field: string) => {
    const raw = childText(el, field);
    if (raw === undefined) return undefined;
    const day = parseXsdDate(raw);
    if (!day) throw invalidField(`criteria/${name}/${field}`, raw);
    return day;
  };
  const begin = read('beginDate');
  if (!begin) throw invalidField(`criteria/${name}/beginDate`);
  const end = read('endDate');
  if (end !== undefined && end < begin) throw invalidField(`criteria/${name}`, 'Invalid Period: the endDate lies before the beginDate');
  return { begin, end };
}

export const workerCriteriaOf = readOnce((request: XmlElement): WorkerCriteria => {
  const criteria = criteriaElement(request);
  const ssin = required(criteria, 'ssin');
  const scope = required(criteria, 'scope');
  if (scope !== 'active' && scope !== 'activeInPeriod' && scope !== 'mutations') throw invalidField('criteria/scope', scope);
  const period = periodOf(criteria, 'period');
  if (!period) {
    if (scope !== 'active') throw invalidField('criteria/period', `The scope ${scope} needs a period`);
    return { ssin, scope };
  }
  return { ssin, scope, period };
});

export const employmentCriteriaOf = readOnce((request: XmlElement): EmploymentCriteria => {
  const criteria = criteriaElement(request);
  const ssin = required(criteria, 'ssin');
  const noss = required(criteria, 'nossRegistrationNumber');
  const quarter = required(criteria, 'quarter');
  if (!isQuarter(quarter)) throw invalidField('criteria/quarter', quarter);
  const count = Number(childText(criteria, 'nbrOfQuarters')?.trim() ?? '1');
  if (!Number.isInteger(count) || count < 1 || count > 4) throw invalidField('criteria/nbrOfQuarters', childText(criteria, 'nbrOfQuarters'));
  const quarters = [quarter];
  while (quarters.length < count) quarters.unshift(previousQuarter(quarters[0]));
  const flag = (name: string) => (childText(criteria, name)?.trim() ?? 'true') !== 'false' && childText(criteria, name)?.trim() !== '0';
  return { ssin, noss, quarters, employmentRecords: flag('employmentRecords'), dmfaRecords: flag('dmfaRecords') };
});

export const employerKeyOf = readOnce((request: XmlElement): EmployerKey => {
  const criteria = criteriaElement(request);
  for (const by of ['nossRegistrationNbr', 'cbeNumber', 'ssin', 'vatNumber'] as const) {
    const value = childText(criteria, by)?.trim();
    if (value !== undefined) {
      if (!value) throw invalidField(`criteria/${by}`);
      return { by, value };
    }
  }
  throw invalidField('criteria/nossRegistrationNbr');
});

