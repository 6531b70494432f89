import { Db, SourceSchema } from '../store/db';

/**
 * The National Register (RR / RN): identity, addresses with their history, households and
 * filiations of persons registered in Belgium. Read by IdentifyPerson (R04), TX25 (R09) and, from
 * later issues, PerformInvestigation, FamilyComposition and the notifications.
 */
export const rrSchema: SourceSchema = {
  name: 'rr',
  tables: ['rr_filiation', 'rr_address', 'rr_person'],
  ddl: `
CREATE TABLE IF NOT EXISTS rr_person (
  ssin              TEXT PRIMARY KEY,
  last_name         TEXT NOT NULL,
  phonetic          TEXT NOT NULL,
  first_name        TEXT NOT NULL,
  middle_name       TEXT,
  birth_date        TEXT NOT NULL,
  gender            INTEGER NOT NULL,
  birth_place_nis   TEXT,
  birth_place       TEXT NOT NULL,
  birth_country     INTEGER NOT NULL DEFAULT 150,
  nationality       INTEGER NOT NULL DEFAULT 150,
  civil_state       INTEGER NOT NULL,
  civil_state_date  TEXT,
  partner_ssin      TEXT,
  decease_date      TEXT,
  decease_place     TEXT,
  status            TEXT NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'REPLACED', 'CANCELED')),
  replaced_by       TEXT,
  register          INTEGER NOT NULL DEFAULT 1,
  language          TEXT NOT NULL,
  household_id      INTEGER NOT NULL,
  household_role    INTEGER NOT NULL,
  household_since   TEXT NOT NULL,
  occupation        TEXT,
  sis_card          TEXT,
  id_card           TEXT,
  id_card_valid_to  TEXT,
  created           TEXT NOT NULL,
  updated           TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS rr_person_household ON rr_person(household_id);
CREATE INDEX IF NOT EXISTS rr_person_phonetic ON rr_person(phonetic);
CREATE TABLE IF NOT EXISTS rr_address (
  ssin            TEXT NOT NULL REFERENCES rr_person(ssin),
  begin_date      TEXT NOT NULL,
  end_date        TEXT,
  country         INTEGER NOT NULL DEFAULT 150,
  nis_code        TEXT,
  postal_code     TEXT,
  municipality_nl TEXT,
  municipality_fr TEXT,
  street_code     TEXT,
  street_nl       TEXT,
  street_fr       TEXT,
  house_number    TEXT,
  box             TEXT,
  PRIMARY KEY (ssin, begin_date)
);
CREATE TABLE IF NOT EXISTS rr_filiation (
  child_ssin   TEXT NOT NULL REFERENCES rr_person(ssin),
  parent_ssin  TEXT NOT NULL,
  parent_type  TEXT NOT NULL CHECK (parent_type IN ('FATHER', 'MOTHER')),
  PRIMARY KEY (child_ssin, parent_type)
);`,
};

/** Household roles (RR "position in the household", IT140). */
export const HOUSEHOLD_ROLE = { HEAD: 1, PARTNER: 2, CHILD: 3, OTHER: 9 } as const;

/** Civil state codes of the SSDN t_CivilStateCode list. */
export const CIVIL_STATE = { SINGLE: 10, MARRIED: 20, WIDOWED: 30, DIVORCED: 40, SEPARATED: 50, LEGAL_COHABITANT: 60 } as const;

export interface RrPerson {
  ssin: string;
  last_name: string;
  /** phoneticKey(last_name), for phonetic searches. */
  phonetic: string;
  first_name: string;
  middle_name: string | null;
  birth_date: string;
  gender: number;
  birth_place_nis: string | null;
  birth_place: string;
  birth_country: number;
  nationality: number;
  civil_state: number;
  civil_state_date: string | null;
  partner_ssin: string | null;
  decease_date: string | null;
  decease_place: string | null;
  status: 'ACTIVE' | 'REPLACED' | 'CANCELED';
  replaced_by: string | null;
  register: number;
  language: string;
  household_id: number;
  household_role: number;
  household_since: string;
  occupation: string | null;
  sis_card: string | null;
  id_card: string | null;
  id_card_valid_to: string | null;
  created: string;
  updated: string;
}

export interface RrAddress {
  ssin: string;
  begin_date: string;
  end_date: string | null;
  country: number;
  nis_code: string | null;
  postal_code: string | null;
  municipality_nl: string | null;
  municipality_fr: string | null;
  street_code: string | null;
  street_nl: string | null;
  street_fr: string | null;
  house_number: string | null;
  box: string | null;
}

export interface RrFiliation {
  child_ssin: string;
  parent_ssin: string;
  parent_type: 'FATHER' | 'MOTHER';
}

export class NationalRegister {
  constructor(private readonly db: Db) {}

  person(ssin: string): RrPerson | undefined {
    return this.db.prepare('SELECT * FROM rr_person WHERE ssin = ?').get(ssin) as RrPerson | undefined;
  }

  /** Addresses, most recent first; the current one has no end date. */
  addresses(ssin: string): RrAddress[] {
    return this.db.prepare('SELECT * FROM rr_address WHERE ssin = ? ORDER BY begin_date DESC').all(ssin) as RrAddress[];
  }

  currentAddress(ssin: string): RrAddress | undefined {
    return this.addresses(ssin).find((a) => a.end_date === null);
  }

  household(householdId: number): RrPerson[] {
    return this.db
      .prepare('SELECT * FROM rr_person WHERE household_id = ? ORDER BY household_role, birth_date')
      .all(householdId) as RrPerson[];
  }

  parents(ssin: string): RrFiliation[] {
    return this.db.prepare('SELECT * FROM rr_filiation WHERE child_ssin = ? ORDER BY parent_type').all(ssin) as RrFiliation[];
  }


  /** Persons whose last name sounds like the given phonetic key. */
  byPhonetic(key: string): RrPerson[] {
    return this.db.prepare('SELECT * FROM rr_person WHERE phonetic = ? ORDER BY ssin').all(key) as RrPerson[];
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM rr_person').get() as { n: number }).n;
  }
}
