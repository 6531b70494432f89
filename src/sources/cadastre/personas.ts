import { makeSsin } from '../../domain/ssin';
import { makeKbo } from '../../domain/kbo';
import { SSIN } from '../../../fixtures/personas';
import { RIGHT } from './model';
import type { CadastreWriter, NewRight } from './writer';

/** Koen Vercruysse, the property-owner's brother: known to the cadastre only (no persona file). */
export const BROTHER_SSIN = makeSsin('1971-05-12', 990);
/** Godelieve Vercruysse-Maes, their mother: the usufruct of the Oostende flat. */
export const MOTHER_SSIN = makeSsin('1943-02-17', 991);

/** An enterprise (KBO) with parcels in two divisions, for the enterprise operations. */
export const PERSONA_ENTERPRISE = { kbo: makeKbo('08765432'), name: 'VASTGOED VERSTRAETE BV' };

const OWNER = 'VERSTRAETE Ingrid';
const PARTNER = 'DE WILDE Luc';

const person = (ssin: string, name: string, right_type: NewRight['right_type'], share: [number, number], begin: string, end: string | null = null): NewRight => ({
  owner_ssin: ssin,
  owner_kbo: null,
  owner_name: name,
  right_type,
  share_numerator: share[0],
  share_denominator: share[1],
  begin_date: begin,
  end_date: end,
});

/**
 * The personas' parcels (fixtures/personas.ts): fixed, independent of the seed.
 * - property-owner: a studio in Gent she owned alone from 2001 and sold in 2012, when she and
 *   her husband bought their house in Gent (full ownership, half each); since 2019 the bare
 *   ownership of half a flat in Oostende, the other half her brother's, their mother the usufruct.
 * - family: the head and his wife own their house at Brugsesteenweg 58, Gent, half each, since 2011.
 * - the persona enterprise: a warehouse in Gent and building land in Oostende (sold in 2022).
 * The other personas own nothing.
 */
export function writePersonaParcels(w: CadastreWriter): void {
  w.parcel(
    { nis: '44021', division_code: '44002', section: 'C', parcel_number: '0731/02A012', nature: 'FLAT', surface: 42, cadastral_income: 486, street: 'Sint-Pietersnieuwstraat', house_number: '41' },
    [person(SSIN.propertyOwner, OWNER, RIGHT.FULL, [1, 1], '2001-06-01', '2012-03-14')],
  );
  w.parcel(
    { nis: '44021', division_code: '44001', section: 'A', parcel_number: '0412/02B000', nature: 'HOUSE', surface: 312, cadastral_income: 1247, street: 'Veldstraat', house_number: '64' },
    [person(SSIN.propertyOwner, OWNER, RIGHT.FULL, [1, 2], '2012-03-15'), person(SSIN.propertyOwnerPartner, PARTNER, RIGHT.FULL, [1, 2], '2012-03-15')],
  );
  w.parcel(
    { nis: '35013', division_code: '35003', section: 'B', parcel_number: '1208/00K004', nature: 'FLAT', surface: 78, cadastral_income: 912, street: 'Zeedijk', house_number: '215' },
    [
      person(SSIN.propertyOwner, OWNER, RIGHT.BARE, [1, 2], '2019-07-01'),
      person(BROTHER_SSIN, 'VERSTRAETE Koen', RIGHT.BARE, [1, 2], '2019-07-01'),
      person(MOTHER_SSIN, 'MAES Godelieve', RIGHT.USUFRUCT, [1, 1], '2019-07-01'),
    ],
  );
  w.parcel(
    { nis: '44021', division_code: '44005', section: 'B', parcel_number: '0288/00_000', nature: 'HOUSE', surface: 196, cadastral_income: 874, street: 'Brugsesteenweg', house_number: '58' },
    [person(SSIN.familyHead, 'EL AMRANI Youssef', RIGHT.FULL, [1, 2], '2011-04-01'), person(SSIN.familyPartner, 'BAKKALI Samira', RIGHT.FULL, [1, 2], '2011-04-01')],
  );
  const enterprise = (begin: string, end: string | null = null): NewRight => ({
    owner_ssin: null,
    owner_kbo: PERSONA_ENTERPRISE.kbo,
    owner_name: PERSONA_ENTERPRISE.name,
    right_type: RIGHT.FULL,
    share_numerator: 1,
    share_denominator: 1,
    begin_date: begin,
    end_date: end,
  });
  w.parcel({ nis: '44021', division_code: '44007', section: 'D', parcel_number: '1560/03C000', nature: 'WAREHOUSE', surface: 2450, cadastral_income: 6120, street: 'Dampoortstraat', house_number: '190' }, [enterprise('2008-10-01')]);
  w.parcel({ nis: '35013', division_code: '35004', section: 'E', parcel_number: '0045/00_000', nature: 'BUILDING_LAND', surface: 860, cadastral_income: 24, street: 'Torhoutsesteenweg', house_number: null }, [enterprise('2015-02-01', '2022-09-30')]);
}
