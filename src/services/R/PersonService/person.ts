import type { SourceAccess } from '../../../sources/registry';
import type { XmlObject } from '../../../xml/build';
import type { Identity } from '../../../sources/persons';
import type { RrAddress } from '../../../sources/rr';
import type { BisPerson } from '../../../sources/bis';
import type { Block } from './criteria';

/**
 * One PersonType (PersonServiceTypesV4.xsd) from the National Register or the BIS register:
 * the SSIN with its status flags and register always, then each block that is asked for, allowed
 * and known, in the contract's order.
 */
export function personXml(app: Pick<SourceAccess, 'rr' | 'bisWrites'>, p: Identity, blocks: Set<Block>): XmlObject {
  const want = (b: Block) => blocks.has(b);
  const rr = p.rr;
  const bis = p.bis;
  return {
    ssin: {
      '@canceled': p.status === 'CANCELED' ? 'true' : undefined,
      '@replacedBy': p.status === 'REPLACED' ? p.replacedBy : undefined,
      '#text': p.ssin,
    },
    register: p.origin === 'RN_RR' ? 'NATIONAL_REGISTER' : 'BIS_REGISTER',
    names: want('names') ? { lastName: p.lastName, firstName: p.firstName || undefined, middleName: p.middleName || undefined } : undefined,
    birth: want('birth')
      ? { birthDate: p.birthDate, birthPlace: rr?.birth_place ?? bis?.birth_place ?? undefined, birthCountry: rr?.birth_country ?? bis?.birth_country ?? undefined }
      : undefined,
    gender: want('gender') ? (p.gender === 1 ? 'MALE' : p.gender === 2 ? 'FEMALE' : 'UNKNOWN') : undefined,
    nationality: want('nationality') ? p.nationality : undefined,
    civilState: want('civilState') && rr ? { code: rr.civil_state, beginDate: rr.civil_state_date ?? undefined } : undefined,
    decease: want('decease') && p.deceaseDate ? { deceaseDate: p.deceaseDate, deceasePlace: rr?.decease_place ?? undefined } : undefined,
    address: want('address') ? (rr ? rrAddress(app.rr.currentAddress(p.ssin)) : bis ? bisAddress(bis) : undefined) : undefined,
    contactData: want('contactData') && bis ? contactXml(app, bis.ssin) : undefined,
  };
}

/** A name in two languages is given twice, tagged; one name shared by both is given once. */
function names(nl: string | null, fr: string | null): XmlObject[] {
  if (nl && fr && nl !== fr) return [{ '@language': 'NL', '#text': nl }, { '@language': 'FR', '#text': fr }];
  const one = nl ?? fr;
  return one ? [{ '#text': one }] : [];
}

function rrAddress(a: RrAddress | undefined): XmlObject | undefined {
  if (!a) return undefined;
  return {
    countryCode: a.country,
    municipalityCode: a.nis_code ?? undefined,
    postalCode: a.postal_code ?? undefined,
    municipalityName: names(a.municipality_nl, a.municipality_fr),
    streetName: names(a.street_nl, a.street_fr),
    houseNumber: a.house_number ?? undefined,
    box: a.box ?? undefined,
  };
}

function bisAddress(b: BisPerson): XmlObject {
  return {
    countryCode: b.country,
    postalCode: b.postal_code ?? undefined,
    municipalityName: names(b.municipality, null),
    streetName: names(b.street, null),
    houseNumber: b.house_number ?? undefined,
  };
}

function contactXml(app: Pick<SourceAccess, 'bisWrites'>, ssin: string): XmlObject | undefined {
  const c = app.bisWrites.contact(ssin);
  if (!c || (!c.phoneNumber && !c.email)) return undefined;
  return { phoneNumber: c.phoneNumber, email: c.email };
}
