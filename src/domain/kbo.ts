/**
 * KBO/BCE numbers (enterprise numbers): 10 digits, the last two = 97 - (first 8 mod 97).
 * Enterprises start with 0 or 1 (CommonV3 EnterpriseNumberType); business units with 2-8.
 */
export function kboCheck(firstEight: string): string {
  return String(97 - (Number(firstEight) % 97)).padStart(2, '0');
}

export function isValidKbo(value: string): boolean {
  return /^[01]\d{9}$/.test(value) && kboCheck(value.slice(0, 8)) === value.slice(8);
}

/** Builds a valid enterprise number from its first 8 digits (the first must be 0 or 1). */
export function makeKbo(firstEight: string): string {
  if (!/^[01]\d{7}$/.test(firstEight)) throw new Error(`not an enterprise number base: ${firstEight}`);
  return firstEight + kboCheck(firstEight);
}

/** The usual presentation: 0123.456.749 */
export function formatKbo(kbo: string): string {
  return `${kbo.slice(0, 4)}.${kbo.slice(4, 7)}.${kbo.slice(7)}`;
}
