import type { XmlElement } from '../../../xml/node';
import { readOnce } from '../../read-once';
import { criteriaElement, DatePeriod, datePeriod, QuarterPeriod, quarterPeriod } from './criteria';

/**
 * What one request asks RSVZ: whose data, the career (over a period, or the whole career when v2
 * leaves it out) and/or the contributions of a range of quarters. Each operation of each version
 * reads its own criteria into this shape (contracts.md §5.13).
 */
export interface Asked {
  ssin: string;
  career?: { period?: DatePeriod };
  contributions?: QuarterPeriod;
}

export type Reading = (request: XmlElement) => Asked;

const reading = (read: (criteria: XmlElement, ssin: string) => Asked): Reading =>
  readOnce((request) => {
    const { criteria, ssin } = criteriaElement(request);
    return read(criteria, ssin);
  });

/** v2: criteria{ssin, period?} (OpenPeriodType) and criteria{ssin, period} (OpenQuarterPeriodType). */
export const V2 = {
  consultCareer: reading((c, ssin) => ({ ssin, career: { period: datePeriod(c, 'period', false) } })),
  consultContributions: reading((c, ssin) => ({ ssin, contributions: quarterPeriod(c, 'period', true) })),
};

/** v1: criteria{ssin, period} (OpenPeriod), {ssin, period} (QuarterPeriod), {ssin, careerPeriod, contributionPeriod}. */
export const V1 = {
  consultCareer: reading((c, ssin) => ({ ssin, career: { period: datePeriod(c, 'period', true) } })),
  consultContributions: reading((c, ssin) => ({ ssin, contributions: quarterPeriod(c, 'period', false) })),
  consultCareerAndContributions: reading((c, ssin) => ({
    ssin,
    career: { period: datePeriod(c, 'careerPeriod', true) },
    contributions: quarterPeriod(c, 'contributionPeriod', false),
  })),
};
