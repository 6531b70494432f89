/**
 * NSSO (RSZ/ONSS) employer registration numbers as this emulator writes them: 10 digits, a 0,
 * seven digits, then two check digits 97 - (the eight first digits mod 97), the KBO rule. The real
 * check-digit rule is not public; the form fits CommonV3 NssoRegistrationNumberType (0\d{9}).
 */
export function makeNoss(sevenDigits: number): string {
  const base = '0' + String(sevenDigits).padStart(7, '0');
  return base + String(97 - (Number(base) % 97)).padStart(2, '0');
}

export function isValidNoss(value: string): boolean {
  return /^0\d{9}$/.test(value) && makeNoss(Number(value.slice(1, 8))) === value;
}
