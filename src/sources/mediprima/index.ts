import type { SourceModule } from '../source';
import { Db, SourceSchema, statementCache } from '../../store/db';
import type { CardVersion } from './model';
import type { Invoice } from './settlement';
import { writeMediPrimaPersonas } from './personas';

export * from './model';
export * from './refund-codes';
export type { Invoice } from './settlement';

/**
 * MediPrima (the Medical Card Registry of POD MI): the OCMWs' decisions on medical costs (M01–M08),
 * each a 12-digit eCarmed number with every version it ever had; the mutations MediPrima made to
 * them on events elsewhere (a death, a new SSIN, a new name, a new refund code); and the batch
 * files (MEMU, N13; settlements, N06) produced for the managing OCMW, waiting for the
 * notifications to deliver them. Only the personas' cards are seeded.
 */
export const mediprimaSchema: SourceSchema = {
  name: 'mediprima',
  tables: ['carmed_batch_file', 'carmed_invoice', 'carmed_mutation', 'carmed_settlement_run', 'carmed_version'],
  ddl: `
CREATE TABLE IF NOT EXISTS carmed_version (
  ecarmed_number TEXT NOT NULL,
  version        INTEGER NOT NULL,
  ssin           TEXT NOT NULL,
  ocmw_cbe       TEXT NOT NULL,
  status         TEXT NOT NULL,
  start_date     TEXT NOT NULL,
  end_date       TEXT NOT NULL,
  data           TEXT NOT NULL,
  modified_at    TEXT NOT NULL,
  PRIMARY KEY (ecarmed_number, version)
);
CREATE INDEX IF NOT EXISTS carmed_version_ssin ON carmed_version(ssin);
CREATE TABLE IF NOT EXISTS carmed_mutation (
  mutation_nbr    INTEGER PRIMARY KEY,
  ecarmed_number  TEXT NOT NULL,
  version         INTEGER NOT NULL,
  kind            TEXT NOT NULL,
  processing_date TEXT NOT NULL,
  details         TEXT NOT NULL,
  created_at      TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS carmed_batch_file (
  name       TEXT PRIMARY KEY,
  flow       TEXT NOT NULL,
  ocmw_cbe   TEXT NOT NULL,
  day        TEXT NOT NULL,
  sequence   INTEGER NOT NULL,
  content    TEXT NOT NULL,
  signature  TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (day, sequence)
);
CREATE TABLE IF NOT EXISTS carmed_invoice (
  invoice_number  TEXT PRIMARY KEY,
  ecarmed_number  TEXT NOT NULL,
  cover           TEXT NOT NULL,
  care_month      TEXT NOT NULL,
  ssin            TEXT NOT NULL,
  ocmw_cbe        TEXT NOT NULL,
  settlement_date TEXT NOT NULL,
  data            TEXT NOT NULL,
  UNIQUE (ecarmed_number, cover, care_month)
);
CREATE TABLE IF NOT EXISTS carmed_settlement_run (
  run_day TEXT PRIMARY KEY,
  invoices INTEGER NOT NULL
);`,
};

/** The first eCarmed number the emulator hands out (12 digits, like the real ones). */
const FIRST_NUMBER = 2_400_001;
/** MediPrima's mutation numbers in the real files are in the thousands. */
const FIRST_MUTATION = 5000;

export type MutationKind = 'refundCode' | 'newSsin' | 'newName' | 'deceased';

export interface CardMutation {
  mutationNbr: number;
  eCarmedNumber: string;
  /** The card's version the mutation wrote. */
  version: number;
  kind: MutationKind;
  processingDate: string;
  /** The kind's own facts (newRefundCode and the change indicators; newSsin; newFirstName/newLastName; deceaseDate). */
  details: Record<string, string>;
  createdAt: string;
}

export interface BatchFile {
  /** The data file's name (FO.<flow>.<sender>.<yyyymmdd>.<seq>.<env>.1.1). */
  name: string;
  flow: string;
  ocmwCbe: string;
  day: string;
  sequence: number;
  content: string;
  /** The FS file: the detached PKCS#7 signature, made when the file is first handed out (src/notifications/batch-outbox.ts). */
  signature: string | null;
  createdAt: string;
}

interface VersionRow {
  data: string;
}

const CURRENT = 'version = (SELECT MAX(version) FROM carmed_version c WHERE c.ecarmed_number = carmed_version.ecarmed_number)';

export class MediPrima {
  private readonly sql;

  constructor(private readonly db: Db) {
    this.sql = statementCache(db);
  }

