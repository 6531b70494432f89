import { Random } from '../../../fixtures/random';
import { addDays } from '../../domain/dates';
import { makeKbo } from '../../domain/kbo';
import { NationalRegister, HOUSEHOLD_ROLE, RrPerson } from '../rr';
import type { SeedContext } from '../source';
import { NatureCode, RIGHT } from './model';
import { CADASTRE_MUNICIPALITIES, COAST_NIS, CadastreMunicipality, divisionCode, municipalityOf } from './municipalities';
import type { CadastreWriter, NewParcel, NewRight } from './writer';

/** Its own random stream: adding the cadastre leaves every other generated row as it was. */
const STREAM = 0xcada57;

/**
 * The rates of the generated cadastre (documented in docs/services/S11.md). About 60% of Belgian
 * households own their home (Statbel, 2020s: 70% nationally, fewer in the big cities the seeded
 * municipalities are); a few owners have a second property (a flat at the coast, a plot of land);
 * some owners sold an earlier home; one enterprise for every 40 persons holds one to three parcels.
 */
export const RATES = { ownHome: 0.6, secondProperty: 0.08, earlierHome: 0.2, enterprisesPerPerson: 1 / 40 } as const;

/** Enterprise numbers of the generated enterprises: 07xxxxxx (the personas' is 08765432). */
const ENTERPRISE_BASE = 7_100_000;
const ENTERPRISE_NAMES = ['Immo', 'Vastgoed', 'Bouwwerken', 'Patrimonium', 'Invest', 'Logistics'];
const ENTERPRISE_FORMS = ['NV', 'BV', 'SRL', 'SA', 'CommV'];

/**
 * Parcels of the generated population: each household (RR household id of the generated persons)
 * owns its home at its current address with the rate above, the head and the partner half each
 * (full ownership), a head alone the whole; a few own a second property; some once owned another
 * home they sold. Then the generated enterprises' parcels.
 */
export function generateParcels(w: CadastreWriter, { db, seed, population }: SeedContext): void {
  const rnd = new Random(seed ^ STREAM);
  const rr = new NationalRegister(db);
  const households = new Map<number, RrPerson[]>();
  for (const p of population) {
    const person = rr.person(p.ssin);
    if (!person || person.decease_date) continue;
    const members = households.get(person.household_id) ?? [];
    members.push(person);
    households.set(person.household_id, members);
  }
  for (const members of households.values()) {
    const head = members.find((m) => m.household_role === HOUSEHOLD_ROLE.HEAD);
    if (!head || !rnd.chance(RATES.ownHome)) continue;
    const partner = members.find((m) => m.ssin === head.partner_ssin);
    const owners = partner ? [head, partner] : [head];
    const address = rr.currentAddress(head.ssin);
    const home = address?.nis_code ? CADASTRE_MUNICIPALITIES.find((m) => m.nis === address.nis_code) : undefined;
    if (!home || !address) continue;
    const bought = rnd.date(yearsAfterBirth(head.birth_date, 25), '2025-06-30');
    w.parcel(parcelIn(rnd, home, rnd.chance(0.7) ? 'HOUSE' : 'FLAT', address.street_nl, address.house_number), owners.map((o) => fullShare(o, owners.length, bought)));
    if (rnd.chance(RATES.earlierHome)) {
      const sold = addDays(bought, -1);
      const earlier = rnd.date(yearsAfterBirth(head.birth_date, 20), addDays(sold, -365));
      if (earlier < sold) w.parcel(parcelIn(rnd, rnd.pick(CADASTRE_MUNICIPALITIES), 'FLAT'), [fullShare(head, 1, earlier, sold)]);
    }
    if (rnd.chance(RATES.secondProperty)) {
      const coast = rnd.chance(0.6);
      const where = coast ? municipalityOf(rnd.pick(COAST_NIS)) : rnd.pick(CADASTRE_MUNICIPALITIES);
      const since = rnd.date(bought, '2025-06-30');
      w.parcel(parcelIn(rnd, where, coast ? 'FLAT' : rnd.pick<NatureCode>(['BUILDING_LAND', 'PASTURE', 'GARAGE'])), owners.map((o) => fullShare(o, owners.length, since)));
    }
  }
  const enterprises = Math.round(population.length * RATES.enterprisesPerPerson);
  for (let i = 0; i < enterprises; i++) {
    const kbo = makeKbo(`0${ENTERPRISE_BASE + i * 37}`);
    const name = `${rnd.pick(ENTERPRISE_NAMES).toUpperCase()} ${rnd.pick(CADASTRE_MUNICIPALITIES).nl.toUpperCase()} ${rnd.pick(ENTERPRISE_FORMS)}`;
    for (let n = rnd.int(1, 3); n > 0; n--) {
      const since = rnd.date('1990-01-01', '2025-06-30');
      const sold = rnd.chance(0.15) ? rnd.date(since, '2025-09-30') : null;
      const parcel = parcelIn(rnd, rnd.pick(CADASTRE_MUNICIPALITIES), rnd.pick<NatureCode>(['WAREHOUSE', 'COMMERCIAL_BUILDING', 'BUILDING_LAND']));
      w.parcel(parcel, [{ owner_ssin: null, owner_kbo: kbo, owner_name: name, right_type: RIGHT.FULL, share_numerator: 1, share_denominator: 1, begin_date: since, end_date: sold }]);
    }
  }
}

