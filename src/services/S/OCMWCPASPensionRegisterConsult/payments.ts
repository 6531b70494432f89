import type { XmlObject } from '../../../xml/build';
import type { PensionPayment, PensionRight } from '../../../sources/pension';
import type { Asked } from './request';

/** A month as the contract writes it: yyyy-mm-00. */
const yearMonth = (month: string) => `${month}-00`;
const amount = (n: number) => n.toFixed(2);
const sum = (rows: PensionPayment[], pick: (p: PensionPayment) => number) => amount(rows.reduce((s, p) => s + pick(p), 0));

/**
 * The payments the period selects, grouped by reference period (one PaymentsInformation each,
 * in the cadastre's order: by reference month, the May holiday allowance before the pension of
 * that month). Focus ReferencePeriod: every payment for a month of the period; MonthOfPayment:
 * the payments made in a month of the period (arrears paid later fall in the month they were paid).
 */
export function paymentGroups(payments: PensionPayment[], asked: Pick<Asked, 'start' | 'end' | 'focus'>): PensionPayment[][] {
  const first = asked.start.slice(0, 7);
  const last = asked.end.slice(0, 7);
  const selected =
    asked.focus === 'ReferencePeriod'
      ? payments.filter((p) => p.reference_start <= last && p.reference_end >= first)
      : payments.filter((p) => p.payment_month >= first && p.payment_month <= last);
  const groups = new Map<string, PensionPayment[]>();
  for (const p of selected) {
    const key = `${p.reference_start}/${p.reference_end}/${p.holiday}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()];
}

/** One PaymentsInformation: the reference period, its totals, index, each payment and the withholdings. */
export function paymentInformation(right: PensionRight, rows: PensionPayment[]): XmlObject {
  const head = rows[0];
  const withheld = rows.some((p) => p.ami_amount > 0 || p.solidarity_amount > 0);
  return {
    ReferencePeriod: { StartMonth: yearMonth(head.reference_start), EndMonth: yearMonth(head.reference_end) },
    TotalAmounts: { TotalGrossAmount: sum(rows, (p) => p.gross), TotalPrecomptableAmount: sum(rows, (p) => p.precomptable) },
    Index: { Index: head.index_value.toFixed(4), IndexType: right.index_type },
    PaymentHistory: rows.map((p) => ({
      GrossAmount: amount(p.gross),
      PrecomptableAmount: amount(p.precomptable),
      PrecomptePercentage: p.precompte_percentage.toFixed(1),
      MonthOfPayment: yearMonth(p.payment_month),
      CreationDate: p.creation_date,
    })),
    IsHolidayAmount: head.holiday === 1,
    FiscalSituation: head.dependent_spouse_code === null ? undefined : { DependentSpouseCode: head.dependent_spouse_code, TotalDependentChildren: 0, TotalDependentOthers: 0 },
    Contributions: withheld
      ? {
          'ZIV-AMI': {
            TotalAmiAmount: sum(rows, (p) => p.ami_amount),
            AmiTaxCode: right.ami_tax_code,
            'ZIV-AmiHistory': rows.map((p) => ({ AmiAmount: amount(p.ami_amount), MonthOfPayment: yearMonth(p.payment_month), CreationDate: p.creation_date })),
          },
          ContributionSolidarity: {
            TotalRsAmount: sum(rows, (p) => p.solidarity_amount),
            SolidarityPercentage: head.solidarity_percentage.toFixed(1),
            SolidarityHistory: rows.map((p) => ({ SolidarityAmount: amount(p.solidarity_amount), MonthOfPayment: yearMonth(p.payment_month), CreationDate: p.creation_date })),
          },
        }
      : undefined,
  };
}
