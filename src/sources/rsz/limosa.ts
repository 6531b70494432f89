import { Db, statementCache } from '../../store/db';

/**
 * Limosa: the declarations of workers posted to Belgium by a foreign employer (who, for which
 * Belgian client, when, where), and the posting documents (A1 forms) their social security issued.
 */
export const LIMOSA_DDL = `
CREATE TABLE IF NOT EXISTS rsz_limosa (
  id                INTEGER PRIMARY KEY,
  declaration_id    TEXT NOT NULL UNIQUE,
  ssin              TEXT NOT NULL,
  last_name         TEXT NOT NULL,
  first_name        TEXT NOT NULL,
  birth_date        TEXT NOT NULL,
  nationality       TEXT NOT NULL,
  employer_name     TEXT NOT NULL,
  employer_country  TEXT NOT NULL,
  client_cbe        TEXT NOT NULL,
  client_name       TEXT NOT NULL,
  begin_date        TEXT NOT NULL,
  end_date          TEXT NOT NULL,
  work_municipality TEXT NOT NULL,
  activity          TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS rsz_limosa_ssin ON rsz_limosa(ssin);
CREATE TABLE IF NOT EXISTS rsz_posting_document (
  id              INTEGER PRIMARY KEY,
  document_id     TEXT NOT NULL UNIQUE,
  ssin            TEXT NOT NULL,
  form            TEXT NOT NULL,
  issuing_country TEXT NOT NULL,
  employer_name   TEXT NOT NULL,
  begin_date      TEXT NOT NULL,
  end_date        TEXT NOT NULL,
  status          TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS rsz_posting_document_ssin ON rsz_posting_document(ssin);`;

export interface LimosaDeclaration {
  id: number;
  declaration_id: string;
  ssin: string;
  last_name: string;
  first_name: string;
  birth_date: string;
  /** NIS country code of the nationality. */
  nationality: string;
  employer_name: string;
  /** NIS country code of the foreign employer. */
  employer_country: string;
  /** The Belgian client (user of the services), by enterprise number. */
  client_cbe: string;
  client_name: string;
  begin_date: string;
  end_date: string;
  work_municipality: string;
  activity: string;
}

export interface PostingDocument {
  id: number;
  document_id: string;
  ssin: string;
  /** A1 (EU regulation 883/2004) or a bilateral agreement's form. */
  form: string;
  issuing_country: string;
  employer_name: string;
  begin_date: string;
  end_date: string;
  /** VALID or WITHDRAWN */
  status: string;
}

export const LIMOSA_COLUMNS: (keyof Omit<LimosaDeclaration, 'id'>)[] = [
  'declaration_id', 'ssin', 'last_name', 'first_name', 'birth_date', 'nationality', 'employer_name', 'employer_country', 'client_cbe', 'client_name', 'begin_date', 'end_date', 'work_municipality', 'activity',
];
export const POSTING_DOCUMENT_COLUMNS: (keyof Omit<PostingDocument, 'id'>)[] = [
  'document_id', 'ssin', 'form', 'issuing_country', 'employer_name', 'begin_date', 'end_date', 'status',
];

/** Reads Limosa declarations and posting documents. */
export class Limosa {
  private readonly sql;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  declarationsOf(ssin: string): LimosaDeclaration[] {
    return this.sql('SELECT * FROM rsz_limosa WHERE ssin = ? ORDER BY begin_date, id').all(ssin) as LimosaDeclaration[];
  }

  declarationsForClient(cbe: string): LimosaDeclaration[] {
    return this.sql('SELECT * FROM rsz_limosa WHERE client_cbe = ? ORDER BY begin_date, id').all(cbe) as LimosaDeclaration[];
  }

  declaration(declarationId: string): LimosaDeclaration | undefined {
    return this.sql('SELECT * FROM rsz_limosa WHERE declaration_id = ?').get(declarationId) as LimosaDeclaration | undefined;
  }

  documentsOf(ssin: string): PostingDocument[] {
    return this.sql('SELECT * FROM rsz_posting_document WHERE ssin = ? ORDER BY begin_date, id').all(ssin) as PostingDocument[];
  }

  document(documentId: string): PostingDocument | undefined {
    return this.sql('SELECT * FROM rsz_posting_document WHERE document_id = ?').get(documentId) as PostingDocument | undefined;
  }
}
