import type { SampleHints } from '../../sample-hints';

/**
 * Loi65 DF: a form D1 claiming the financial aid of the current month, 1,500.00 euro (under the
 * scale of a person living with a family), for the file of the P02 sample.
 */
export const SAMPLES = (): SampleHints => ({
  include: ['RefundformD1', 'FinancialAid', 'Amount'],
  values: {
    KBOBCE: (c) => c.cbe,
    FileID: (c) => `L65${c.ssin.slice(0, 8)}`,
    UniqueAttestID: (c) => `${c.cbe}D${c.today.slice(0, 4)}`,
    ReferenceMonth: (c) => c.today.slice(0, 7),
    'FinancialAid/Amount': '150000',
    DoubleMaximum: 'false',
    TotalAmount: '150000',
  },
});
