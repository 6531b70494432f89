import { careMonths, invoiceFor, runDaysBetween } from '../../src/sources/mediprima/settlement';
import type { CardVersion, Cover } from '../../src/sources/mediprima';
import type { XmlElement } from '../../src/xml/node';

const el = (local: string, children: XmlElement['children']): XmlElement => ({ ns: '', local, prefix: '', attrs: {}, children });
const cover = (startDate: string, endDate: string, ziv: string, patient: string): Cover => ({
  validityPeriod: { startDate, endDate },
  details: [el('pswc_Support', [el('pswc_ziv_ami_part', [ziv]), el('pswc_PatientPart', [patient]), el('pswc_Supplement', ['NOTHING'])])],
});

function card(refundCode: number, covers: CardVersion['card']['covers'], suspensions: CardVersion['suspensions'] = []): CardVersion {
  return {
    eCarmedNumber: '000002499999',
    versionNbr: 1,
    status: suspensions.length ? 'SUSPENDED' : 'ACTIVE',
    beneficiary: { ssin: '72051695812', lastName: 'Test' },
    manager: { cbe: '0244021019', nis: '44021', nameFr: 'CPAS Gand', nameNl: 'OCMW Gent' },
    validityPeriod: { startDate: '2026-01-15', endDate: '2026-12-31' },
    card: { judicialDecisionInd: 'N', decisionDate: '2026-01-15', incomeLessThanRISInd: 'N', covers },
    refundCode,
    periodBlocked: false,
    suspensions,
    activatable: false,
    createdAt: '2026-01-15T10:00:00.000Z',
    modifiedAt: '2026-01-15T10:00:00.000Z',
    cause: 'test',
  };
}

describe('N06 settlement rules (src/sources/mediprima/settlement.ts)', () => {
  it('runs on the 10th: the first run after a day, up to and including the last day', () => {
    expect(runDaysBetween('2026-05-28', '2026-08-10')).toEqual(['2026-06-10', '2026-07-10', '2026-08-10']);
    expect(runDaysBetween('2026-06-09', '2026-06-10')).toEqual(['2026-06-10']);
    expect(runDaysBetween('2026-06-10', '2026-07-09')).toEqual([]);
    expect(runDaysBetween('2026-11-10', '2027-01-10')).toEqual(['2026-12-10', '2027-01-10']);
  });

  it('income above the living wage, not insured (code 6): POD MI pays nothing, the OCMW what it supports, the patient the rest', () => {
    const c = card(6, { doctor: cover('2026-01-15', '2026-12-31', 'PARTIAL', 'FULL'), paramedic: cover('2026-01-15', '2026-12-31', 'NOTHING', 'NOTHING') });
    const doctor = invoiceFor(c, 'doctor', '2026-03', '2026-04-10')!;
    const a = doctor.amounts;
    expect([a.podmi, a.insurer, a.pswc, a.patient]).toEqual([0, 0, Math.round(a.zivAmiPart * 0.5) + a.patientPart, a.zivAmiPart - Math.round(a.zivAmiPart * 0.5)]);
    const paramedic = invoiceFor(c, 'paramedic', '2026-03', '2026-04-10')!.amounts;
    expect([paramedic.pswc, paramedic.patient]).toEqual([0, paramedic.total]);
  });

  it('the same card, cover and month always give the same invoice; another month another', () => {
    const c = card(5, { hospitalization: cover('2026-01-15', '2026-12-31', 'FULL', 'FULL') });
    expect(invoiceFor(c, 'hospitalization', '2026-05', '2026-06-10')).toEqual(invoiceFor({ ...c }, 'hospitalization', '2026-05', '2026-06-10'));
    expect(invoiceFor(c, 'hospitalization', '2026-05', '2026-06-10')!.amounts.total).not.toBe(invoiceFor(c, 'hospitalization', '2026-06', '2026-07-10')!.amounts.total);
  });

  it('cares only on the cover\'s days within the month, and before the first suspension', () => {
    const c = card(5, { ambulatoryHospitalization: cover('2026-01-15', '2026-03-03', 'FULL', 'FULL') }, [{ reason: 'REFUND_CODE', date: '2026-03-02', sequenceNbr: 0, mutationNbr: 5000 }]);
    expect(invoiceFor(c, 'ambulatoryHospitalization', '2026-01', '2026-02-10')!.careDate >= '2026-01-15').toBe(true);
    // Suspended from 2026-03-02: only 2026-03-01 remains in March.
    expect(invoiceFor(c, 'ambulatoryHospitalization', '2026-03', '2026-04-10')!.careDate).toBe('2026-03-01');
    expect(invoiceFor(c, 'ambulatoryHospitalization', '2026-04', '2026-05-10')).toBeUndefined();
    expect(invoiceFor(c, 'doctor', '2026-01', '2026-02-10')).toBeUndefined();
  });

  it('parts always add up, for every cover, month and refund code', () => {
    for (const code of [1, 5, 6, 35, 50])
      for (const month of ['2026-01', '2026-02', '2026-07', '2026-12']) {
        const c = card(code, { hospitalization: cover('2026-01-15', '2026-12-31', 'PARTIAL', 'PARTIAL'), prosthesis: cover('2026-01-15', '2026-12-31', 'FULL', 'PARTIAL') });
        for (const name of ['hospitalization', 'prosthesis'] as const) {
          const a = invoiceFor(c, name, month, '2027-01-10')!.amounts;
          expect([code, month, name, a.zivAmiPart + a.patientPart, a.podmi + a.insurer + a.pswc + a.patient, Math.min(a.podmi, a.insurer, a.pswc, a.patient) >= 0]).toEqual([code, month, name, a.total, a.total, true]);
        }
      }
    expect(careMonths(card(5, {}), '2026-04')).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
  });
});
