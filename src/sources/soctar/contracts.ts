import type { Db } from '../../store/db';
import { hashOf } from '../../domain/hash';
import type { EnergyContract, Product, SocialRight } from './model';

type Contract = Omit<EnergyContract, 'id'>;

/** The energy suppliers of the emulated market, with the prefix of their customer numbers. */
const SUPPLIERS = [
  { name: 'ENGIE Electrabel', prefix: 'EL' },
  { name: 'Luminus', prefix: 'LU' },
  { name: 'TotalEnergies', prefix: 'TE' },
  { name: 'Eneco', prefix: 'EN' },
  { name: 'Mega', prefix: 'MG' },
  { name: 'Octa+', prefix: 'OC' },
] as const;

/** Suppliers report their contracts to FOD Economie since the automatic social tariff (2009); older ones start then. */
const FIRST_REPORTED_DAY = '2009-07-01';

interface Holder {
  ssin: string;
  last_name: string;
  first_name: string;
  decease_date: string | null;
}
interface Address {
  begin_date: string;
  end_date: string | null;
  postal_code: string | null;
  municipality_nl: string | null;
  street_nl: string | null;
  house_number: string | null;
  box: string | null;
}

/** A deterministic 18-digit EAN (GSRN) of an access point: 54 (Belgium), then digits of a hash. */
export function eanOf(key: string): string {
  const a = String(hashOf(key)).padStart(10, '0');
  const b = String(hashOf(`${key}/ean`)).padStart(10, '0');
  return `54${a.slice(-8)}${b.slice(-8)}`;
}

/** One contract of a holder at an address, for a product; the supplier and numbers follow from them. */
export function contractAt(holder: Holder, address: Address, product: Product, supplierStart: string, supplierEnd: string | null): Contract {
  const key = `${holder.ssin}/${address.begin_date}/${product}`;
  const supplier = SUPPLIERS[hashOf(key) % SUPPLIERS.length];
  return {
    ssin: holder.ssin,
    supplier_name: supplier.name,
    cust_id: `${supplier.prefix}${String(hashOf(`${key}/customer`)).padStart(10, '0')}`,
    last_name: holder.last_name,
    first_names: holder.first_name,
    street: address.street_nl ?? '',
    house_number: address.house_number,
    box: address.box,
    postal_code: address.postal_code ?? '',
    city: address.municipality_nl ?? '',
    ean: eanOf(key),
    product,
    supplier_start: supplierStart,
    supplier_end: supplierEnd,
  };
}

/**
 * The energy contracts FOD Economie matched with a protected household (no random draw): the head
 * of each protected person's household (the person if it has none) has an electricity contract
 * at each Belgian address of theirs since the right's household began, and gas at about 6 in 10
 * of them; a contract ends when the holder moves out or dies. Contracts of households without any
 * right are not reported to the social-tariff run, so they are not here.
 */
export function deriveContracts(db: Db, rights: Pick<SocialRight, 'ssin' | 'begin_date'>[]): Contract[] {
  const person = db.prepare('SELECT ssin, last_name, first_name, decease_date, household_id FROM rr_person WHERE ssin = ?');
  const head = db.prepare("SELECT ssin, last_name, first_name, decease_date FROM rr_person WHERE household_id = ? AND household_role = 1 AND status = 'ACTIVE' ORDER BY birth_date LIMIT 1");
  const addresses = db.prepare('SELECT * FROM rr_address WHERE ssin = ? AND country = 150 ORDER BY begin_date');
  const earliest = new Map<string, string>();
  for (const r of rights) {
    const p = person.get(r.ssin) as (Holder & { household_id: number }) | undefined;
    if (!p) continue;
    const holder = (head.get(p.household_id) as Holder | undefined) ?? p;
    const known = earliest.get(holder.ssin);
    if (!known || r.begin_date < known) earliest.set(holder.ssin, r.begin_date);
  }
  const contracts: Contract[] = [];
  for (const [ssin, since] of [...earliest.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const holder = person.get(ssin) as Holder;
    for (const address of addresses.all(ssin) as Address[]) {
      if (address.end_date !== null && address.end_date < since) continue;
      const start = address.begin_date > FIRST_REPORTED_DAY ? address.begin_date : FIRST_REPORTED_DAY;
      const end = address.end_date ?? holder.decease_date;
      if (end !== null && end < start) continue;
      contracts.push(contractAt(holder, address, 'E', start, end));
      if (hashOf(`${ssin}/${address.begin_date}/gas`) % 10 < 6) contracts.push(contractAt(holder, address, 'G', start, end));
    }
  }
  return contracts;
}
