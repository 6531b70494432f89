import { Prefixed, XmlObject } from '../../xml/build';
import { envelope } from './batch-file';
import type { AppliedMutation } from './events';
import { contentXml, identifierXml } from './xml';

/** The MEMU payload's namespace (contracts-wave2.md §4.4) and the ECarmed types it embeds. */
export const MEMU_NS = 'http://socialsecurity.be/medicalcardregistry/v1/batchmutation';
export const ECARMED_TYPES_NS = 'http://kszbcss.fgov.be/types/ECarmed/v1';
export const MEMU_FLOW = 'MEMU';

/** The card as it is now, in the ECarmed types (ns3), inside a mutation. */
const carmed = (a: AppliedMutation): XmlObject => ({ 'ns3:eCarmedIdentifier': new Prefixed('ns3', identifierXml(a.card)), 'ns3:eCarmedContent': new Prefixed('ns3', contentXml(a.card)) });

/**
 * One mutation element. `refundCode` is the real files' (newRefundCode, eCarmedNumber, the three
 * change indicators, carmed). The others are MODELLED on what the real client reads by element
 * name (newSsin; newFirstName/newLastName): ssinChange, nameChange, and decease.
 */
function mutationXml(a: AppliedMutation): XmlObject {
  const d = a.mutation.details;
  const number = a.card.eCarmedNumber;
  switch (a.mutation.kind) {
    case 'refundCode':
      return { refundCode: { newRefundCode: d.newRefundCode, eCarmedNumber: number, changePodmi_sppisPartInd: d.changePodmi_sppisPartInd, changeMedicalUrgencyInd: d.changeMedicalUrgencyInd, changeAffiliedMutualityInd: d.changeAffiliedMutualityInd, carmed: carmed(a) } };
    case 'newSsin':
      return { ssinChange: { newSsin: d.newSsin, oldSsin: d.oldSsin, eCarmedNumber: number, carmed: carmed(a) } };
    case 'newName':
      return { nameChange: { newLastName: d.newLastName, newFirstName: d.newFirstName, eCarmedNumber: number, carmed: carmed(a) } };
    case 'deceased':
      return { decease: { deceaseDate: d.deceaseDate, eCarmedNumber: number, carmed: carmed(a) } };
  }
}

/** The FO.MEMU data file telling one OCMW about the mutations of the cards it manages. */
export function memuFile(ocmwCbe: string, mutations: AppliedMutation[], at: Date, sequence: number): string {
  return envelope({
    flow: MEMU_FLOW,
    day: at.toISOString().slice(0, 10),
    sequence,
    identification: 'MEMU001',
    ocmwCbe,
    at,
    documentXml: {
      namespaces: { memu: MEMU_NS, ns2: MEMU_NS, ns3: ECARMED_TYPES_NS },
      schemaLocation: `${MEMU_NS} Mutations_eCarmed_OUT.xsd ${ECARMED_TYPES_NS} eCarmedTypesV4.xsd`,
      root: 'ns2:notificationList',
      content: new Prefixed('ns2', {
        companyId: ocmwCbe,
        notification: mutations.map((a) => ({ mutation: mutationXml(a), processingDateByMediPrima: a.mutation.processingDate, mutationNumber: a.mutation.mutationNbr })),
      }),
    },
  });
}
