import type { Ctx } from './context';
import type { XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { CodeDef, REASON } from '../../../domain/codes';
import { ClassicError, ClassicResult } from '../../types';
import { householdIncome, type HouseholdIncome } from '../../household-income';
import { Allocation, computeAllocation, heatingPeriodOf, incomeCeiling, isLate } from '../../../sources/heating';
import type { RrAddress } from '../../../sources/rr';
import { askedOf } from './request';

const euro = (n: number) => n.toFixed(2);

/**
 * The household of the heating period: the address the person lived at on the delivery day in
 * the National Register (everyone at that address shares one limit); a person without an
 * address there counts alone.
 */
function householdKey(addresses: RrAddress[], ssin: string, day: string): string {
  const a = addresses.find((x) => x.begin_date <= day && (x.end_date === null || x.end_date >= day));
  if (!a) return `ssin:${ssin}`;
  return [a.country, a.nis_code ?? a.postal_code ?? '', a.street_code ?? a.street_nl ?? a.street_fr ?? '', a.house_number ?? '', a.box ?? ''].join('|');
}

interface Checked {
  refusal?: CodeDef;
  income?: { household: HouseholdIncome; ceiling: number };
}

/** The category's conditions, the deadline first (its refusal needs no other source). */
function check(request: XmlElement, ctx: Ctx): Checked {
  const { ssin, category, invoice } = askedOf(request);
  if (isLate(invoice.deliveryDate, ctx.today)) return { refusal: REASON.HEATING_LATE };
  if (category === 3) return {};
  if (category === 1 && !ctx.sources.nic.situationAt(ssin, invoice.deliveryDate).increasedIntervention) return { refusal: REASON.HEATING_NO_INCREASED_INTERVENTION };
  const household = householdIncome(ctx.sources.rr, ctx.sources.fodfin, ssin, invoice.deliveryDate, ctx.today);
  const ceiling = incomeCeiling(Number(ctx.today.slice(0, 4)), household.dependants);
  return { income: { household, ceiling }, refusal: household.total > ceiling ? REASON.HEATING_INCOME_ABOVE_CEILING : undefined };
}

const allocationXml = (a: Allocation): XmlObject => ({
  HeatingPeriod: String(a.heatingPeriod),
  HousingLitres: String(a.housingLitres),
  PricePerLitre: a.pricePerLitre.toFixed(4),
  AllowancePerLitre: a.allowancePerLitre === undefined ? undefined : euro(a.allowancePerLitre),
  LitresTakenIntoAccount: String(a.litresTakenIntoAccount),
  MaximumLitres: String(a.maximumLitres),
  RemainingLitres: String(a.remainingLitres),
  FlatAmount: a.flatAmount,
  AllowanceAmount: euro(a.allowanceAmount),
});

/**
 * P11 OCMWCPASHeatingAllocation 20090409 (the reply MODELLED): the OCMW's decision on one fuel
 * invoice. Refused (an INFORMATION detail and Decision REFUSED with its code) when the request
 * comes more than 60 days after the delivery, when category 1 has no increased intervention at
 * the NIC on the delivery day, when the household's taxable income (categories 1 and 2) is above
 * the ceiling, or when the household has used up the litres (or the pump's flat amount) of the
 * heating period. Every decision is recorded in one transaction with the reading of what the
 * period already used, so the limits hold across requests, OCMWs and restarts.
 */
export function heatingAllocation(request: XmlElement, ctx: Ctx): ClassicResult {
  const asked = askedOf(request);
  const { ssin, category, invoice } = asked;
  const cbe = ctx.caller?.organisation.cbe_number ?? '';
  if (asked.kbo !== cbe) {
    throw new ClassicError({ severity: 'ERROR', def: REASON.ARGUMENT_INVALID, diagnostic: 'OCMW_CPAS/KboBceNumber must be the enterprise number of the calling OCMW (AuthorizedUser/OrgUnit).', information: [{ fieldName: 'OCMW_CPAS/KboBceNumber', fieldValue: asked.kbo }] });
  }
  if (invoice.deliveryDate > ctx.today) {
    throw new ClassicError({ severity: 'ERROR', def: REASON.ARGUMENT_INVALID, diagnostic: 'The DeliveryDate lies in the future.', information: [{ fieldName: 'Invoice/DeliveryDate', fieldValue: invoice.deliveryDate }] });
  }
  const checked = check(request, ctx);
  const key = householdKey(ctx.sources.rr.addresses(ssin), ssin, invoice.deliveryDate);
  const decided = ctx.sources.heating.decide(key, heatingPeriodOf(invoice.deliveryDate), (used) => {
    const allocation = checked.refusal ? undefined : computeAllocation(invoice, used);
    const refusal = checked.refusal ?? (allocation?.exhausted === 'LITRES' ? REASON.HEATING_LITRE_LIMIT : allocation?.exhausted === 'PUMP_FLAT' ? REASON.HEATING_PUMP_FLAT_GRANTED : undefined);
    const granted = !refusal;
    return {
      result: { allocation, refusal },
      row: {
        ssin, category, ocmw_cbe: cbe, decision_date: ctx.today, delivery_date: invoice.deliveryDate, fuel: invoice.fuel,
        granted: granted ? 1 : 0, reason_code: refusal?.code ?? null,
        litres: granted ? allocation!.litresTakenIntoAccount : 0, flat_amount: granted && allocation!.flatAmount ? 1 : 0, amount: granted ? allocation!.allowanceAmount : 0,
      },
    };
  });
  const { allocation, refusal } = decided.result;
  const income = checked.income;
  const reply: XmlObject = {
    PrimaryBeneficiary: { SSIN: ssin, Category: String(category) },
    Decision: { DecisionId: String(decided.id), Result: refusal ? 'REFUSED' : 'GRANTED', ReasonCode: refusal?.code, DecisionDate: ctx.today },
    HouseholdIncome: income && {
      IncomeYear: income.household.incomeYear === undefined ? undefined : String(income.household.incomeYear),
      TaxableIncome: euro(income.household.total),
      Dependants: String(income.household.dependants),
      Ceiling: euro(income.ceiling),
    },
    Allocation: allocation && allocationXml(allocation),
  };
  if (!refusal) return { reply };
  return { reply, details: [{ severity: 'INFORMATION', def: refusal, information: [{ fieldName: 'SSIN', fieldValue: ssin }] }] };
}
