import type { XmlObject } from '../../xml/build';
import { authorizedActions, CardVersion, COVERS, Period } from './model';
import { refundCode } from './refund-codes';

const periodXml = (p: Period): XmlObject => ({ startDate: p.startDate, endDate: p.endDate });

/** A refund part as the real files write it (1.0, 0.5, 0.0): the schema's enumeration compares values. */
const part = (n: number): string => n.toFixed(1);

/** refund_podmi_sppis of a refund code (Refund_podmi_sppisType). */
export function refundXml(code: number): XmlObject {
  const r = refundCode(code);
  if (!r) throw new Error(`unknown refund code ${code}`);
  const [hz, ac, ot, hp, ap, op] = r.parts.map(part);
  return {
    refundCode: r.code,
    affiliedMutualityInd: r.insured ? 'Y' : 'N',
    beneficiaryStatus: r.beneficiaryStatus,
    justification: [
      { '@lang': 'fr', '#text': r.fr },
      { '@lang': 'nl', '#text': r.nl },
    ],
    podmi_sppis_Hospitalization_ZIV_AMI_Part: hz,
    podmi_sppis_AmbulatoryCare_ZIV_AMI_Part: ac,
    podmi_sppis_Other_ZIV_AMI_Part: ot,
    podmi_sppis_Hospitalization_PatientPart: hp,
    podmi_sppis_AmbulatoryCare_PatientPart: ap,
    podmi_sppis_Other_PatientPart: op,
    medicalUrgencyInd: r.medicalUrgency ? 'Y' : 'N',
  };
}

/** The decision's data (ECarmedDataType): indicators, then the covers in the contract's order. */
export function medicalCardXml(v: Pick<CardVersion, 'card'>): XmlObject {
  const c = v.card;
  const covers: XmlObject = {};
  for (const name of COVERS) {
    const cover = c.covers[name];
    if (!cover) continue;
    const details: XmlObject = {};
    for (const el of cover.details) details[el.local] = el.local in details ? ([] as unknown[]).concat(details[el.local], el) as XmlObject[] : el;
    covers[name] = { validityPeriod: periodXml(cover.validityPeriod), ...details };
  }
  return {
    judicialDecisionInd: c.judicialDecisionInd,
    decisionDate: c.decisionDate,
    incomeLessThanRISInd: c.incomeLessThanRISInd,
    pswcSupportAllCostInd: c.pswcSupportAllCostInd,
    medicalCover: Object.keys(covers).length ? covers : undefined,
  };
}

/** The card's identifier block (ECarmedIdentifierType), with its managed dates and what it allows. */
export function identifierXml(v: CardVersion): XmlObject {
  const b = v.beneficiary;
  const actions = authorizedActions(v);
  return {
    eCarmedNumber: v.eCarmedNumber,
    versionNbr: v.versionNbr,
    cardStatus: v.status,
    beneficiary: { ssin: b.ssin, lastName: b.lastName.slice(0, 48), firstName: b.firstName?.slice(0, 48) || undefined, gender: b.gender, birthDate: b.birthDate, deceaseDate: b.deceaseDate },
    validityPeriod: periodXml(v.validityPeriod),
    pswc: {
      cbeNumber: v.manager.cbe,
      municipalityINS: v.manager.nis,
      name: [
        { '@lang': 'fr', '#text': v.manager.nameFr },
        { '@lang': 'nl', '#text': v.manager.nameNl },
      ],
    },
    managedDates: {
      creationDate: v.createdAt,
      lastModificationDate: v.modifiedAt,
      periodBlockedInd: v.periodBlocked ? 'Y' : 'N',
      suspension: v.suspensions.length ? { detail: v.suspensions.map((s) => ({ reason: s.reason, date: s.date, sequenceNbr: s.sequenceNbr, mutationNbr: s.mutationNbr })) } : undefined,
      authorizedActions: actions.length ? { operation: actions } : undefined,
    },
  };
}

/** The card's content (ECarmedContentType): its data and its refund code. */
export function contentXml(v: CardVersion): XmlObject {
  return { ...medicalCardXml(v), refund_podmi_sppis: refundXml(v.refundCode) };
}