  /** A new 12-digit number, one above the highest given. */
  nextNumber(): string {
    const row = this.sql('SELECT MAX(CAST(ecarmed_number AS INTEGER)) AS n FROM carmed_version').get() as { n: number | null };
    return String(Math.max(FIRST_NUMBER, (row.n ?? 0) + 1)).padStart(12, '0');
  }

  /** Writes a version (the caller gives it its number: 1 for a new card, current + 1 after). */
  write(v: CardVersion): CardVersion {
    this.sql(
      `INSERT INTO carmed_version (ecarmed_number, version, ssin, ocmw_cbe, status, start_date, end_date, data, modified_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(v.eCarmedNumber, v.versionNbr, v.beneficiary.ssin, v.manager.cbe, v.status, v.validityPeriod.startDate, v.validityPeriod.endDate, JSON.stringify(v), v.modifiedAt);
    return v;
  }

  /** The card's current version. */
  current(eCarmedNumber: string): CardVersion | undefined {
    const row = this.sql(`SELECT data FROM carmed_version WHERE ecarmed_number = ? AND ${CURRENT}`).get(eCarmedNumber) as VersionRow | undefined;
    return row ? (JSON.parse(row.data) as CardVersion) : undefined;
  }

  version(eCarmedNumber: string, versionNbr: number): CardVersion | undefined {
    const row = this.sql('SELECT data FROM carmed_version WHERE ecarmed_number = ? AND version = ?').get(eCarmedNumber, versionNbr) as VersionRow | undefined;
    return row ? (JSON.parse(row.data) as CardVersion) : undefined;
  }

  /** Every version of a card, the newest first. */
  history(eCarmedNumber: string): CardVersion[] {
    return (this.sql('SELECT data FROM carmed_version WHERE ecarmed_number = ? ORDER BY version DESC').all(eCarmedNumber) as VersionRow[]).map((r) => JSON.parse(r.data) as CardVersion);
  }

  /** The current versions of the cards whose beneficiary is now this person, by validity start. */
  cardsOf(ssin: string): CardVersion[] {
    return (this.sql(`SELECT data FROM carmed_version WHERE ssin = ? AND ${CURRENT} ORDER BY start_date, ecarmed_number`).all(ssin) as VersionRow[]).map((r) => JSON.parse(r.data) as CardVersion);
  }

  /** Every card's current version (admin API), by number. */
  allCards(): CardVersion[] {
    return (this.sql(`SELECT data FROM carmed_version WHERE ${CURRENT} ORDER BY ecarmed_number`).all() as VersionRow[]).map((r) => JSON.parse(r.data) as CardVersion);
  }

  nextMutationNumber(): number {
    const row = this.sql('SELECT MAX(mutation_nbr) AS n FROM carmed_mutation').get() as { n: number | null };
    return Math.max(FIRST_MUTATION, (row.n ?? 0) + 1);
  }

  recordMutation(m: CardMutation): CardMutation {
    this.sql('INSERT INTO carmed_mutation (mutation_nbr, ecarmed_number, version, kind, processing_date, details, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      m.mutationNbr,
      m.eCarmedNumber,
      m.version,
      m.kind,
      m.processingDate,
      JSON.stringify(m.details),
      m.createdAt,
    );
    return m;
  }

  mutations(eCarmedNumber?: string): CardMutation[] {
    const rows = this.sql('SELECT * FROM carmed_mutation WHERE (@n IS NULL OR ecarmed_number = @n) ORDER BY mutation_nbr').all({ n: eCarmedNumber ?? null }) as {
      mutation_nbr: number;
      ecarmed_number: string;
      version: number;
      kind: MutationKind;
      processing_date: string;
      details: string;
      created_at: string;
    }[];
    return rows.map((r) => ({ mutationNbr: r.mutation_nbr, eCarmedNumber: r.ecarmed_number, version: r.version, kind: r.kind, processingDate: r.processing_date, details: JSON.parse(r.details), createdAt: r.created_at }));
  }

  /** The next sequence number of a day: unique per day over every flow and OCMW (the sender is one). */
  nextSequence(day: string): number {
    const row = this.sql('SELECT MAX(sequence) AS n FROM carmed_batch_file WHERE day = ?').get(day) as { n: number | null };
    return (row.n ?? 0) + 1;
  }

  addFile(f: BatchFile): BatchFile {
    this.sql('INSERT INTO carmed_batch_file (name, flow, ocmw_cbe, day, sequence, content, signature, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(f.name, f.flow, f.ocmwCbe, f.day, f.sequence, f.content, f.signature, f.createdAt);
    return f;
  }

  setSignature(name: string, signature: string): void {
    this.sql('UPDATE carmed_batch_file SET signature = ? WHERE name = ?').run(signature, name);
  }

  /** The batch files, oldest first, of one OCMW and/or flow when given. */
  files(filter: { ocmw?: string; flow?: string } = {}): BatchFile[] {
    const rows = this.sql('SELECT * FROM carmed_batch_file WHERE (@ocmw IS NULL OR ocmw_cbe = @ocmw) AND (@flow IS NULL OR flow = @flow) ORDER BY day, sequence').all({ ocmw: filter.ocmw ?? null, flow: filter.flow ?? null }) as {
      name: string;
      flow: string;
      ocmw_cbe: string;
      day: string;
      sequence: number;
      content: string;
      signature: string | null;
      created_at: string;
    }[];
    return rows.map((r) => ({ name: r.name, flow: r.flow, ocmwCbe: r.ocmw_cbe, day: r.day, sequence: r.sequence, content: r.content, signature: r.signature, createdAt: r.created_at }));
  }

  file(name: string): BatchFile | undefined {
    return this.files().find((f) => f.name === name);
  }

  /** The card's version as it stood at `at` (ISO): the newest written by then. */
  versionAt(eCarmedNumber: string, at: string): CardVersion | undefined {
    const row = this.sql('SELECT data FROM carmed_version WHERE ecarmed_number = ? AND modified_at <= ? ORDER BY version DESC LIMIT 1').get(eCarmedNumber, at) as VersionRow | undefined;
    return row ? (JSON.parse(row.data) as CardVersion) : undefined;
  }

  /** Every card number written by `at` (ISO), in order. */
  numbersBy(at: string): string[] {
    return (this.sql('SELECT DISTINCT ecarmed_number AS n FROM carmed_version WHERE modified_at <= ? ORDER BY ecarmed_number').all(at) as { n: string }[]).map((r) => r.n);
  }

  /** When the first card was written (ISO), if any. */
  firstWritten(): string | undefined {
    return (this.sql('SELECT MIN(modified_at) AS at FROM carmed_version').get() as { at: string | null }).at ?? undefined;
  }

  /** The settlement runs done (N06), as their days, in order. */
  runDays(): string[] {
    return (this.sql('SELECT run_day FROM carmed_settlement_run ORDER BY run_day').all() as { run_day: string }[]).map((r) => r.run_day);
  }

  recordRun(day: string, invoices: number): void {
    this.sql('INSERT INTO carmed_settlement_run (run_day, invoices) VALUES (?, ?)').run(day, invoices);
  }

  isSettled(eCarmedNumber: string, cover: string, careMonth: string): boolean {
    return this.sql('SELECT 1 FROM carmed_invoice WHERE ecarmed_number = ? AND cover = ? AND care_month = ?').get(eCarmedNumber, cover, careMonth) !== undefined;
  }

  addInvoice(i: Invoice): Invoice {
    this.sql('INSERT INTO carmed_invoice (invoice_number, ecarmed_number, cover, care_month, ssin, ocmw_cbe, settlement_date, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      i.invoiceNumber,
      i.eCarmedNumber,
      i.cover,
      i.careMonth,
      i.ssin,
      i.ocmwCbe,
      i.settlementDate,
      JSON.stringify(i),
    );
    return i;
  }

  /** The settled invoices, by number, of one person, OCMW, card or run day when given. */
  invoices(filter: { ssin?: string; ocmw?: string; eCarmedNumber?: string; settlementDate?: string } = {}): Invoice[] {
    const rows = this.sql(
      `SELECT data FROM carmed_invoice WHERE (@ssin IS NULL OR ssin = @ssin) AND (@ocmw IS NULL OR ocmw_cbe = @ocmw)
       AND (@n IS NULL OR ecarmed_number = @n) AND (@day IS NULL OR settlement_date = @day) ORDER BY invoice_number`,
    ).all({ ssin: filter.ssin ?? null, ocmw: filter.ocmw ?? null, n: filter.eCarmedNumber ?? null, day: filter.settlementDate ?? null }) as { data: string }[];
    return rows.map((r) => JSON.parse(r.data) as Invoice);
  }

  /** Runs writes as one transaction. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }
}

export const mediprimaSource: SourceModule<MediPrima> = {
  name: 'mediprima',
  schema: mediprimaSchema,
  open: (db) => new MediPrima(db),
  seed(context) {
    writeMediPrimaPersonas(new MediPrima(context.db));
  },
};
