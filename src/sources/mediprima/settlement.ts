import { childText, XmlElement } from '../../xml/node';
import type { CardVersion, Cover, CoverName } from './model';
import { refundCode } from './refund-codes';

/**
 * How MediPrima settles the care providers' invoices on a decision (N06, MODELLED: no public
 * contract or rule exists). Each month, on SETTLEMENT_DAY, it settles the care given under every
 * running decision until the end of the month before: one invoice per cover and month of care, on a
 * day and for an amount derived from the card number, the cover and the month (so the same data
 * always gives the same settlement). The amount is split into the ZIV/AMI part and the patient's
 * part; POD MI pays of each what the card's refund code says, a mutuality the ZIV/AMI part of an
 * insured person, the OCMW what its own support (pswc_Support) takes on of the rest, and the
 * patient what remains.
 */
export const SETTLEMENT_DAY = 10;

/** Per cover: the invoice's base amount and spread in euro, and the ZIV/AMI share of it. */
const TARIFF: Record<CoverName, { base: number; spread: number; zivShare: number }> = {
  doctor: { base: 25, spread: 50, zivShare: 0.75 },
  hospitalization: { base: 900, spread: 2500, zivShare: 0.8 },
  ambulatoryHospitalization: { base: 120, spread: 500, zivShare: 0.75 },
  medicalTransportation: { base: 80, spread: 200, zivShare: 0.7 },
  miscellaneous: { base: 20, spread: 200, zivShare: 0.5 },
  paramedic: { base: 30, spread: 100, zivShare: 0.7 },
  pharmaceuticalDrug: { base: 15, spread: 100, zivShare: 0.6 },
  prosthesis: { base: 200, spread: 1000, zivShare: 0.7 },
};

/** What the OCMW takes on of a part it supports: FULL all, PARTIAL half, NOTHING none. */
const SUPPORT_SHARE: Record<string, number> = { FULL: 1, PARTIAL: 0.5, NOTHING: 0 };

export interface Invoice {
  /** 12 digits: the run day and a running number within it. */
  invoiceNumber: string;
  eCarmedNumber: string;
  /** The card version it was settled under. */
  versionNbr: number;
  ssin: string;
  ocmwCbe: string;
  cover: CoverName;
  /** yyyy-mm: the month of care. */
  careMonth: string;
  careDate: string;
  refundCode: number;
  /** In cents, so that the parts always add up to the total. */
  amounts: { total: number; zivAmiPart: number; patientPart: number; podmi: number; insurer: number; pswc: number; patient: number };
  /** yyyy-mm-dd: the run that settled it. */
  settlementDate: string;
}

/** FNV-1a: a stable 32-bit number from a text. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const addDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
export const monthOf = (day: string): string => day.slice(0, 7);
const lastDayOf = (month: string): string => addDays(`${nextMonth(month)}-01`, -1);

export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The run days after `from` up to `to` (both yyyy-mm-dd), in order. */
export function runDaysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  const day = (month: string) => `${month}-${String(SETTLEMENT_DAY).padStart(2, '0')}`;
  for (let month = day(monthOf(from)) > from ? monthOf(from) : nextMonth(monthOf(from)); day(month) <= to; month = nextMonth(month)) days.push(day(month));
  return days;
}

/** The OCMW's support of a cover's ZIV/AMI part and patient's part (pswc_Support; none: nothing). */
function supportOf(cover: Cover): { ziv: number; patient: number } {
  const support: XmlElement | undefined = cover.details.find((d) => d.local === 'pswc_Support');
  const share = (local: string) => SUPPORT_SHARE[childText(support, local) ?? 'NOTHING'] ?? 0;
  return { ziv: share('pswc_ziv_ami_part'), patient: share('pswc_PatientPart') };
}

/** The refund code's parts for a cover: [ZIV/AMI, patient] (hospitalisation, ambulatory care, the rest). */
function podmiParts(code: number, cover: CoverName): [number, number] {
  const parts = refundCode(code)?.parts ?? [0, 0, 0, 0, 0, 0];
  const i = cover === 'hospitalization' ? 0 : cover === 'ambulatoryHospitalization' ? 1 : 2;
  return [parts[i], parts[3 + i]];
}

/**
 * The care days of a cover in a month: its period within the month, cut at the first suspension
 * (MediPrima pays nothing once a card is suspended). Undefined when none.
 */
function careDays(card: CardVersion, cover: Cover, month: string): { from: string; to: string } | undefined {
  const suspended = card.suspensions.length ? addDays(card.suspensions.map((s) => s.date).sort()[0], -1) : undefined;
  const from = [cover.validityPeriod.startDate, `${month}-01`].sort()[1];
  const to = [cover.validityPeriod.endDate, lastDayOf(month), ...(suspended ? [suspended] : [])].sort()[0];
  return from <= to ? { from, to } : undefined;
}

/** The invoice of one cover of a card for one month of care, if the cover ran that month. */
export function invoiceFor(card: CardVersion, name: CoverName, month: string, settlementDate: string): Omit<Invoice, 'invoiceNumber'> | undefined {
  const cover = card.card.covers[name];
  const days = cover && careDays(card, cover, month);
  if (!cover || !days) return undefined;
  const h = hash(`${card.eCarmedNumber}/${name}/${month}`);
  const tariff = TARIFF[name];
  const total = tariff.base * 100 + (h % (tariff.spread * 100));
  const zivAmiPart = Math.round(total * tariff.zivShare);
  const patientPart = total - zivAmiPart;
  const [podmiZiv, podmiPatient] = podmiParts(card.refundCode, name);
  const insured = refundCode(card.refundCode)?.insured === true;
  const support = supportOf(cover);
  // Of each part: POD MI's share first, then (ZIV/AMI part only) the mutuality of an insured person, then the OCMW's support of the rest.
  const zivPodmi = Math.round(zivAmiPart * podmiZiv);
  const zivInsurer = insured ? zivAmiPart - zivPodmi : 0;
  const zivPswc = Math.round((zivAmiPart - zivPodmi - zivInsurer) * support.ziv);
  const patientPodmi = Math.round(patientPart * podmiPatient);
  const patientPswc = Math.round((patientPart - patientPodmi) * support.patient);
  const podmi = zivPodmi + patientPodmi;
  const pswc = zivPswc + patientPswc;
  return {
    eCarmedNumber: card.eCarmedNumber,
    versionNbr: card.versionNbr,
    ssin: card.beneficiary.ssin,
    ocmwCbe: card.manager.cbe,
    cover: name,
    careMonth: month,
    careDate: addDays(days.from, (h >>> 8) % (daysBetween(days.from, days.to) + 1)),
    refundCode: card.refundCode,
    amounts: { total, zivAmiPart, patientPart, podmi, insurer: zivInsurer, pswc, patient: total - podmi - zivInsurer - pswc },
    settlementDate,
  };
}

/** The months of care a card's covers ran in, up to `lastMonth`. */
export function careMonths(card: CardVersion, lastMonth: string): string[] {
  const months: string[] = [];
  const end = [monthOf(card.validityPeriod.endDate), lastMonth].sort()[0];
  for (let m = monthOf(card.validityPeriod.startDate); m <= end; m = nextMonth(m)) months.push(m);
  return months;
}
