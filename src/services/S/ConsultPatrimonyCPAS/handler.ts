import type { Ctx } from './context';
import { child, childText, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { informationCBSS } from '../../../soap/newstyle';
import { divisionName, municipalityName, municipalityOf, NATURES, ParcelRight } from '../../../sources/cadastre';
import type { StatusError } from '../../types';
import { CADNET_STATUS, CadnetStatus, cadnetStatus, refusalStatus } from './status';

/**
 * findProperties (Cadnet, ConsultPatrimonyCPASV1.xsd): the rights the cadastre records today for
 * the person and/or the partner the National Register gives them (rr_person.partner_ssin), by
 * naturePerson (MODELLED: 1 the person, 2 the partner, 3 both). The status code says whether there
 * is a partner and whether properties were found; a person with neither a National Register file
 * nor a right (a BIS number) is PERSON_UNKNOWN_FODFIN. Reply: the head (no legalContext: the
 * contract has none), the searchCriterion echoed, the status, businessData.
 */
export function findProperties(request: XmlElement, ctx: Ctx): XmlObject {
  const criterion = child(request, 'searchCriterion');
  const ssin = ctx.target?.ssin ?? childText(criterion, 'naturalPerson', 'ssin')?.trim() ?? '';
  const nature = childText(criterion, 'naturePerson') ?? '1';
  const language = childText(criterion, 'language') ?? 'NL';
  const { rr, cadastre } = ctx.sources;
  const file = rr.person(ssin);
  const partnerFile = file?.partner_ssin ? rr.person(file.partner_ssin) : undefined;
  const partner = partnerFile && !partnerFile.decease_date ? partnerFile : undefined;
  const owners = [...(nature !== '2' ? [ssin] : []), ...(nature !== '1' && partner ? [partner.ssin] : [])];
  const today = ctx.today;
  const rights = owners.flatMap((o) => cadastre.rightsOfPerson(o)).filter((r) => r.begin_date <= today && (r.end_date ?? '9999-12-31') >= today);
  const head = { informationCustomer: child(request, 'informationCustomer'), informationCBSS: informationCBSS(ctx), searchCriterion: criterion };
  if (!file && cadastre.rightsOfPerson(ssin).length === 0) return { ...head, status: cadnetStatus(CADNET_STATUS.UNKNOWN_FODFIN) };
  return {
    ...head,
    status: cadnetStatus(statusOf(partner !== undefined, rights.length > 0)),
    businessData: {
      person: {
        ssin,
        lastName: file?.last_name ?? ctx.target?.lastName ?? '',
        firstName: file?.first_name ?? ctx.target?.firstName ?? '',
        partner: partner ? { ssin: partner.ssin, lastName: partner.last_name, firstName: partner.first_name } : undefined,
      },
      property: rights.map((r) => propertyXml(r, language)),
      naturePerson: nature,
    },
  };
}

function statusOf(hasPartner: boolean, hasProperties: boolean): CadnetStatus {
  if (hasPartner) return hasProperties ? CADNET_STATUS.WITH_PROPERTIES_AND_PARTNER : CADNET_STATUS.WITH_PARTNER_WITHOUT_PROPERTIES;
  return hasProperties ? CADNET_STATUS.WITHOUT_PARTNER_WITH_PROPERTIES : CADNET_STATUS.WITHOUT_PARTNER_AND_PROPERTIES;
}

function propertyXml(r: ParcelRight, language: string): XmlObject {
  const p = r.parcel;
  const m = municipalityOf(p.nis);
  const nature = NATURES[p.nature];
  return {
    ownerSsin: r.owner_ssin,
    nisCode: p.nis,
    municipality: municipalityName(m, language),
    division: divisionName(p.division_code, language),
    section: p.section,
    parcelNumber: p.parcel_number,
    nature: language === 'FR' ? nature.fr : language === 'DE' ? nature.de : nature.nl,
    surface: p.surface,
    cadastralIncome: p.cadastral_income.toFixed(2),
    street: p.street ?? undefined,
    houseNumber: p.house_number ?? undefined,
    right: r.right_type,
    shareNumerator: r.share_numerator,
    shareDenominator: r.share_denominator,
    beginDate: r.begin_date,
  };
}

/** A KSZ refusal in Cadnet's shape: the head, the searchCriterion echoed, status VALIDATION_ERROR. */
export function refusal(request: XmlElement, ctx: Ctx, error: StatusError): XmlObject {
  return {
    informationCustomer: child(request, 'informationCustomer'),
    informationCBSS: informationCBSS(ctx),
    searchCriterion: child(request, 'searchCriterion'),
    status: refusalStatus(error),
  };
}
