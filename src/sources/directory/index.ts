import type { SourceModule } from '../source';
import { Db, SourceSchema, statementCache } from '../../store/db';
import { changeCounterDdl, Kept, keptWhileUnchanged } from '../../store/kept';

const DIRECTORY_TABLES = ['dir_certificate', 'dir_accepted_credentials', 'dir_credential', 'dir_user', 'dir_organisation', 'dir_quality_code'];

/**
 * The KSZ reference directory's actors: client organisations, their users and credentials, their
 * certificates, and the quality codes of their sector (security.md §6.1). The authorization rows
 * are in authorizations.ts. A write to any of these tables moves the 'directory' change counter.
 */
export const directorySchema: SourceSchema = {
  name: 'directory',
  tables: DIRECTORY_TABLES,
  ddl: `
CREATE TABLE IF NOT EXISTS dir_organisation (
  cbe_number  TEXT PRIMARY KEY,
  name_nl     TEXT NOT NULL,
  name_fr     TEXT NOT NULL,
  nis_code    TEXT NOT NULL,
  sector      INTEGER NOT NULL,
  sub_sector  INTEGER NOT NULL,
  language    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS dir_user (
  cbe_number  TEXT NOT NULL REFERENCES dir_organisation(cbe_number),
  user_id     TEXT NOT NULL,
  email       TEXT NOT NULL,
  name        TEXT NOT NULL,
  role        TEXT NOT NULL,
  active      INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (cbe_number, user_id)
);
CREATE TABLE IF NOT EXISTS dir_credential (
  username    TEXT PRIMARY KEY,
  cbe_number  TEXT NOT NULL REFERENCES dir_organisation(cbe_number),
  password    TEXT NOT NULL,
  role        TEXT NOT NULL,
  active      INTEGER NOT NULL DEFAULT 1
);
-- WS-Security X.509 (issue #3): certificates registered per organisation, keyed by SHA-256
-- fingerprint (security.md §6.1 credential.cert_sha256_fingerprint); role = the role a signed call acts in.
CREATE TABLE IF NOT EXISTS dir_certificate (
  fingerprint_sha256 TEXT PRIMARY KEY,
  cbe_number  TEXT NOT NULL REFERENCES dir_organisation(cbe_number),
  subject     TEXT NOT NULL,
  pem         TEXT NOT NULL,
  not_before  TEXT NOT NULL,
  not_after   TEXT NOT NULL,
  role        TEXT NOT NULL DEFAULT 'SOCIAL_WORKER',
  active      INTEGER NOT NULL DEFAULT 1
);
-- Which credentials an organisation accepts on the new-style channel; no row = both.
CREATE TABLE IF NOT EXISTS dir_accepted_credentials (
  cbe_number  TEXT PRIMARY KEY REFERENCES dir_organisation(cbe_number),
  accepts     TEXT NOT NULL CHECK (accepts IN ('basic', 'x509', 'both'))
);
CREATE TABLE IF NOT EXISTS dir_quality_code (
  sector      INTEGER NOT NULL,
  code        INTEGER NOT NULL,
  label_nl    TEXT NOT NULL,
  label_fr    TEXT NOT NULL,
  max_period  TEXT,
  PRIMARY KEY (sector, code)
);
${changeCounterDdl('directory', DIRECTORY_TABLES)}`,
};

export interface Organisation {
  cbe_number: string;
  name_nl: string;
  name_fr: string;
  nis_code: string;
  sector: number;
  sub_sector: number;
  language: string;
}

export interface AppUser {
  cbe_number: string;
  user_id: string;
  email: string;
  name: string;
  role: string;
  active: number;
}

export interface Credential {
  username: string;
  cbe_number: string;
  password: string;
  role: string;
  active: number;
}

/** The new-style credentials an organisation accepts: HTTP Basic, WS-Security X.509, or both. */
export type AcceptedCredentials = 'basic' | 'x509' | 'both';

/** A certificate registered for an organisation (fingerprint: lowercase hex SHA-256 of the DER). */
export interface RegisteredCertificate {
  fingerprint_sha256: string;
  cbe_number: string;
  subject: string;
  pem: string;
  /** ISO 8601 */
  not_before: string;
  not_after: string;
  role: string;
  active: number;
}

export interface QualityCode {
  sector: number;
  code: number;
  label_nl: string;
  label_fr: string;
  /** ISO 8601 duration (P2M, P1Y, P5Y) or null when the circular sets none. */
  max_period: string | null;
}

