import { toXml, XML_DECLARATION, XmlValue } from '../../xml/build';

/**
 * The social-security batch files MediPrima produces for an OCMW (contracts-wave2.md §1.2): the
 * data file FO.<flow>.<sender>.<yyyymmdd>.<seq>.<env>.1.1 in the systemFlux envelope of the NSSO
 * (GenericXmlDocument), its detached signature FS.… and the empty GO.… that starts processing.
 */
export const SYSTEM_FLUX_NS = 'http://www.smals-mvm.be/xml/ns/systemFlux';
/** The sender number of the real MEMU files (a test sender), and their environment (T = test). */
export const SENDER = '999999';
export const ENVIRONMENT = 'T';

export interface BatchName {
  flow: string;
  day: string;
  sequence: number;
}

/**
 * The five-character sequence part of a batch name: zero-padded; past 99999 in base 36 (the part
 * is alphanumeric), so that names stay unique when a sequence runs past five digits.
 */
export function batchSequencePart(sequence: number): string {
  return sequence <= 99_999 ? String(sequence).padStart(5, '0') : sequence.toString(36).toUpperCase().padStart(5, '0');
}

/** FO.MEMU.999999.20261116.00001.T.1.1 (data), FS.… (signature); GO.… has no version/part suffix's last number. */
export function batchFileNames(n: BatchName): { data: string; signature: string; go: string } {
  const base = `${n.flow}.${SENDER}.${n.day.replace(/-/g, '')}.${batchSequencePart(n.sequence)}.${ENVIRONMENT}`;
  return { data: `FO.${base}.1.1`, signature: `FS.${base}.1.1`, go: `GO.${base}.1` };
}

/** The name part after the FO./FS./GO. type, the same for the three files of one batch. */
export const batchBase = (dataFileName: string): string => dataFileName.replace(/^F[OS]\./, '').replace(/\.1\.1$/, '');

export interface EnvelopeInput extends BatchName {
  /** The form (MEMU001). */
  identification: string;
  /** The OCMW's KBO number (10 digits). */
  ocmwCbe: string;
  /** When it is produced (the emulator's clock). */
  at: Date;
  /** The business document: its root element name (with prefix) and content, and the namespaces it declares. */
  documentXml: { namespaces: Record<string, string>; schemaLocation: string; root: string; content: XmlValue };
}

/**
 * The data file: GenericXmlDocument/Form{Identification, creation date and hour, AttestationStatus 0,
 * TypeForm SU, two References, ReferenceData/EmployerId/CompanyID (the KBO number without its
 * leading 0), Data{DocumentDescription (application/xml, UTF-8, NATIVE), DocumentXML}}, as in the
 * real MEMU files.
 */
export function envelope(e: EnvelopeInput): string {
  const iso = e.at.toISOString();
  const compact = e.day.replace(/-/g, '');
  const declarations = Object.fromEntries(Object.entries(e.documentXml.namespaces).map(([prefix, ns]) => [`@xmlns:${prefix}`, ns]));
  const form = {
    Identification: e.identification,
    FormCreationDate: iso.slice(0, 10),
    FormCreationHour: iso.slice(11, 23),
    AttestationStatus: 0,
    TypeForm: 'SU',
    Reference: [
      { ReferenceType: 1, ReferenceOrigin: 3, ReferenceNbr: `${compact}${String(e.sequence).padStart(12, '0')}` },
      { ReferenceType: 1, ReferenceOrigin: 2, ReferenceNbr: `${e.flow.slice(0, 4)}${compact.slice(2)}${String(e.sequence).padStart(3, '0')}`.slice(0, 13) },
    ],
    ReferenceData: { EmployerId: { CompanyID: e.ocmwCbe.replace(/^0/, '') } },
    Data: {
      DocumentDescription: { TechnicalDescription: { MimeType: 'application/xml', CharacterSet: 'UTF-8', CharacterFormat: 'NATIVE' } },
      DocumentXML: { ...declarations, '@xsi:schemaLocation': e.documentXml.schemaLocation, [e.documentXml.root]: e.documentXml.content },
    },
  };
  const root = toXml('GenericXmlDocument', {
    '@xmlns': SYSTEM_FLUX_NS,
    '@xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    '@xsi:schemaLocation': `${SYSTEM_FLUX_NS} GenericXmlDocument_20152.xsd`,
    Form: form,
  });
  return `${XML_DECLARATION.replace('?>', ' standalone="no"?>')}\n${root}`;
}

