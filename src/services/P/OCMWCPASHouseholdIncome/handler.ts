import type { Ctx } from './context';
import { childText, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { REASON } from '../../../domain/codes';
import { parseXsdDate } from '../../../domain/dates';
import { ClassicError, ClassicResult } from '../../types';
import { householdIncome } from '../../household-income';
import { readOnce } from '../../read-once';

/** The day whose household is meant: ReferenceDate, default today. */
export const referenceDateOf = readOnce((request: XmlElement): string | undefined => {
  const raw = childText(request, 'ReferenceDate');
  if (raw === undefined) return undefined;
  const date = parseXsdDate(raw);
  if (!date) throw new ClassicError({ severity: 'ERROR', def: REASON.ARGUMENT_INVALID, information: [{ fieldName: 'ReferenceDate', fieldValue: raw }] });
  return date;
});

const euro = (n: number) => n.toFixed(2);

/**
 * P12 OCMWCPASHouseholdIncome (modelled): the household of the person on the reference date
 * (National Register), each member with the assessment of the most recent income year FOD
 * Financiën has established by today for any of them and their gross taxable income, the total
 * and the dependants (src/services/household-income.ts, which P11 checks its categories against).
 * No assessment for any member: the members with zero and an INFORMATION detail 19012001.
 */
export function householdIncomeReply(request: XmlElement, ctx: Ctx): ClassicResult {
  const ssin = ctx.target?.ssin ?? childText(request, 'SSIN') ?? '';
  const date = referenceDateOf(request) ?? ctx.today;
  const income = householdIncome(ctx.sources.rr, ctx.sources.fodfin, ssin, date, ctx.today);
  const reply: XmlObject = {
    SSIN: childText(request, 'SSIN') ?? ssin,
    ReferenceDate: date,
    IncomeYear: income.incomeYear === undefined ? undefined : String(income.incomeYear),
    Member: income.members.map((m) => ({
      SSIN: m.person.ssin,
      LastName: m.person.last_name,
      FirstName: m.person.first_name,
      BirthDate: m.person.birth_date,
      HouseholdRole: String(m.householdRole),
      Assessment: m.assessment && { AssessmentNumber: m.assessment.assessment_number, FiscalState: m.assessment.fiscal_state, AssessmentDate: m.assessment.assessment_date },
      TaxableIncome: euro(m.taxableIncome),
    })),
    TotalTaxableIncome: euro(income.total),
    Dependants: String(income.dependants),
  };
  if (income.incomeYear !== undefined) return { reply };
  return { reply, details: [{ severity: 'INFORMATION', def: REASON.NO_HOUSEHOLD_ASSESSMENT, information: [{ fieldName: 'SSIN', fieldValue: ssin }] }] };
}
