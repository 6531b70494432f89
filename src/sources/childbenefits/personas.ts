import { SSIN } from '../../../fixtures/personas';
import type { BenefitFamily } from './families';

/**
 * The child-benefit files of the personas' households (fixed):
 * - family (Gent since 2009): the federal system (FAMIFED) until 2018, then one Flemish file (FONS)
 *   per child; the mother receives, the father was the entitled person;
 * - large-family: Brussels until 2022-08-31 (FAMIFED until 2019, then Famiris), Gent since
 *   2022-09-01 (FONS, one file per child, with the social supplement); the third child has the
 *   special-care supplement since her recognition in 2021 (src/sources/handi/personas.ts).
 */
export const PERSONA_FAMILIES: BenefitFamily[] = [
  {
    recipient: SSIN.familyPartner,
    entitled: SSIN.familyHead,
    children: [
      { ssin: SSIN.familyChild1, birthDate: '2010-09-15' },
      { ssin: SSIN.familyChild2, birthDate: '2014-02-28' },
    ],
    residences: [{ nis: '44021', begin: '2009-06-20', end: null }],
    stem: 9001,
  },
  {
    recipient: SSIN.largeFamilyPartner,
    entitled: SSIN.largeFamilyHead,
    children: [
      { ssin: SSIN.largeFamilyChild1, birthDate: '2009-05-03' },
      { ssin: SSIN.largeFamilyChild2, birthDate: '2012-10-21' },
      { ssin: SSIN.largeFamilyChild3, birthDate: '2016-01-30', supplements: [{ category: 'SPECIAL_CARE', begin: '2021-03-01', end: '2027-02-28' }] },
      { ssin: SSIN.largeFamilyChild4, birthDate: '2020-08-11' },
    ],
    residences: [
      { nis: '21004', begin: '2008-06-14', end: '2022-08-31' },
      { nis: '44021', begin: '2022-09-01', end: null },
    ],
    familySupplement: { category: 'SOCIAL', begin: '2022-09-01' },
    stem: 9002,
  },
];
