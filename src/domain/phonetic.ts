import { withoutAccents } from './accents';

/**
 * A phonetic key for Belgian family names, so that a phonetic search finds spellings that sound
 * alike (Janssens / Janssen / Jansens / Janssans is not).
 * It folds accents and case, then the usual Dutch/French spelling variants, then doubled letters.
 */
const RULES: [RegExp, string][] = [
  [/[^A-Z]/g, ''],
  [/PH/g, 'F'],
  [/CK|CQ|QU|Q|C(?=[AOU])/g, 'K'],
  [/C(?=[EIY])/g, 'S'],
  [/DT$|D$/g, 'T'],
  [/IJ|EI|EY|Y/g, 'I'],
  [/IE/g, 'I'],
  [/EE/g, 'E'],
  [/OU/g, 'OE'],
  [/Z/g, 'S'],
  [/TH/g, 'T'],
  [/(.)\1+/g, '$1'],
  [/S$/, ''],
  [/E$/, ''],
];

export function phoneticKey(name: string): string {
  let key = withoutAccents(name).toUpperCase().trim();
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  return key;
}
