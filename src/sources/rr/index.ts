import type { SourceModule } from '../source';
import { writeRrPersonas } from './personas';
import { writeSocialRrPersonas } from './personas-social';
import { writeResidenceRrPersonas } from './personas-residence';
import { writeMediPrimaRrPersonas } from './personas-mediprima';
import { generateResidenceDocuments } from './generate-residence';
import { Db, personRows, rowWriter, SourceSchema, statementCache } from '../../store/db';
import { addDays } from '../../domain/dates';

/**
 * The National Register (RR / RN): identity, addresses with their history, households and
 * filiations of persons registered in Belgium. Read by IdentifyPerson (R04), TX25 (R09) and, from
 * later issues, PerformInvestigation, FamilyComposition and the notifications.
 */
export const rrSchema: SourceSchema = {
  name: 'rr',
  tables: ['rr_residence_document', 'rr_waiting_register_entry', 'rr_waiting_register', 'rr_household_history', 'rr_filiation', 'rr_address', 'rr_person'],
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
);
-- Former household memberships (closed periods); the current one is on rr_person. R07, R08.
CREATE TABLE IF NOT EXISTS rr_household_history (
  ssin            TEXT NOT NULL REFERENCES rr_person(ssin),
  household_id    INTEGER NOT NULL,
  household_role  INTEGER NOT NULL,
  begin_date      TEXT NOT NULL,
  end_date        TEXT NOT NULL,
  PRIMARY KEY (ssin, begin_date)
);
CREATE INDEX IF NOT EXISTS rr_household_history_household ON rr_household_history(household_id);
-- The waiting register (wachtregister / registre d'attente): applicants for international
-- protection waiting for a decision on their residence. One file per person (TI groups 205/206),
-- with its reception places, documents and locations (TI groups 207/211/212). R08.
CREATE TABLE IF NOT EXISTS rr_waiting_register (
  ssin              TEXT PRIMARY KEY REFERENCES rr_person(ssin),
  application_date  TEXT NOT NULL,
  quality_code      INTEGER NOT NULL,
  authority         TEXT NOT NULL CHECK (authority IN ('DVZ', 'CGVS', 'RVV')),
  situation_code    INTEGER NOT NULL,
  situation_date    TEXT NOT NULL,
  file_reference    TEXT NOT NULL,
  file_open         INTEGER NOT NULL,
  municipality_nis  TEXT NOT NULL,
  ocmw_nis          TEXT,
  declaration_date  TEXT,
  certificate_date  TEXT,
  delay_date        TEXT
);
CREATE TABLE IF NOT EXISTS rr_waiting_register_entry (
  ssin         TEXT NOT NULL REFERENCES rr_waiting_register(ssin),
  kind         TEXT NOT NULL CHECK (kind IN ('INSTITUTION', 'DOCUMENT', 'LOCATION')),
  begin_date   TEXT NOT NULL,
  end_date     TEXT,
  code         INTEGER NOT NULL,
  description  TEXT,
  ocmw_nis     TEXT,
  PRIMARY KEY (ssin, kind, begin_date, code)
);
-- Residence documents of foreign nationals (added for P15, MODELLED): the card or annex the
-- municipality issued, its legal ground, the register it inscribes the person in and its
-- validity. rr_person.register stays the single current value R04/R08 show (1 for everybody the
-- generator makes); this table gives the dated register of a foreign national: the personas
-- (fixed) and the generated foreign nationals (generate-residence.ts).
CREATE TABLE IF NOT EXISTS rr_residence_document (
  ssin           TEXT NOT NULL REFERENCES rr_person(ssin),
  card_type      TEXT NOT NULL,
  ground         TEXT NOT NULL,
  register       TEXT NOT NULL CHECK (register IN ('POPULATION', 'FOREIGNERS')),
  begin_date     TEXT NOT NULL,
  end_date       TEXT,
  PRIMARY KEY (ssin, begin_date)
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

/**
 * Waiting-register codes. No public code list was found: these values are modelled (emulator
 * choices, documented in docs/services/R08.md), only their place in the contract is real.
 */
export const WAITING = {
  /** TI 205 qualityCode: the person's quality in the procedure. */
  QUALITY_APPLICANT: 1,
  /** TI 206 administrativeSituationCode. */
  SITUATION: { REGISTERED: 10, EXAMINATION: 20, APPEAL: 30, RECOGNISED: 40, SUBSIDIARY_PROTECTION: 50 },
  /** TI 206 organism: the authority handling the file. */
  ORGANISM: { DVZ: 1, CGVS: 2, RVV: 3 },
  /** TI 207 typeOfAid: material aid in a reception structure, or financial aid by the OCMW. */
  AID: { MATERIAL: 1, FINANCIAL: 2 },
  /** TI 211 documentTypeCode: annex 26 (application registered), attestation of immatriculation ("orange card"). */
  DOCUMENT: { ANNEX_26: 26, ORANGE_CARD: 1 },
} as const;

/**
 * Residence documents (MODELLED codes, after the Belgian cards): A limited stay, B unlimited stay,
 * C establishment, D long-term resident (EU), E / E+ EU citizen (registration, permanent), F / F+
 * EU citizen's family member, H European blue card, ANNEX_19 an EU citizen's application for a
 * registration certificate. The waiting register's own documents (annex 26, orange card) are
 * waiting-register entries.
 */
export const RESIDENCE_CARD_TYPES = ['A', 'B', 'C', 'D', 'E', 'E_PLUS', 'F', 'F_PLUS', 'H', 'ANNEX_19'] as const;
export type ResidenceCardType = (typeof RESIDENCE_CARD_TYPES)[number];

/** The legal ground a residence document was issued on (MODELLED list). */
export const RESIDENCE_GROUNDS = [
  'EU_WORKER', 'EU_SELF_SUFFICIENT', 'EU_STUDENT', 'EU_FAMILY', 'FAMILY_REUNIFICATION', 'WORK', 'STUDY',
  'REFUGEE', 'SUBSIDIARY_PROTECTION', 'STATELESS', 'LONG_TERM_RESIDENT', 'OTHER',
] as const;
export type ResidenceGround = (typeof RESIDENCE_GROUNDS)[number];

/** One residence document of a foreign national (rr_residence_document); end null = no end date. */
export interface RrResidenceDocument {
  ssin: string;
  card_type: ResidenceCardType;
  ground: ResidenceGround;
  register: 'POPULATION' | 'FOREIGNERS';
  begin_date: string;
  end_date: string | null;
}

/** A former household membership (rr_household_history). */
export interface RrHouseholdHistory {
  ssin: string;
  household_id: number;
  household_role: number;
  begin_date: string;
  end_date: string;
}

/** One membership of a household, past or current (end null = still a member). */
export interface Membership {
  household_id: number;
  household_role: number;
  begin_date: string;
  end_date: string | null;
}

/** A member of a household on a date, with the period of their membership. */
export interface HouseholdMember {
  person: RrPerson;
  membership: Membership;
}

/** A person's waiting-register file (TI groups 205/206). Codes are modelled (docs/services/R08.md). */
export interface RrWaitingFile {
  ssin: string;
  application_date: string;
  quality_code: number;
  /** DVZ (Immigration Office), CGVS (Commissioner General), RVV (Council for Alien Law Litigation). */
  authority: 'DVZ' | 'CGVS' | 'RVV';
  situation_code: number;
  situation_date: string;
  file_reference: string;
  file_open: number;
  municipality_nis: string;
  ocmw_nis: string | null;
  declaration_date: string | null;
  certificate_date: string | null;
  delay_date: string | null;
}

/** Reception places (207), documents (211) and locations (212) of a waiting-register file. */
export interface RrWaitingEntry {
  ssin: string;
  kind: 'INSTITUTION' | 'DOCUMENT' | 'LOCATION';
  begin_date: string;
  end_date: string | null;
  code: number;
  description: string | null;
  ocmw_nis: string | null;
}

/** An address to look for: municipality by NIS or postal code, a house number; box undefined = any box. */
export interface AddressQuery {
  nisCode?: string;
  postalCode?: string;
  houseNumber: string;
  box?: string | null;
}

const covers = (m: Membership, date: string) => m.begin_date <= date && (m.end_date === null || date <= m.end_date);

export class NationalRegister {
  private readonly sql;
  readonly person;
  /** Addresses, most recent first; the current one has no end date. */
  readonly addresses;
  /** A child's parents (filiations), father first. */
  readonly parents;
  readonly waitingFile;
  /** The waiting-register file's reception places, documents and locations, oldest first. */
  readonly waitingEntries;
  /** Persons whose last name sounds like the given phonetic key. */
  readonly byPhonetic;
  /** A foreign national's residence documents, oldest first. */
  readonly residenceDocuments;

  constructor(db: Db) {
    this.sql = statementCache(db);
    const { rows, row } = personRows(db);
    this.person = row<RrPerson>('rr_person');
    this.addresses = rows<RrAddress>('rr_address', 'begin_date DESC');
    this.parents = rows<RrFiliation>('rr_filiation', 'parent_type', 'child_ssin');
    this.waitingFile = row<RrWaitingFile>('rr_waiting_register');
    this.waitingEntries = rows<RrWaitingEntry>('rr_waiting_register_entry', 'begin_date, kind, code');
    this.byPhonetic = rows<RrPerson>('rr_person', 'ssin', 'phonetic');
    this.residenceDocuments = rows<RrResidenceDocument>('rr_residence_document', 'begin_date');
  }

  currentAddress(ssin: string): RrAddress | undefined {
    return this.addresses(ssin).find((a) => a.end_date === null);
  }

  household(householdId: number): RrPerson[] {
    return this.sql('SELECT * FROM rr_person WHERE household_id = ? ORDER BY household_role, birth_date')
      .all(householdId) as RrPerson[];
  }

  /**
   * Every household membership of a person, oldest first: the former ones (rr_household_history),
   * then the current one (rr_person). The current one starts after the last former one (the seed
   * gives many persons household_since = birth date) and ends when the person dies.
   */
  memberships(ssin: string): Membership[] {
    const p = this.person(ssin);
    if (!p) return [];
    const past = this.sql('SELECT household_id, household_role, begin_date, end_date FROM rr_household_history WHERE ssin = ? ORDER BY begin_date')
      .all(ssin) as Membership[];
    const lastEnd = past.length ? past[past.length - 1].end_date! : undefined;
    const begin = lastEnd && addDays(lastEnd, 1) > p.household_since ? addDays(lastEnd, 1) : p.household_since;
    return [...past, { household_id: p.household_id, household_role: p.household_role, begin_date: begin, end_date: p.decease_date }];
  }

  /** The household a person belonged to on a date, every member of that day in household order; undefined if none. */
  householdAt(ssin: string, date: string): { householdId: number; members: HouseholdMember[] } | undefined {
    const own = this.memberships(ssin).find((m) => covers(m, date));
    if (!own) return undefined;
    const candidates = this.sql(
        `SELECT ssin FROM rr_person WHERE household_id = @h AND status = 'ACTIVE'
         UNION SELECT h.ssin FROM rr_household_history h JOIN rr_person p ON p.ssin = h.ssin WHERE h.household_id = @h AND p.status = 'ACTIVE'`,
      )
      .all({ h: own.household_id }) as { ssin: string }[];
    const members: HouseholdMember[] = [];
    for (const { ssin: s } of candidates) {
      const membership = this.memberships(s).find((m) => m.household_id === own.household_id && covers(m, date));
      if (membership) members.push({ person: this.person(s)!, membership });
    }
    members.sort(
      (a, b) => a.membership.household_role - b.membership.household_role || a.person.birth_date.localeCompare(b.person.birth_date) || a.person.ssin.localeCompare(b.person.ssin),
    );
    return { householdId: own.household_id, members };
  }

  /**
   * Every address row, current or former, at a house number of a Belgian municipality, with its
   * (active) resident; the caller narrows the street. Without a box, every box matches.
   */
  addressRowsAt(q: AddressQuery): { person: RrPerson; address: RrAddress }[] {
    const rows = this.sql(
        `SELECT a.* FROM rr_address a JOIN rr_person p ON p.ssin = a.ssin
         WHERE a.country = 150 AND a.house_number = @house AND p.status = 'ACTIVE'
           AND (@nis IS NULL OR a.nis_code = @nis) AND (@postal IS NULL OR a.postal_code = @postal)
         ORDER BY a.begin_date, a.ssin`,
      )
      .all({ house: q.houseNumber, nis: q.nisCode ?? null, postal: q.postalCode ?? null }) as RrAddress[];
    return rows
      .filter((a) => q.box === undefined || (a.box ?? null) === (q.box ?? null))
      .map((address) => ({ person: this.person(address.ssin)!, address }));
  }

  count(): number {
    return (this.sql('SELECT COUNT(*) AS n FROM rr_person').get() as { n: number }).n;
  }
}

/** Writes the RR tables the seed's SeedWriter does not cover: household history and the waiting register. */
export function rrExtrasWriter(db: Db) {
  return {
    householdHistory: rowWriter<RrHouseholdHistory>(db, 'rr_household_history', ['ssin', 'household_id', 'household_role', 'begin_date', 'end_date']),
    waitingFile: rowWriter<RrWaitingFile>(db, 'rr_waiting_register', [
      'ssin', 'application_date', 'quality_code', 'authority', 'situation_code', 'situation_date', 'file_reference', 'file_open',
      'municipality_nis', 'ocmw_nis', 'declaration_date', 'certificate_date', 'delay_date',
    ]),
    waitingEntry: rowWriter<RrWaitingEntry>(db, 'rr_waiting_register_entry', ['ssin', 'kind', 'begin_date', 'end_date', 'code', 'description', 'ocmw_nis']),
    residenceDocument: rowWriter<RrResidenceDocument>(db, 'rr_residence_document', ['ssin', 'card_type', 'ground', 'register', 'begin_date', 'end_date']),
  };
}

export type RrExtrasWriter = ReturnType<typeof rrExtrasWriter>;

/** The rr source: its tables and its access on one database. */
export const rrSource: SourceModule<NationalRegister> = {
  name: 'rr',
  schema: rrSchema,
  open: (db) => new NationalRegister(db),
  personas: (w) => {
    writeRrPersonas(w);
    writeSocialRrPersonas(w);
    writeResidenceRrPersonas(w);
    writeMediPrimaRrPersonas(w);
  },
  // After the population and its waiting-register files: the generated foreign nationals' residence documents (P15).
  seed: (context) => generateResidenceDocuments(context.db, context.seed),
};
