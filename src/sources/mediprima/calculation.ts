import { Prefixed } from '../../xml/build';
import { envelope } from './batch-file';
import type { Invoice } from './settlement';

/**
 * The N06 eCarmedCalculationNotification file (MODELLED: no public contract): the invoices
 * MediPrima settled on a run day for the decisions one OCMW manages, in the systemFlux envelope of
 * the MEMU files (form MECA001), so that the same reader handles both.
 */
export const CALCULATION_NS = 'http://socialsecurity.be/medicalcardregistry/v1/batchcalculation';
export const CALCULATION_FLOW = 'MECA';

const euro = (cents: number): string => (cents / 100).toFixed(2);

export function calculationFile(ocmwCbe: string, invoices: Invoice[], at: Date, sequence: number): string {
  return envelope({
    flow: CALCULATION_FLOW,
    day: at.toISOString().slice(0, 10),
    sequence,
    identification: 'MECA001',
    ocmwCbe,
    at,
    documentXml: {
      namespaces: { ns2: CALCULATION_NS },
      schemaLocation: `${CALCULATION_NS} Calculations_eCarmed_OUT.xsd`,
      root: 'ns2:calculationNotificationList',
      content: new Prefixed('ns2', {
        companyId: ocmwCbe,
        settlementDate: at.toISOString().slice(0, 10),
        calculation: invoices.map((i) => ({
          eCarmedNumber: i.eCarmedNumber,
          versionNbr: i.versionNbr,
          ssin: i.ssin,
          refundCode: i.refundCode,
          invoice: {
            invoiceNumber: i.invoiceNumber,
            medicalCover: i.cover,
            careDate: i.careDate,
            totalAmount: euro(i.amounts.total),
            ziv_amiPart: euro(i.amounts.zivAmiPart),
            patientPart: euro(i.amounts.patientPart),
          },
          settlement: {
            podmi_sppisAmount: euro(i.amounts.podmi),
            insurerAmount: euro(i.amounts.insurer),
            pswcAmount: euro(i.amounts.pswc),
            patientAmount: euro(i.amounts.patient),
          },
        })),
      }),
    },
  });
}
