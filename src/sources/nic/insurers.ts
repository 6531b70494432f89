/**
 * The Belgian insuring organisations (national unions of mutualities and the two public funds)
 * with their codes. The replies carry only the codes.
 */
export const INSURER = {
  CHRISTIAN: '100',
  NEUTRAL: '200',
  SOCIALIST: '300',
  LIBERAL: '400',
  INDEPENDENT: '500',
  HZIV_CAAMI: '600',
  HR_RAIL: '900',
} as const;

export const INSURER_NAMES: Record<string, string> = {
  '100': 'Christelijke Mutualiteit / Mutualité chrétienne',
  '200': 'Neutrale ziekenfondsen / Mutualités neutres',
  '300': 'Socialistische mutualiteiten / Solidaris',
  '400': 'Liberale mutualiteiten / Mutualités libérales',
  '500': 'Onafhankelijke ziekenfondsen / Mutualités libres',
  '600': 'HZIV / CAAMI (Hulpkas voor ziekte- en invaliditeitsverzekering)',
  '900': 'HR Rail (Kas der geneeskundige verzorging)',
};

/**
 * An RIZIV/INAMI number for a doctor: 1, a five-digit serial, two check digits
 * (97 − the first six digits mod 97, modelled) and the qualification (e.g. 004, general practitioner).
 */
export function rizivNumber(serial: number, qualification = '004'): string {
  const six = `1${String(serial % 100000).padStart(5, '0')}`;
  const check = String(97 - (Number(six) % 97)).padStart(2, '0');
  return `${six}${check}${qualification}`;
}
