/**
 * The flows KSZ sends on its own initiative (X07, catalog rows N01–N13): what causes each, the
 * element it carries and how much of it is public. The routing rules themselves are data
 * (dir_flow_rule); this list is what the documentation, the explorer and the coverage read.
 */
export interface FlowDef {
  id: string;
  name: string;
  /** The payload's root element (unqualified, inside the notification envelope). */
  element: string;
  /** public = names from a public contract; partial = from a public schema of a neighbouring message; modelled = designed here. */
  contract: 'public' | 'partial' | 'modelled';
  /** The POST /_admin/events types that cause it; MediPrima's own events for N06 and N13. */
  causes: string[];
  /** How it reaches the organisation: the outbox (pull, push) or a batch file. */
  delivery: 'outbox' | 'batch file';
  /** What the payload says, one sentence. */
  payload: string;
  /** One event that causes it, for the documentation and the explorer (the SSIN is added). */
  example?: Record<string, unknown>;
}

export const FLOWS: FlowDef[] = [
  {
    id: 'N01',
    name: 'notifyPerson SSIN',
    element: 'personMutation',
    contract: 'modelled',
    causes: ['ADDRESS_CHANGE', 'DECEASE', 'SSIN_REPLACED'],
    delivery: 'outbox',
    payload: 'the SSIN, the date and kind of the change and the TI code that changed (tiCode, tiName as R09 names them); the software then reads the TI itself with R09',
    example: { type: 'ADDRESS_CHANGE', date: '2026-12-01', address: { street: 'Korenmarkt', houseNumber: '7', postalCode: '9000', municipality: 'Gent', nisCode: '44021' } },
  },
  {
    id: 'N02',
    name: 'notifyFamilyComposition',
    element: 'familyComposition',
    contract: 'modelled',
    causes: ['FAMILY_CHANGE'],
    delivery: 'outbox',
    payload: 'for each person of the households before and after the move: who moved, the new household number and its members with their roles',
    example: { type: 'FAMILY_CHANGE', date: '2026-12-01' },
  },
  {
    id: 'N03',
    name: 'PensionRegisterMutation',
    element: 'pensionRegisterMutation',
    contract: 'modelled',
    causes: ['PENSION_RIGHT'],
    delivery: 'outbox',
    payload: 'the pension file, the institution, the pillar and the start of the right: the right, not the payment',
    example: { type: 'PENSION_RIGHT', date: '2026-12-01', monthlyAmount: 1450 },
  },
  {
    id: 'N04',
    name: 'PersonnelFile',
    element: 'personnelFileMutation',
    contract: 'partial',
    causes: ['EMPLOYMENT_START', 'EMPLOYMENT_END'],
    delivery: 'outbox',
    payload: 'a Dimona entry or exit, with the element names of A950 (Activity, NaturalPerson/INSS, Employer/FirmID/NLOSSRegistrationNbr and CompanyID, EntryDate or ExitDate)',
  },
  {
    id: 'N05',
    name: 'SelfEmployedCareerNotifications',
    element: 'selfEmployedCareer',
    contract: 'modelled',
    causes: ['SELF_EMPLOYED_START', 'SELF_EMPLOYED_END'],
    delivery: 'outbox',
    payload: 'the start or end of a self-employed activity, main or secondary, with the social insurance fund',
    example: { type: 'SELF_EMPLOYED_START', date: '2026-12-01', occupation: 'MAIN_OCCUPATION' },
  },
  {
    id: 'N06',
    name: 'eCarmedCalculationNotification',
    element: 'MECA batch',
    contract: 'modelled',
    causes: ['the settlement run on the 10th of each month'],
    delivery: 'batch file',
    payload: "the month's MediPrima invoices of the OCMW's cards, split between POD MI, the mutuality, the OCMW and the patient (see the MediPrima section)",
  },
  {
    id: 'N07',
    name: 'PensionablePCSABeneficiaries',
    element: 'pensionablePcsaBeneficiary',
    contract: 'modelled',
    causes: ['the periodic list (`POST /_admin/events/pensionable-list`)'],
    delivery: 'outbox',
    payload: "one per living-wage beneficiary of the OCMW who has no career known at the pension service",
  },
  {
    id: 'N08',
    name: 'HDIIndemnityAllowance',
    element: 'hdiIndemnityAllowance',
    contract: 'modelled',
    causes: ['INCAPACITY_START'],
    delivery: 'outbox',
    payload: 'the start of an incapacity for work with its kind, the insuring organisation and the gross daily allowance',
    example: { type: 'INCAPACITY_START', date: '2026-12-01', dailyGrossAmount: 62.5 },
  },
  {
    id: 'N09',
    name: 'LEA-Voucher.notifyPayments',
    element: 'leaVoucherPayment',
    contract: 'modelled',
    causes: ['LEA_VOUCHER_PAYMENT'],
    delivery: 'outbox',
    payload: 'a payment of local employment agency vouchers: date, number of vouchers, amount',
    example: { type: 'LEA_VOUCHER_PAYMENT', date: '2026-12-01', vouchers: 20, amount: 82.6 },
  },
  {
    id: 'N10',
    name: 'DismissalCompensation',
    element: 'dismissalCompensation',
    contract: 'modelled',
    causes: ['DISMISSAL_COMPENSATION'],
    delivery: 'outbox',
    payload: 'a dismissal compensation paid by an employer: date, employer, amount',
  },
  {
    id: 'N11',
    name: 'PensionHolidayPay',
    element: 'pensionHolidayPay',
    contract: 'modelled',
    causes: ['PENSION_HOLIDAY_PAY'],
    delivery: 'outbox',
    payload: "a pensioner's holiday pay: date and amount",
    example: { type: 'PENSION_HOLIDAY_PAY', date: '2026-12-01', amount: 950 },
  },
  {
    id: 'N12',
    name: 'HdiIndemnityPeriodNotification',
    element: 'hdiIndemnityPeriod',
    contract: 'modelled',
    causes: ['INCAPACITY_START'],
    delivery: 'outbox',
    payload: "the incapacity period alone (N08's announced successor)",
  },
  {
    id: 'N13',
    name: 'MediPrima mutations (MEMU)',
    element: 'MEMU batch',
    contract: 'partial',
    causes: ['DECEASE', 'SSIN_REPLACED', 'POST /_admin/mediprima/events'],
    delivery: 'batch file',
    payload: "a MediPrima card suspended or changed (see the MediPrima section)",
  },
];

export const flowById = (id: string): FlowDef | undefined => FLOWS.find((f) => f.id === id);
