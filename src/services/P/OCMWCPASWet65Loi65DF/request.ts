import type { XmlElement } from '../../../xml/node';
import { child, childrenNamed, childText } from '../../../xml/node';
import type { DeclaredForm } from '../../../sources/podmi';
import type { AmountKey, DeliveredLine, RefundDetails } from '../../../sources/podmi/refunds';
import { parseXsdDate } from '../../../domain/dates';
import { argumentInvalid } from '../../../soap/classicErrors';
import { loi65Form } from '../../loi65-declaration';

/** The request's FileIdentification as the Loi 65 forms carry it onto their rows. */
export type FileHead = { cbe: string; nis: string; fileId: string };

const amountOf = (el: XmlElement | undefined, ...path: string[]): number | undefined => {
  const raw = childText(el, ...path);
  return raw === undefined ? undefined : Number(raw);
};

/** The amounts of one element path as lines (absent ones left out; repeated ones, MedicalCostsAmount 0..5, added up). */
function lines(el: XmlElement | undefined, spec: [AmountKey, string[]][]): DeliveredLine[] {
  const out: DeliveredLine[] = [];
  for (const [key, path] of spec) {
    const parent = path.length > 1 ? path.slice(0, -1).reduce<XmlElement | undefined>((e, name) => child(e, name), el) : el;
    const found = childrenNamed(parent, path[path.length - 1]).map((e) => amountOf(e)).filter((n): n is number => n !== undefined);
    if (found.length) out.push({ key, amount: found.reduce((s, n) => s + n, 0) });
  }
  return out;
}

const D1_AMOUNTS: [AmountKey, string[]][] = [
  ['FinancialAid', ['FinancialAid', 'Amount']],
  ['MedicalCosts', ['MedicalCostsAmount']],
  ['PharmaceuticalCosts', ['PharmaceuticalCostsAmount']],
  ['MutBaseContribution', ['MutBaseContributionAmount']],
  ['MutComplementaryContribution', ['MutComplementaryContributionAmount']],
  ['MutRegularization', ['MutRegularizationAmount']],
  ['RapatriationCosts', ['RepatriationCostsAmount']],
  ['PlacementCosts', ['PlacementCostsAmount']],
  ['HousingCosts', ['HousingCostsAmount']],
  ['BirthAllowance', ['BirthAllowance', 'Amount']],
  ['GuaranteedChildAllowance', ['GuaranteedChildAllowance', 'Amount']],
  ['OtherRequestedAids', ['OtherRequestedAids']],
];

const SOCIAL_AMOUNTS = ['Art60p7Amount', 'Art61Amount', 'ActivationAmount', 'PartnerconventionAmount', 'AlimonyAmount'] as const;
const socialLines = (form: XmlElement, who: 'PrimaryBeneficiaryAids' | 'PartnerAids') =>
  lines(child(form, who), SOCIAL_AMOUNTS.map((name) => [`${who}/${name}` as AmountKey, [name]]));

const flag = (el: XmlElement, name: string) => childText(el, name) === 'true';

/**
 * Form D1: the aids the OCMW delivered during ReferenceMonth (entry_date its first day). It names
 * no suffix: `suffix` is the one of the beneficiary's file (the caller looks it up).
 */
export function formD1(head: FileHead, d1: XmlElement, suffix: number): DeclaredForm {
  const month = childText(d1, 'ReferenceMonth')!.slice(0, 7);
  const delivered = child(d1, 'DeliveredAmountsD1');
  const details: RefundDetails = {
    fileId: head.fileId,
    lines: [...lines(delivered, D1_AMOUNTS), ...socialLines(d1, 'PrimaryBeneficiaryAids'), ...socialLines(d1, 'PartnerAids')],
    totalAmount: Number(childText(d1, 'TotalAmount')),
    doubleMaximum: flag(delivered!, 'DoubleMaximum'),
    juridicalProcedure: flag(d1, 'JuridicalProcedure'),
    healthServiceRegistration: parseXsdDate(childText(d1, 'HealthServiceRegistrationStartingDate') ?? '') ?? null,
  };
  return loi65Form(head, { form_type: 'D1', attest_id: childText(d1, 'UniqueAttestID')!, ssin: childText(d1, 'SSIN')!, suffix, entry_date: `${month}-01`, details: JSON.stringify(details) });
}

/** Form D2: a care institution's bills and ambulatory costs for a beneficiary, from EntryDate. */
export function formD2(head: FileHead, d2: XmlElement): DeclaredForm {
  const delivered = child(d2, 'DeliveredAmountsD2');
  const bills: DeliveredLine[] = childrenNamed(delivered, 'HospitalizationcostsBill').map((b) => ({
    key: 'HospitalizationcostsBill',
    amount: Number(childText(b, 'Amount')),
    number: childText(b, 'Number')!,
    year: childText(b, 'Year')!,
  }));
  const institution = child(d2, 'IdentificationCareProvidingInstitution');
  const details: RefundDetails = {
    fileId: head.fileId,
    lines: [
      ...bills,
      ...lines(delivered, [
        ['HospitalizationCostsRemainingAmount', ['HospitalizationCostsRemainingAmount']],
        ['AmbultantCosts/MedicalcostsAmount', ['AmbultantCosts', 'MedicalcostsAmount']],
        ['AmbultantCosts/PharmaceuticalCostsAmount', ['AmbultantCosts', 'PharmaceuticalCostsAmount']],
      ]),
    ],
    totalAmount: Number(childText(d2, 'TotalAmount')),
    juridicalProcedure: flag(d2, 'JuridicalProcedure'),
    institution: { inami: childText(institution, 'INAMIRIZIVRegistrationNumber')!, cbe: childText(institution, 'KBOBCE') ?? null },
    healthServiceRegistration: parseXsdDate(childText(d2, 'HealthServiceRegistrationStartingDate') ?? '') ?? null,
  };
  return loi65Form(head, {
    form_type: 'D2',
    attest_id: childText(d2, 'UniqueAttestID')!,
    ssin: childText(d2, 'SSIN')!,
    suffix: Number(childText(d2, 'Suffix')),
    entry_date: parseXsdDate(childText(d2, 'EntryDate')!)!,
    details: JSON.stringify(details),
  });
}

/** Form F: an amount the OCMW recovered over a period (the RMI form F's columns). */
export function formF(head: FileHead, f: XmlElement): DeclaredForm {
  const details = child(f, 'RecoveringDetails');
  const begin = parseXsdDate(childText(details, 'PeriodOfRecovering', 'StartDate')!)!;
  const rawEnd = childText(details, 'PeriodOfRecovering', 'EndDate');
  const end = rawEnd === undefined ? null : parseXsdDate(rawEnd)!;
  if (end !== null && end < begin) throw argumentInvalid('RecoveringFormF/RecoveringDetails/PeriodOfRecovering', `${begin}/${end}`, 'the end date lies before the start date');
  return loi65Form(head, {
    form_type: 'F65',
    attest_id: childText(f, 'UniqueAttestID')!,
    ssin: childText(f, 'SSIN')!,
    suffix: Number(childText(f, 'Suffix')),
    entry_date: parseXsdDate(childText(f, 'ReferenceDate')!)!,
    original_form: childText(details, 'OriginalForm')!,
    recovery_type: childText(details, 'Type')!,
    recovered_amount: Number(childText(details, 'RecoveredAmount')),
    recovery_begin: begin,
    recovery_end: end,
    details: JSON.stringify({ fileId: head.fileId }),
  });
}
