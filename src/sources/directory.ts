import { Db, SourceSchema } from '../store/db';

/**
 * The KSZ reference directory's actors: client organisations, their users and credentials, and the
 * quality codes of their sector (security.md §6.1). Issue #3 adds the authorization tables here.
 */
export const directorySchema: SourceSchema = {
  name: 'directory',
  tables: ['dir_credential', 'dir_user', 'dir_organisation', 'dir_quality_code'],
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
CREATE TABLE IF NOT EXISTS dir_quality_code (
  sector      INTEGER NOT NULL,
  code        INTEGER NOT NULL,
  label_nl    TEXT NOT NULL,
  label_fr    TEXT NOT NULL,
  max_period  TEXT,
  PRIMARY KEY (sector, code)
);`,
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

export interface QualityCode {
  sector: number;
  code: number;
  label_nl: string;
  label_fr: string;
  /** ISO 8601 duration (P2M, P1Y, P5Y) or null when the circular sets none. */
  max_period: string | null;
}

export class Directory {
  constructor(private readonly db: Db) {}

  organisations(): Organisation[] {
    return this.db.prepare('SELECT * FROM dir_organisation ORDER BY nis_code').all() as Organisation[];
  }

  organisation(cbe: string): Organisation | undefined {
    return this.db.prepare('SELECT * FROM dir_organisation WHERE cbe_number = ?').get(cbe) as Organisation | undefined;
  }

  users(cbe: string): AppUser[] {
    return this.db.prepare('SELECT * FROM dir_user WHERE cbe_number = ? ORDER BY user_id').all(cbe) as AppUser[];
  }

  user(cbe: string, userId: string): AppUser | undefined {
    return this.db
      .prepare('SELECT * FROM dir_user WHERE cbe_number = ? AND user_id = ? AND active = 1')
      .get(cbe, userId) as AppUser | undefined;
  }

  credentials(cbe: string): Credential[] {
    return this.db.prepare('SELECT * FROM dir_credential WHERE cbe_number = ?').all(cbe) as Credential[];
  }

  credential(username: string): Credential | undefined {
    return this.db
      .prepare('SELECT * FROM dir_credential WHERE username = ? AND active = 1')
      .get(username) as Credential | undefined;
  }

  qualityCode(sector: number, code: number): QualityCode | undefined {
    return this.db
      .prepare('SELECT * FROM dir_quality_code WHERE sector = ? AND code = ?')
      .get(sector, code) as QualityCode | undefined;
  }

  qualityCodes(): QualityCode[] {
    return this.db.prepare('SELECT * FROM dir_quality_code ORDER BY sector, code').all() as QualityCode[];
  }
}
