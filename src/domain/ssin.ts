/**
 * SSIN (INSZ / NISS) rules: the National Register number and the BIS/TER numbers of the KSZ
 * registers (reference/contracts.md §7, security.md §3.5).
 *
 * Layout: YYMMDD (birth date), NNN (day counter: odd = male, even = female), CC (check).
 * CC = 97 - (YYMMDDNNN mod 97); for births from 2000 on, the 9 digits are prefixed with 2.
 * BIS numbers add 20 to the month (gender unknown at issue) or 40 (gender known); CommonV3
 * names the +40 range "TER number".
 */
export type SsinKind = 'RR' | 'BIS' | 'TER';

export interface SsinInfo {
  ssin: string;
  kind: SsinKind;
  /** yyyy-mm-dd, with 00 for an unknown month or day; undefined when the date is fully unknown. */
  birthDate?: string;
  /** 1 = male, 2 = female; undefined when the number does not say (BIS +20). */
  gender?: 1 | 2;
  century: 1900 | 2000;
}

export type SsinProblem = 'format' | 'structure' | 'checksum';

export type SsinCheck = { ok: true; info: SsinInfo } | { ok: false; problem: SsinProblem };

function checkDigits(nineDigits: string, born2000: boolean): number {
  const n = BigInt((born2000 ? '2' : '') + nineDigits);
  return 97 - Number(n % 97n);
}

/** Checks an SSIN's format, structure (CommonV3 ranges) and check digits. */
export function checkSsin(value: string, today: Date = new Date()): SsinCheck {
  if (!/^\d{11}$/.test(value)) return { ok: false, problem: 'format' };
  const yy = Number(value.slice(0, 2));
  const mm = Number(value.slice(2, 4));
  const dd = Number(value.slice(4, 6));
  const counter = Number(value.slice(6, 9));
  const check = Number(value.slice(9, 11));

  let kind: SsinKind;
  let month: number;
  if (mm <= 12) {
    kind = 'RR';
    month = mm;
  } else if (mm >= 20 && mm <= 32) {
    kind = 'BIS';
    month = mm - 20;
  } else if (mm >= 40 && mm <= 52) {
    kind = 'TER';
    month = mm - 40;
  } else {
    return { ok: false, problem: 'structure' };
  }
  if (dd > 31 || (kind === 'RR' && counter === 0)) return { ok: false, problem: 'structure' };

  const nine = value.slice(0, 9);
  const valid1900 = checkDigits(nine, false) === check;
  // A 2000-rule match is only a 20xx birth if that year is not in the future (python-stdnum does the same).
  const valid2000 = checkDigits(nine, true) === check && 2000 + yy <= today.getUTCFullYear();
  if (!valid1900 && !valid2000) return { ok: false, problem: 'checksum' };
  const century = valid2000 && !valid1900 ? 2000 : 1900;

  const unknownDate = value.startsWith('000001') || (yy === 0 && month === 0 && dd === 0);
  const birthDate = unknownDate
    ? undefined
    : `${century + yy}-${String(month).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
  const gender = kind === 'BIS' ? undefined : counter % 2 === 1 ? 1 : 2;
  return { ok: true, info: { ssin: value, kind, birthDate, gender, century } };
}

export function isValidSsin(value: string, today?: Date): boolean {
  return checkSsin(value, today).ok;
}

/**
 * Builds a valid SSIN. `birthDate` is yyyy-mm-dd (00 allowed for month/day); `counter` 1..997;
 * `kind` BIS adds 20 to the month, TER adds 40.
 */
export function makeSsin(birthDate: string, counter: number, kind: SsinKind = 'RR'): string {
  const [y, m, d] = birthDate.split('-').map(Number);
  const month = m + (kind === 'BIS' ? 20 : kind === 'TER' ? 40 : 0);
  const nine =
    String(y % 100).padStart(2, '0') +
    String(month).padStart(2, '0') +
    String(d).padStart(2, '0') +
    String(counter).padStart(3, '0');
  return nine + String(checkDigits(nine, y >= 2000)).padStart(2, '0');
}

/** eID presentation: YY.MM.DD-NNN.CC */
export function formatSsin(ssin: string): string {
  return `${ssin.slice(0, 2)}.${ssin.slice(2, 4)}.${ssin.slice(4, 6)}-${ssin.slice(6, 9)}.${ssin.slice(9)}`;
}

/** The shapes common:SsinType accepts (National Register, BIS and TER numbers; check digits not verified). */
const SSIN_TYPE = [
  /^\d{2}(0\d|1[0-2])([0-2]\d|3[01])(\d{2}[1-9]|\d[1-9]\d|[1-9]\d{2})([0-8]\d|9[0-7])$/,
  /^\d{2}(2\d|3[0-2])([0-2]\d|3[01])\d{3}([0-8]\d|9[0-7])$/,
  /^\d{2}(4\d|5[0-2])([0-2]\d|3[01])\d{3}([0-8]\d|9[0-7])$/,
];

/** True when a reply may carry this value as a common:SsinType. */
export function isSsinType(value: string): boolean {
  return SSIN_TYPE.some((p) => p.test(value));
}
