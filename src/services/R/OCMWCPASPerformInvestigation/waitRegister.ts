import type { SourceAccess } from '../../../sources/registry';
import type { XmlObject } from '../../../xml/build';
import { RrWaitingEntry, WAITING } from '../../../sources/rr';
import { municipality } from '../../../sources/rr/labels';

/**
 * One WaitRegister (WaitRegister.xsd) from the person's waiting-register file, or undefined when
 * the person is not in that register. The codes are modelled (WAITING in sources/rr.ts).
 */
export function waitRegister(app: Pick<SourceAccess, 'rr'>, ssin: string): XmlObject | undefined {
  const file = app.rr.waitingFile(ssin);
  if (!file) return undefined;
  const entries = app.rr.waitingEntries(ssin);
  const of = (kind: RrWaitingEntry['kind']) => entries.filter((e) => e.kind === kind);
  const place = municipality(file.municipality_nis);
  const nisNumber = (nis: string | null) => (nis ? Number(nis) : undefined);

  return {
    SocialSecurityUser: ssin,
    RefugeeSituationH205: { RefugeeSituation: [{ demandDate: file.application_date, qualityCode: file.quality_code }] },
    RefugeeAdministriveFileH206: {
      RefugeeAdministrativeFile: [
        {
          structureType: file.authority,
          administrativeSituationDate: file.situation_date,
          administrativeSituationCode: file.situation_code,
          organism: WAITING.ORGANISM[file.authority],
          municipalityCodeOrAidCenter: Number(file.municipality_nis),
          municipalityDescription: place ? (place.regime === '1' ? place.fr : place.nl) : undefined,
          municipalityDescriptionBiLingual: place ? (place.nl === place.fr ? place.nl : `${place.nl} - ${place.fr}`) : undefined,
          reference: file.file_reference,
          openClosedCode: file.file_open,
          nisCode: nisNumber(file.ocmw_nis),
          declarationDate: file.declaration_date ?? undefined,
          certificateDate: file.certificate_date ?? undefined,
          delayDate: file.delay_date ?? undefined,
        },
      ],
    },
    RefugeeInstitutionH207: nonEmpty('RefugeeInstitution', of('INSTITUTION').map((e) => ({
      inscriptionDate: e.begin_date,
      removeDate: e.end_date ?? undefined,
      typeOfAid: e.code,
      municipalityDescription: e.description ?? undefined,
      cpasCode: nisNumber(e.ocmw_nis),
    }))),
    RefugeeDocumentH211: nonEmpty('RefugeeDocument', of('DOCUMENT').map((e) => ({ InscriptionDate: e.begin_date, documentTypeCode: e.code }))),
    RefugeeLocationH212: nonEmpty('RefugeeLocation', of('LOCATION').map((e) => ({ inscriptionDate: e.begin_date, code: e.code, description: e.description ?? undefined }))),
  };
}

const nonEmpty = (name: string, items: XmlObject[]): XmlObject | undefined => (items.length ? { [name]: items } : undefined);
