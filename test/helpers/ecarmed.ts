import type { Endpoint } from './newstyle-endpoint';
import { child, childrenNamed, childText, XmlElement } from '../../src/xml/node';

/** The MediPrima contract (M01–M08) as the tests talk to it. */
export const ECARMED: Endpoint = {
  path: '/SOA4520/ECarmedService/manageCarmed',
  ns: 'http://kszbcss.fgov.be/intf/ECarmedService/v1',
  wsdl: 'M01-ECarmedService/v1/ECarmedServiceV1.wsdl',
  actionBase: 'http://kszbcss.fgov.be/ECarmedService',
};
export const MANAGE = 'manage eCarmed';

type Period = { startDate: string; endDate: string };

/** A proposal's medical card: hospitalisation with ambulatory care by default, over `period`. */
export function medicalCard(period: Period, opts: { decisionDate?: string; covers?: string[]; incomeBelow?: boolean } = {}) {
  const covers = opts.covers ?? ['hospitalization', 'ambulatoryHospitalization'];
  return {
    judicialDecisionInd: 'N',
    decisionDate: opts.decisionDate ?? period.startDate,
    incomeLessThanRISInd: opts.incomeBelow === false ? 'N' : 'Y',
    pswcSupportAllCostInd: 'N',
    medicalCover: Object.fromEntries(covers.map((c) => [c, { validityPeriod: period, pswc_Support: { pswc_ziv_ami_part: 'FULL', pswc_PatientPart: 'FULL', pswc_Supplement: 'NOTHING' } }])),
  };
}

export const statusOf = (root: XmlElement) => [childText(root, 'status', 'value'), childText(root, 'status', 'code')];
/** The reason codes of a reply's backend messages, in order. */
export const reasonsOf = (root: XmlElement) => childrenNamed(child(root, 'backendMessages'), 'backendMessage').map((m) => childText(m, 'reasonCode'));
/** The identifier block of a reply's result (open, modify, stop). */
export const identifierOf = (root: XmlElement) => child(child(root, 'result'), 'eCarmedIdentifier')!;
export const actionsOf = (identifier: XmlElement) => childrenNamed(child(child(identifier, 'managedDates'), 'authorizedActions'), 'operation').map((o) => childText(o));
export const carmedOf = (root: XmlElement) => childrenNamed(child(root, 'result'), 'carmed');