/** The first of January of the year a person turned `years`, kept between 1975 (the first seeded deeds) and 2025. */
function yearsAfterBirth(birthDate: string, years: number): string {
  const year = Math.min(Math.max(Number(birthDate.slice(0, 4)) + years, 1975), 2025);
  return `${year}-01-01`;
}

function fullShare(owner: RrPerson, of: number, begin: string, end: string | null = null): NewRight {
  return {
    owner_ssin: owner.ssin,
    owner_kbo: null,
    owner_name: `${owner.last_name.toUpperCase()} ${owner.first_name}`,
    right_type: RIGHT.FULL,
    share_numerator: 1,
    share_denominator: of,
    begin_date: begin,
    end_date: end,
  };
}

/** Surface (m²) and yearly cadastral income (euros) ranges by nature: close to Belgian values, MODELLED. */
const SIZES: Record<NatureCode, { surface: [number, number]; income: [number, number] }> = {
  HOUSE: { surface: [120, 650], income: [650, 1700] },
  FLAT: { surface: [45, 130], income: [450, 1150] },
  GARAGE: { surface: [14, 22], income: [60, 140] },
  BUILDING_LAND: { surface: [300, 1500], income: [8, 60] },
  PASTURE: { surface: [2000, 15000], income: [20, 160] },
  COMMERCIAL_BUILDING: { surface: [150, 900], income: [1500, 5200] },
  WAREHOUSE: { surface: [800, 6000], income: [2500, 9000] },
};

function parcelIn(rnd: Random, m: CadastreMunicipality, nature: NatureCode, street?: string | null, houseNumber?: string | null): NewParcel {
  const size = SIZES[nature];
  const built = nature !== 'BUILDING_LAND' && nature !== 'PASTURE';
  return {
    nis: m.nis,
    division_code: divisionCode(m, rnd.int(1, m.divisions)),
    section: String.fromCharCode(65 + rnd.int(0, 7)),
    parcel_number: `${String(rnd.int(1, 2400)).padStart(4, '0')}/${String(rnd.int(0, 4)).padStart(2, '0')}${rnd.chance(0.4) ? '_' : String.fromCharCode(65 + rnd.int(0, 10))}${String(nature === 'FLAT' ? rnd.int(1, 40) : 0).padStart(3, '0')}`,
    nature,
    surface: rnd.int(...size.surface),
    cadastral_income: rnd.int(...size.income),
    street: street ?? (built ? rnd.pick(m.streets) : null),
    house_number: houseNumber ?? (built ? String(rnd.int(1, 250)) : null),
  };
}
