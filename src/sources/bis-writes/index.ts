import type { SourceModule } from '../source';
import { Db, SourceSchema, statementCache } from '../../store/db';
import { withoutAccents } from '../../domain/accents';
import { phoneticKey } from '../../domain/phonetic';
import { makeSsin } from '../../domain/ssin';
import { isCalendarDay } from '../../domain/dates';
import type { BisPerson } from '../bis';
import { ensureSchema, Mutation, Mutations } from '../mutations';

/**
 * The writes of the KSZ BIS register: registering a new person under a new BIS number
 * (BisPersonService / ManagePerson, R11) and changing a BIS person's address or contact data
 * (CBSSPersonService, R12). Every write is one SQLite transaction, so an acknowledged change
 * survives a crash or restart. Contact data get their own table: the BIS register row has none.
 */
export const bisContactSchema: SourceSchema = {
  name: 'bis-contact',
  tables: ['bis_contact'],
  ddl: `
CREATE TABLE IF NOT EXISTS bis_contact (
  ssin          TEXT PRIMARY KEY,
  phone_number  TEXT,
  email         TEXT,
  updated       TEXT NOT NULL
);`,
};

export interface BisAddress {
  country: number;
  postalCode?: string;
  municipality?: string;
  street?: string;
  houseNumber?: string;
}

export interface ContactData {
  phoneNumber?: string;
  email?: string;
}

export interface NewBisPerson {
  lastName: string;
  firstName: string;
  /** yyyy-mm-dd; 00 for an unknown month or day. */
  birthDate: string;
  /** 1 male, 2 female, undefined when unknown at registration. */
  gender?: 1 | 2;
  nationality: number;
  birthPlace?: string;
  birthCountry?: number;
  address: BisAddress;
}

/**
 * A birth date the BIS register accepts: yyyy-mm-dd with 00 for an unknown month or day (an
 * unknown month implies an unknown day), a real calendar day when complete, not after `today`.
 */
export function isPossibleBirthDate(text: string, today: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1800 || month > 12 || day > 31 || (month === 0 && day !== 0)) return false;
  if (month > 0 && day > 0 && !isCalendarDay(text)) return false;
  return text.replace(/-00/g, '-01') <= today;
}

export type Registration = { created: true; ssin: string } | { created: false; existing: string };

/** Case, accents, hyphens and spacing do not make two names different. */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) => withoutAccents(s).toLowerCase().replace(/[-\s]+/g, ' ').trim();
  return norm(a) === norm(b);
}

const yymmdd = (birthDate: string, monthOffset: number) => {
  const [y, m, d] = birthDate.split('-').map(Number);
  return `${String(y % 100).padStart(2, '0')}${String(m + monthOffset).padStart(2, '0')}${String(d).padStart(2, '0')}`;
};

export class BisWrites {
  private readonly mutations: Mutations;
  private readonly sql;

  constructor(private readonly db: Db) {
    ensureSchema(db, bisContactSchema);
    this.sql = statementCache(db);
    this.mutations = new Mutations(db);
  }

  /**
   * Registers a person in the BIS register, unless an active person with the same last name,
   * first name and birth date is already known in the National Register or the BIS register:
   * then nothing is written and the existing number is returned.
   */
  register(p: NewBisPerson, today: string): Registration {
    return this.db.transaction((): Registration => {
      const existing = this.duplicateOf(p);
      if (existing) return { created: false, existing };
      const ssin = this.nextNumber(p.birthDate, p.gender);
      this.sql(
          `INSERT INTO bis_person (ssin, last_name, phonetic, first_name, birth_date, gender, nationality, birth_place, birth_country,
             decease_date, status, replaced_by, country, postal_code, municipality, street, house_number, created, updated)
           VALUES (@ssin, @last_name, @phonetic, @first_name, @birth_date, @gender, @nationality, @birth_place, @birth_country,
             NULL, 'ACTIVE', NULL, @country, @postal_code, @municipality, @street, @house_number, @today, @today)`,
        )
        .run({
          ssin,
          last_name: p.lastName,
          phonetic: phoneticKey(p.lastName),
          first_name: p.firstName,
          birth_date: p.birthDate,
          gender: p.gender ?? null,
          nationality: p.nationality,
          birth_place: p.birthPlace ?? null,
          birth_country: p.birthCountry ?? null,
          country: p.address.country,
          postal_code: p.address.postalCode ?? null,
          municipality: p.address.municipality ?? null,
          street: p.address.street ?? null,
          house_number: p.address.houseNumber ?? null,
          today,
        });
      return { created: true, ssin };
    })();
  }

