import type { SourceAccess } from '../../../sources/registry';
import type { XmlObject, XmlValue } from '../../../xml/build';
import type { Identity } from '../../../sources/persons';
import type { RrAddress, RrPerson } from '../../../sources/rr';
import type { BisPerson } from '../../../sources/bis';
import { streetCodeOf } from '../../../sources/rr/labels';
import { countryLabel, LANGUAGES, municipality, municipalityByName, nationalityLabel } from '../../../sources/rr/labels';

/**
 * The SSDN Person namespace parts of the reply (wsdl/ssdn/Person): person:Citizen and the address
 * types. Elements declared in that namespace carry the prefix ns4, declared on the reply root.
 */
export const PERSON_NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/Person';
const PREFIX = 'ns4';

/**
 * Puts every element of a Person-namespace fragment in ns4; attributes, text and keys that already
 * have a prefix stay as they are (so fragments can be nested).
 */
export function inPerson(value: XmlObject): XmlObject {
  const out: XmlObject = {};
  for (const [key, v] of Object.entries(value)) {
    out[key.startsWith('@') || key === '#text' || key.includes(':') ? key : `${PREFIX}:${key}`] = prefixed(v);
  }
  return out;
}

function prefixed(v: XmlValue): XmlValue {
  if (Array.isArray(v)) return v.map(prefixed);
  if (v !== null && typeof v === 'object' && !('local' in v) && !('xml' in v)) return inPerson(v as XmlObject);
  return v;
}

/** A DescriptionType label (common:DescriptionType, attribute lang). */
const label = (text: string, lang?: string): XmlObject => ({ '@lang': lang, '#text': text });

/** The names of a municipality in the three languages, or the register's own names when it is not in the table. */
function municipalityNames(nis: string | null, nl?: string | null, fr?: string | null): XmlObject[] {
  const known = nis ? municipality(nis) : undefined;
  if (known) return LANGUAGES.map((l) => label(known[l], l));
  return [nl && label(nl, 'nl'), fr && fr !== nl ? label(fr, 'fr') : undefined].filter((x): x is XmlObject => !!x);
}

const country = (code: number): XmlObject => ({ Code: code, Description: LANGUAGES.map((l) => label(countryLabel(code, l), l)) });

/** A person:LocationType for a municipality of Belgium, given by NIS code. */
function municipalityLocation(nis: string): XmlObject {
  return { Code: Number(nis), Description: municipalityNames(nis) };
}

/** The municipality that manages an address (ManagerLocationType), with its linguistic regime. */
export function managerLocation(nis: string, since?: string): XmlObject {
  return inPerson({
    '@origin': 'RN_RR',
    '@modificationDate': since,
    ...municipalityLocation(nis),
    LinguisticRegime: municipality(nis)?.regime,
  });
}

/** A National Register address as person:StandardAddressType (the date it took effect as modificationDate). */
export function standardAddress(a: RrAddress): XmlObject {
  return inPerson({
    '@origin': 'RN_RR',
    '@modificationDate': a.begin_date,
    Country: country(a.country),
    Municipality: a.nis_code || a.postal_code
      ? { Code: a.nis_code ? Number(a.nis_code) : undefined, Description: municipalityNames(a.nis_code, a.municipality_nl, a.municipality_fr), PostalCode: a.postal_code ?? undefined }
      : undefined,
    Street: a.street_nl
      ? { Code: streetCodeOf(a.street_code), Description: [label(a.street_nl, 'nl'), a.street_fr && a.street_fr !== a.street_nl ? label(a.street_fr, 'fr') : undefined] }
      : undefined,
    HouseNumber: a.house_number ?? undefined,
    Box: a.box ?? undefined,
  });
}

/** The BIS register keeps one plain address, without codes. */
export function bisStandardAddress(b: BisPerson): XmlObject | undefined {
  if (!b.municipality && !b.street) return undefined;
  return inPerson({
    '@origin': 'BCSS_KSZ',
    '@modificationDate': b.updated,
    Country: country(b.country),
    Municipality: { Description: b.municipality ? [label(b.municipality)] : undefined, PostalCode: b.postal_code ?? undefined },
    Street: b.street ? { Description: [label(b.street)] } : undefined,
    HouseNumber: b.house_number ?? undefined,
  });
}

/** person:Citizen of a person of either register. */
export function citizen(app: Pick<SourceAccess, 'rr'>, person: Identity): XmlObject {
  return person.rr ? rrCitizen(app, person.rr) : bisCitizen(person.bis!);
}

function rrCitizen(app: Pick<SourceAccess, 'rr'>, p: RrPerson): XmlObject {
  const home = app.rr.currentAddress(p.ssin);
  const partner = p.partner_ssin ? app.rr.person(p.partner_ssin) : undefined;
  return inPerson({
    '@origin': 'RN_RR',
    SocialSecurityUser: p.ssin,
    InscriptionRegister: p.register,
    LegalData: {
      Name: { LastName: p.last_name, MiddleName: p.middle_name ?? undefined, FirstName: p.first_name || undefined },
      Gender: p.gender,
      Birth: { Date: p.birth_date, Location: birthLocation(p) },
      CivilState: {
        '@modificationDate': p.civil_state_date ?? undefined,
        Code: p.civil_state,
        Partner: partner
          ? { SocialSecurityUser: partner.ssin, Name: { LastName: partner.last_name, FirstName: partner.first_name }, BirthDate: partner.birth_date, Gender: partner.gender }
          : undefined,
      },
      Decease: p.decease_date ? { Date: p.decease_date, Location: placeByName(p.decease_place) } : undefined,
      AddressInformation: home
        ? { ManagerLocation: home.nis_code ? managerLocation(home.nis_code) : undefined, LegalAddress: { StandardAddress: standardAddress(home) } }
        : undefined,
      Nationality: nationality(p.nationality),
    },
  });
}

function bisCitizen(b: BisPerson): XmlObject {
  const address = bisStandardAddress(b);
  return inPerson({
    '@origin': 'BCSS_KSZ',
    SocialSecurityUser: b.ssin,
    LegalData: {
      Name: { LastName: b.last_name, FirstName: b.first_name || undefined },
      Gender: b.gender ?? 0,
      Birth: {
        Date: b.birth_date,
        Location: b.birth_place || b.birth_country ? { Code: b.birth_country ?? undefined, Description: b.birth_place ? [label(b.birth_place)] : undefined } : undefined,
      },
      Decease: b.decease_date ? { Date: b.decease_date } : undefined,
      AddressInformation: address ? { LegalAddress: { StandardAddress: address } } : undefined,
      Nationality: nationality(b.nationality),
    },
  });
}

const nationality = (code: number): XmlObject => ({ Code: code, Description: LANGUAGES.map((l) => label(nationalityLabel(code, l), l)) });

/** Birth place: the municipality's NIS code and names, or for a birth abroad the country code and the place's name. */
function birthLocation(p: RrPerson): XmlObject {
  if (p.birth_place_nis) return municipalityLocation(p.birth_place_nis);
  return { Code: p.birth_country !== 150 ? p.birth_country : undefined, Description: [label(p.birth_place)] };
}

/** A place the register keeps by name (decease place): with its NIS code when it is a known municipality. */
function placeByName(name: string | null): XmlObject | undefined {
  if (!name) return undefined;
  const nis = municipalityByName(name);
  return nis ? municipalityLocation(nis) : { Description: [label(name)] };
}
