import type { SourceAccess } from '../../../sources/registry';
import type { XmlObject } from '../../../xml/build';
import type { Identity } from '../../../sources/persons';
import type { RrAddress, RrPerson } from '../../../sources/rr';
import type { BisPerson } from '../../../sources/bis';
import { streetCodeOf } from '../../../sources/rr/labels';

/**
 * One LimitedLegalData block of the reply (IdentifyPersonReply.xsd): Basic always, Extended only
 * for a validated identity. Element order follows the XSD.
 */
export function limitedLegalData(app: Pick<SourceAccess, 'rr'>, p: Identity, extended: boolean): XmlObject {
  return {
    '@origin': p.origin,
    Basic: {
      SocialSecurityUser: p.ssin,
      LastName: p.lastName,
      FirstName: p.firstName || undefined,
      MiddleName: p.middleName || undefined,
      BirthDate: p.birthDate,
      Gender: p.gender ?? undefined,
      Address: p.rr ? rrAddress(app.rr.currentAddress(p.ssin)) : p.bis ? bisAddress(p.bis) : undefined,
    },
    Extended: !extended ? undefined : p.rr ? rrExtended(p.rr) : p.bis ? bisExtended(p.bis) : {},
  };
}

const LANGUAGES = new Set(['nl', 'fr', 'de', 'en']);

/** A DescriptionType label, tagged with its language when it is one t_Language knows. */
const label = (text: string, lang?: string): XmlObject => ({ '@lang': lang && LANGUAGES.has(lang) ? lang : undefined, '#text': text });


function rrAddress(a: RrAddress | undefined): XmlObject | undefined {
  if (!a) return undefined;
  const municipalities = [a.municipality_nl && label(a.municipality_nl, 'nl'), a.municipality_fr && label(a.municipality_fr, 'fr')];
  // A street has one name in a unilingual municipality; the French one is only shown when it differs.
  const streets = [a.street_nl && label(a.street_nl, 'nl'), a.street_fr && a.street_fr !== a.street_nl ? label(a.street_fr, 'fr') : undefined];
  return {
    CountryCode: a.country,
    MunicipalityCode: a.nis_code ?? undefined,
    Municipality: municipalities.filter((m): m is XmlObject => !!m),
    PostalCode: a.postal_code ?? undefined,
    StreetCode: streetCodeOf(a.street_code),
    Street: streets.filter((s): s is XmlObject => !!s),
    HouseNumber: a.house_number ?? undefined,
    Box: a.box ?? undefined,
  };
}

/** The BIS register keeps a plain address without codes or languages. */
function bisAddress(b: BisPerson): XmlObject {
  return {
    CountryCode: b.country,
    Municipality: b.municipality ?? undefined,
    PostalCode: b.postal_code ?? undefined,
    Street: b.street ?? undefined,
    HouseNumber: b.house_number ?? undefined,
  };
}

function rrExtended(r: RrPerson): XmlObject {
  return {
    CivilState: r.civil_state,
    // NIS code of the municipality of birth, or of the country for a birth abroad.
    BirthLocationCode: r.birth_place_nis ?? (r.birth_country !== 150 ? r.birth_country : undefined),
    BirthLocation: label(r.birth_place, r.language),
    DeceaseDate: r.decease_date ?? undefined,
    InscriptionRegister: r.register,
    NationalityCode: r.nationality,
  };
}

function bisExtended(b: BisPerson): XmlObject {
  return {
    BirthLocationCode: b.birth_country ?? undefined,
    BirthLocation: b.birth_place ?? undefined,
    DeceaseDate: b.decease_date ?? undefined,
    NationalityCode: b.nationality,
  };
}
