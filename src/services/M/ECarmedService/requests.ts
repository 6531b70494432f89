import { child, childText, elements, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { readOnce } from '../../read-once';
import { COVERS, CoverName, MedicalCard, Period, STOP_COVER_NAMES } from '../../../sources/mediprima';

/**
 * The readings of ECarmed requests. The payload has passed the schema; in lenient security mode it
 * may not have, so a missing mandatory field is still refused (MSG00008 naming it).
 */
function required(el: XmlElement | undefined, path: string, ...locals: string[]): string {
  const value = childText(el, ...locals);
  if (value === undefined) throw invalidField(path);
  return value;
}

function periodOf(el: XmlElement | undefined, path: string): Period {
  return { startDate: required(el, path, 'startDate'), endDate: required(el, path, 'endDate') };
}

const indicator = (value: string | undefined): 'Y' | 'N' | undefined => (value === 'Y' || value === 'N' ? value : undefined);

/** ECarmedDataType: the indicators and the covers (each its period and the rest of its elements, kept as sent). */
function medicalCardOf(el: XmlElement | undefined, path: string): MedicalCard {
  const covers: MedicalCard['covers'] = {};
  for (const c of elements(child(el, 'medicalCover') ?? { ns: '', local: '', prefix: '', attrs: {}, children: [] })) {
    if (!(COVERS as readonly string[]).includes(c.local)) continue;
    covers[c.local as CoverName] = { validityPeriod: periodOf(child(c, 'validityPeriod'), `${path}/medicalCover/${c.local}/validityPeriod`), details: elements(c).filter((d) => d.local !== 'validityPeriod') };
  }
  return {
    judicialDecisionInd: indicator(required(el, `${path}/judicialDecisionInd`, 'judicialDecisionInd')) ?? 'N',
    decisionDate: required(el, `${path}/decisionDate`, 'decisionDate'),
    incomeLessThanRISInd: indicator(required(el, `${path}/incomeLessThanRISInd`, 'incomeLessThanRISInd')) ?? 'N',
    pswcSupportAllCostInd: indicator(childText(el, 'pswcSupportAllCostInd')),
    covers,
  };
}

export interface OpenProposal {
  ssin: string;
  validityPeriod: Period;
  card: MedicalCard;
}

/** openCarmed / evaluateCarmed: proposal{ssin, validityPeriod, medicalCard}. */
export const openProposalOf = readOnce((request: XmlElement): OpenProposal => {
  const p = child(request, 'proposal');
  return { ssin: required(p, 'proposal/ssin', 'ssin'), validityPeriod: periodOf(child(p, 'validityPeriod'), 'proposal/validityPeriod'), card: medicalCardOf(child(p, 'medicalCard'), 'proposal/medicalCard') };
});

export interface ModifyProposal extends OpenProposal {
  eCarmedNumber: string;
  activate: boolean;
}

/** modifyCarmed / evaluateModifiedCarmed: proposal{eCarmedNumber, ssin, newValidityPeriod, newMedicalCard, activate?}. */
export const modifyProposalOf = readOnce((request: XmlElement): ModifyProposal => {
  const p = child(request, 'proposal');
  return {
    eCarmedNumber: required(p, 'proposal/eCarmedNumber', 'eCarmedNumber'),
    ssin: required(p, 'proposal/ssin', 'ssin'),
    validityPeriod: periodOf(child(p, 'newValidityPeriod'), 'proposal/newValidityPeriod'),
    card: medicalCardOf(child(p, 'newMedicalCard'), 'proposal/newMedicalCard'),
    activate: childText(p, 'activate') === 'Y',
  };
});

export interface CardReference {
  ssin: string;
  eCarmedNumber: string;
}

/** closeCarmed / removeCarmed: {ssin, eCarmedNumber}. */
export const cardReferenceOf = readOnce((request: XmlElement): CardReference => ({ ssin: required(request, 'ssin', 'ssin'), eCarmedNumber: required(request, 'eCarmedNumber', 'eCarmedNumber') }));

export interface StopRequest extends CardReference {
  endDate: string;
  /** The covers the request names, by their MedicalCoverType name (z). */
  covers: Partial<Record<CoverName, Period>>;
}

/** stopCarmed: {ssin, eCarmedNumber, endDate, medicalCoverValidityPeriod?} (covers spelled with an s there). */
export const stopRequestOf = readOnce((request: XmlElement): StopRequest => {
  const covers: StopRequest['covers'] = {};
  for (const c of elements(child(request, 'medicalCoverValidityPeriod') ?? { ns: '', local: '', prefix: '', attrs: {}, children: [] })) {
    const name = STOP_COVER_NAMES[c.local];
    if (name) covers[name] = periodOf(c, `medicalCoverValidityPeriod/${c.local}`);
  }
  return { ...cardReferenceOf(request), endDate: required(request, 'endDate', 'endDate'), covers };
});

/** selectionCriteria: one card by number, or a person's cards over a period or on a day. */
export type Selection = { eCarmedNumber: string } | { ssin: string; period: Period } | { ssin: string; referenceDate: string };

export const selectionOf = readOnce((request: XmlElement): Selection => {
  const s = child(request, 'selectionCriteria');
  const number = childText(s, 'eCarmedNumber');
  if (number) return { eCarmedNumber: number };
  const bySsin = child(s, 'bySsin');
  const ssin = required(bySsin, 'selectionCriteria/bySsin/ssin', 'ssin');
  const referenceDate = childText(bySsin, 'referenceDate');
  if (referenceDate) return { ssin, referenceDate };
  return { ssin, period: periodOf(child(bySsin, 'period'), 'selectionCriteria/bySsin/period') };
});

/** consultCarmedByVersion: selectionCriteria{eCarmedNumber, versionNbr}. */
export const byVersionOf = readOnce((request: XmlElement): { eCarmedNumber: string; versionNbr: number } => {
  const s = child(request, 'selectionCriteria');
  const versionNbr = required(s, 'selectionCriteria/versionNbr', 'versionNbr');
  if (!/^\d+$/.test(versionNbr)) throw invalidField('selectionCriteria/versionNbr', versionNbr);
  return { eCarmedNumber: required(s, 'selectionCriteria/eCarmedNumber', 'eCarmedNumber'), versionNbr: Number(versionNbr) };
});

/** The person a request names, where it names one (finality and the SSIN checks apply to them). */
export function targetSsinOf(request: XmlElement): string | undefined {
  return childText(request, 'proposal', 'ssin') ?? childText(request, 'ssin') ?? childText(request, 'selectionCriteria', 'bySsin', 'ssin');
}
