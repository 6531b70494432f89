import type { XmlElement } from '../../xml/node';
import { MUNICIPALITIES, Municipality, ocmwCbe } from '../../../fixtures/organisations';
import { PERSONA_OCMW_NIS, SSIN } from '../../../fixtures/personas';
import type { MediPrima } from './index';
import type { Beneficiary, CardVersion, Cover, Manager, Period } from './model';
import { mutateCards } from './produce';

/**
 * The eCarmed numbers of the personas' cards, in the order they are seeded (the first numbers the
 * emulator hands out): fixed, so a vendor's suite can name them.
 */
export const PERSONA_CARDS = { open: '000002400001', suspended: '000002400002', otherOcmw: '000002400003' } as const;

/** mediprima-suspended: the day he is insured, the day MediPrima processed it (N13), and his card's new version. */
export const SUSPENDED_INSURED_FROM = '2026-11-01';
export const SUSPENDED_PROCESSED_AT = '2026-11-03T05:00:00.000Z';

const gent = MUNICIPALITIES.find((m) => m.nis === PERSONA_OCMW_NIS)!;
const antwerpen = MUNICIPALITIES.find((m) => m.nis === '11002')!;

const managerOf = (m: Municipality): Manager => ({ cbe: ocmwCbe(m), nis: m.nis, nameFr: `CPAS ${m.fr}`, nameNl: `OCMW ${m.nl}` });

const element = (local: string, children: XmlElement['children']): XmlElement => ({ ns: '', local, prefix: '', attrs: {}, children });

/** A cover the OCMW pays in full (ZIV/AMI part and patient's part), no supplements. */
function fullCover(validityPeriod: Period): Cover {
  const part = (local: string, value: string) => element(local, [value]);
  return { validityPeriod, details: [element('pswc_Support', [part('pswc_ziv_ami_part', 'FULL'), part('pswc_PatientPart', 'FULL'), part('pswc_Supplement', 'NOTHING')])] };
}

/** Version 1 of a persona's card: ACTIVE, hospitalisation with ambulatory care over its whole validity. */
function card(store: MediPrima, p: { beneficiary: Beneficiary; manager: Manager; period: Period; decisionDate: string; refundCode: number; createdAt: string }): CardVersion {
  return store.write({
    eCarmedNumber: store.nextNumber(),
    versionNbr: 1,
    status: 'ACTIVE',
    beneficiary: p.beneficiary,
    manager: p.manager,
    validityPeriod: p.period,
    card: {
      judicialDecisionInd: 'N',
      decisionDate: p.decisionDate,
      incomeLessThanRISInd: 'Y',
      pswcSupportAllCostInd: 'N',
      covers: { hospitalization: fullCover(p.period), ambulatoryHospitalization: fullCover(p.period) },
    },
    refundCode: p.refundCode,
    periodBlocked: false,
    suspensions: [],
    activatable: false,
    createdAt: p.createdAt,
    modifiedAt: p.createdAt,
    cause: 'seed',
  });
}

/**
 * The personas' MediPrima cards (fixtures/personas.ts): mediprima-open's active card at OCMW Gent;
 * mediprima-suspended's, suspended by a refund-code mutation when he became insured (with its MEMU
 * file for Gent); mediprima-other-ocmw's, managed by OCMW Antwerpen. urgent-medical-aid has none.
 * The people match their National Register records (src/sources/rr/personas-mediprima.ts).
 */
export function writeMediPrimaPersonas(store: MediPrima): void {
  store.transaction(() => {
    card(store, {
      beneficiary: { ssin: SSIN.mediprimaOpen, lastName: 'Vanmassenhove', firstName: 'Dirk', gender: 'M', birthDate: '1972-05-16' },
      manager: managerOf(gent),
      period: { startDate: '2026-10-01', endDate: '2027-09-30' },
      decisionDate: '2026-09-24',
      refundCode: 5,
      createdAt: '2026-09-24T10:12:00.000Z',
    });
    card(store, {
      beneficiary: { ssin: SSIN.mediprimaSuspended, lastName: 'Willaert', firstName: 'Bart', gender: 'M', birthDate: '1983-01-09' },
      manager: managerOf(gent),
      period: { startDate: '2026-06-01', endDate: '2027-05-31' },
      decisionDate: '2026-05-28',
      refundCode: 5,
      createdAt: '2026-05-28T14:30:00.000Z',
    });
    mutateCards(store, { type: 'REFUND_CODE', ssin: SSIN.mediprimaSuspended, date: SUSPENDED_INSURED_FROM, newRefundCode: 1 }, new Date(SUSPENDED_PROCESSED_AT));
    card(store, {
      beneficiary: { ssin: SSIN.mediprimaOtherOcmw, lastName: 'Camara', firstName: 'Aminata', gender: 'F', birthDate: '1991-12-02' },
      manager: managerOf(antwerpen),
      period: { startDate: '2026-09-15', endDate: '2027-09-14' },
      decisionDate: '2026-09-15',
      refundCode: 50,
      createdAt: '2026-09-15T08:45:00.000Z',
    });
  });
}
