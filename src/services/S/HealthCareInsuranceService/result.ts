import type { XmlObject } from '../../../xml/build';
import type { DatedRow, NicSituation } from '../../../sources/nic';
import type { Block } from './blocks';

/**
 * The result element from the NIC situation at the date: only the given blocks, in contract
 * order. A block the NIC has nothing for says noRight (maximum billing, medical house, increased
 * intervention, complementary insurance, GMD) or value false (reimbursement, third-party payer).
 * Pure: the caller reads the situation.
 */
export function resultOf(s: NicSituation, blocks: Block[]): XmlObject | undefined {
  const ins = s.insurability;
  if (!ins) return undefined;
  const insurer = ins.insuring_organization;
  const right = (value: boolean): XmlObject => ({ value, insuringOrganization: value ? insurer : undefined });
  const noRight = { noRight: true };
  const period = (row: Pick<DatedRow, 'begin_date' | 'end_date'>): XmlObject => ({ beginDate: row.begin_date, endDate: row.end_date ?? undefined });

  const build: Record<Block, () => XmlObject> = {
    insuringOrganization: () => ({ mutuality: ins.mutuality, insuringOrganization: insurer }),
    reimbursementRight: () => right(ins.reimbursement_right === 1),
    ct1ct2: () => ({ mutuality: ins.mutuality, insuringOrganization: insurer, period: period(ins), ct1: ins.ct1, ct2: ins.ct2 }),
    payingThirdParty: () => right(ins.paying_third_party === 1),
    maximumCharge: () =>
      s.maf.length ? { year: s.maf.map((m) => ({ '@insuringOrganization': m.insuring_organization, '#text': String(m.year) })) } : noRight,
    medicalHouse: () => {
      const mh = s.medicalHouse;
      if (!mh) return noRight;
      return { period: { ...period(mh), insuringOrganization: mh.insuring_organization }, doctor: mh.doctor === 1, kine: mh.kine === 1, nurse: mh.nurse === 1 };
    },
    increasedIntervention: () => (s.increasedIntervention ? { period: period(s.increasedIntervention) } : noRight),
    statusComplementaryInsurance: () => (ins.complementary_insurance === 1 ? { value: true, insuringOrganization: insurer } : noRight),
    globalMedicalFile: () => (s.gmd ? { healthCareProvider: s.gmd.provider, period: period(s.gmd), insuringOrganization: s.gmd.insuring_organization } : noRight),
    sfdfL891: () => ({
      mutuality: ins.mutuality,
      registrationNumber: ins.registration_number,
      period: period(ins),
      ct1: ins.ct1,
      ct2: ins.ct2,
      holderSsin: ins.holder_ssin ?? undefined,
    }),
  };
  const result: XmlObject = {};
  for (const block of blocks) result[block] = build[block]();
  return result;
}