export class Directory {
  private readonly sql;
  /** The lookups every request makes (organisation, user, credential, ...) are kept while the directory is unchanged. */
  private readonly kept: Kept;

  constructor(db: Db) {
    this.sql = statementCache(db);
    this.kept = keptWhileUnchanged(db, 'directory');
  }

  organisations(): Organisation[] {
    return this.sql('SELECT * FROM dir_organisation ORDER BY nis_code').all() as Organisation[];
  }

  organisation(cbe: string): Organisation | undefined {
    return this.kept(`organisation ${cbe}`, () => this.sql('SELECT * FROM dir_organisation WHERE cbe_number = ?').get(cbe) as Organisation | undefined);
  }

  users(cbe: string): AppUser[] {
    return this.sql('SELECT * FROM dir_user WHERE cbe_number = ? ORDER BY user_id').all(cbe) as AppUser[];
  }

  user(cbe: string, userId: string): AppUser | undefined {
    return this.kept(`user ${cbe} ${userId}`, () => this.sql('SELECT * FROM dir_user WHERE cbe_number = ? AND user_id = ? AND active = 1').get(cbe, userId) as AppUser | undefined);
  }

  credentials(cbe: string): Credential[] {
    return this.sql('SELECT * FROM dir_credential WHERE cbe_number = ?').all(cbe) as Credential[];
  }

  credential(username: string): Credential | undefined {
    return this.kept(`credential ${username}`, () => this.sql('SELECT * FROM dir_credential WHERE username = ? AND active = 1').get(username) as Credential | undefined);
  }

  qualityCode(sector: number, code: number): QualityCode | undefined {
    return this.kept(`qualityCode ${sector} ${code}`, () => this.sql('SELECT * FROM dir_quality_code WHERE sector = ? AND code = ?').get(sector, code) as QualityCode | undefined);
  }

  qualityCodes(): QualityCode[] {
    return this.sql('SELECT * FROM dir_quality_code ORDER BY sector, code').all() as QualityCode[];
  }

  // ------------------------------------------------------------ WS-Security X.509 (issue #3)

  acceptedCredentials(cbe: string): AcceptedCredentials {
    return this.kept(`acceptedCredentials ${cbe}`, () => {
      const row = this.sql('SELECT accepts FROM dir_accepted_credentials WHERE cbe_number = ?').get(cbe) as { accepts: AcceptedCredentials } | undefined;
      return row?.accepts ?? 'both';
    });
  }

  setAcceptedCredentials(cbe: string, accepts: AcceptedCredentials): void {
    this.sql('INSERT INTO dir_accepted_credentials (cbe_number, accepts) VALUES (?, ?) ON CONFLICT(cbe_number) DO UPDATE SET accepts = excluded.accepts')
      .run(cbe, accepts);
  }

  /** Registers (or re-registers) a certificate for an organisation. */
  registerCertificate(c: Omit<RegisteredCertificate, 'active'> & { active?: number }): void {
    this.sql(
        `INSERT INTO dir_certificate (fingerprint_sha256, cbe_number, subject, pem, not_before, not_after, role, active)
         VALUES (@fingerprint_sha256, @cbe_number, @subject, @pem, @not_before, @not_after, @role, @active)
         ON CONFLICT(fingerprint_sha256) DO UPDATE SET cbe_number = excluded.cbe_number, subject = excluded.subject,
           pem = excluded.pem, not_before = excluded.not_before, not_after = excluded.not_after, role = excluded.role, active = excluded.active`,
      )
      .run({ active: 1, ...c });
  }

  /** The active registration of a certificate, by SHA-256 fingerprint (lowercase hex). */
  certificate(fingerprint: string): RegisteredCertificate | undefined {
    const fp = fingerprint.toLowerCase();
    return this.kept(`certificate ${fp}`, () => this.sql('SELECT * FROM dir_certificate WHERE fingerprint_sha256 = ? AND active = 1').get(fp) as RegisteredCertificate | undefined);
  }

  certificates(cbe: string): RegisteredCertificate[] {
    return this.sql('SELECT * FROM dir_certificate WHERE cbe_number = ? ORDER BY not_before').all(cbe) as RegisteredCertificate[];
  }

  certificateCount(): number {
    return this.kept('certificateCount', () => (this.sql('SELECT COUNT(*) AS n FROM dir_certificate').get() as { n: number }).n);
  }
}

/** The directory source: its tables and its access on one database. */
export const directorySource: SourceModule<Directory> = {
  name: 'directory',
  schema: directorySchema,
  open: (db) => new Directory(db),
};