  /** The SSIN of an active person with this name and birth date, in either register. */
  duplicateOf(p: Pick<NewBisPerson, 'lastName' | 'firstName' | 'birthDate'>): string | undefined {
    const key = phoneticKey(p.lastName);
    const candidates = this.sql(
        `SELECT ssin, last_name, first_name, birth_date FROM rr_person WHERE phonetic = @key AND status = 'ACTIVE'
         UNION ALL
         SELECT ssin, last_name, first_name, birth_date FROM bis_person WHERE phonetic = @key AND status = 'ACTIVE'
         ORDER BY ssin`,
      )
      .all({ key }) as { ssin: string; last_name: string; first_name: string; birth_date: string }[];
    return candidates.find((c) => c.birth_date === p.birthDate && sameName(c.last_name, p.lastName) && sameName(c.first_name, p.firstName))
      ?.ssin;
  }

  /**
   * A new BIS number for this birth date (contracts.md §7): month + 40 when the gender is known
   * (odd counter for a man, even for a woman), month + 20 when it is not; the day counter is the
   * lowest one not yet used for that date in the National Register or the BIS register.
   */
  nextNumber(birthDate: string, gender?: 1 | 2): string {
    const prefixes = [yymmdd(birthDate, 0), yymmdd(birthDate, 20), yymmdd(birthDate, 40)];
    const used = new Set(
      (
        this.sql(
            `SELECT ssin FROM rr_person WHERE substr(ssin, 1, 6) IN (@a, @b, @c)
             UNION ALL SELECT ssin FROM bis_person WHERE substr(ssin, 1, 6) IN (@a, @b, @c)`,
          )
          .all({ a: prefixes[0], b: prefixes[1], c: prefixes[2] }) as { ssin: string }[]
      ).map((r) => Number(r.ssin.slice(6, 9))),
    );
    const step = gender ? 2 : 1;
    for (let counter = gender === 2 ? 2 : 1; counter <= 998; counter += step) {
      if (!used.has(counter)) return makeSsin(birthDate, counter, gender ? 'TER' : 'BIS');
    }
    throw new Error(`no BIS day counter left for ${birthDate}`);
  }

  /** The BIS register row of a person, if the number is a BIS one. */
  person(ssin: string): BisPerson | undefined {
    return this.sql('SELECT * FROM bis_person WHERE ssin = ?').get(ssin) as BisPerson | undefined;
  }

  contact(ssin: string): ContactData | undefined {
    const row = this.sql('SELECT phone_number, email FROM bis_contact WHERE ssin = ?').get(ssin) as
      | { phone_number: string | null; email: string | null }
      | undefined;
    return row ? { phoneNumber: row.phone_number ?? undefined, email: row.email ?? undefined } : undefined;
  }

  /**
   * Changes a BIS person's address and/or contact data and records one mutation per kind of
   * change, all in one transaction. `at` is the emulator's now (ISO). An address replaces the old
   * one; a contact field left out keeps its old value.
   */
  update(ssin: string, change: { address?: BisAddress; contactData?: ContactData }, at: string): Mutation[] {
    const today = at.slice(0, 10);
    return this.db.transaction(() => {
      const recorded: Mutation[] = [];
      if (change.address) {
        const a = change.address;
        this.sql(
            `UPDATE bis_person SET country = @country, postal_code = @postal_code, municipality = @municipality, street = @street,
               house_number = @house_number, updated = @today WHERE ssin = @ssin`,
          )
          .run({ ssin, country: a.country, postal_code: a.postalCode ?? null, municipality: a.municipality ?? null, street: a.street ?? null, house_number: a.houseNumber ?? null, today });
        recorded.push(this.mutations.record({ ssin, kind: 'ADDRESS', source: 'BIS', at, details: JSON.stringify(a) }));
      }
      if (change.contactData) {
        const c = change.contactData;
        this.sql(
            `INSERT INTO bis_contact (ssin, phone_number, email, updated) VALUES (@ssin, @phone, @email, @today)
             ON CONFLICT(ssin) DO UPDATE SET phone_number = COALESCE(excluded.phone_number, phone_number),
               email = COALESCE(excluded.email, email), updated = excluded.updated`,
          )
          .run({ ssin, phone: c.phoneNumber ?? null, email: c.email ?? null, today });
        this.sql('UPDATE bis_person SET updated = ? WHERE ssin = ?').run(today, ssin);
        recorded.push(this.mutations.record({ ssin, kind: 'CONTACT_DATA', source: 'BIS', at, details: JSON.stringify(c) }));
      }
      return recorded;
    })();
  }
}

/** The bis-writes source: its tables and its access on one database. */
export const bisWritesSource: SourceModule<BisWrites> = {
  name: 'bisWrites',
  schema: bisContactSchema,
  open: (db) => new BisWrites(db),
};
