import type { SourceModule } from '../source';
import { Db, rowWriter, SourceSchema, statementCache } from '../../store/db';

/**
 * The multifunctional attests (A036) the OCMWs send through P09 OCMWCPASA036 (contracts-wave2.md
 * §3): one row per attest as sent, original (status 0), correction (1) or cancellation (3) of an
 * earlier attest of the same OCMW and person. An attest that a later one corrected or cancelled
 * keeps its row and gets `updated_by`: L036 shows it as an older answer (RecentAnswer X). Every
 * write is one SQLite transaction before the reply leaves (durable). Nothing is seeded;
 * POST /_admin/reset empties the table.
 */
export const a036Schema: SourceSchema = {
  name: 'a036',
  tables: ['a036_attest'],
  ddl: `
CREATE TABLE IF NOT EXISTS a036_attest (
  id                    INTEGER PRIMARY KEY,
  attestation_id        TEXT NOT NULL UNIQUE,
  status                INTEGER NOT NULL CHECK (status IN (0, 1, 3)),
  update_attestation_id TEXT,
  ocmw_cbe              TEXT NOT NULL,
  ocmw_nis              TEXT NOT NULL,
  ssin                  TEXT NOT NULL,
  category              INTEGER NOT NULL CHECK (category IN (7, 8)),
  begin_date            TEXT NOT NULL,
  end_date              TEXT,
  decision_date         TEXT,
  creation_date         TEXT NOT NULL,
  received_at           TEXT NOT NULL,
  updated_by            TEXT
);
CREATE INDEX IF NOT EXISTS a036_attest_ssin ON a036_attest(ssin);`,
};

/** What an OCMW sends (the attest's content, compared to tell a repeat from another attest under a used id). */
export interface SentA036 {
  attestation_id: string;
  status: 0 | 1 | 3;
  update_attestation_id: string | null;
  ocmw_cbe: string;
  ocmw_nis: string;
  ssin: string;
  /** 7 leefloon (RI), 8 equivalent leefloon. */
  category: 7 | 8;
  begin_date: string;
  end_date: string | null;
  /** The council's decision (MODELLED: carried so the 7-day deadline can be checked). */
  decision_date: string | null;
  creation_date: string;
}

export interface A036Row extends SentA036 {
  id: number;
  received_at: string;
  /** The AttestationID of the correction or cancellation that updated this attest. */
  updated_by: string | null;
}

const CONTENT = ['attestation_id', 'status', 'update_attestation_id', 'ocmw_cbe', 'ocmw_nis', 'ssin', 'category', 'begin_date', 'end_date', 'decision_date', 'creation_date'] as const satisfies readonly (keyof SentA036)[];

export function sameA036(a: SentA036, b: SentA036): boolean {
  return CONTENT.every((c) => (a[c] ?? null) === (b[c] ?? null));
}

export type SendOutcome = { attest: A036Row; repeated: boolean } | { conflict: A036Row } | { unknownUpdate: string };

/** Reads and records the attests. */
export class A036Attests {
  private readonly sql;
  private readonly insert;

  constructor(private readonly db: Db) {
    this.sql = statementCache(db);
    this.insert = rowWriter<Omit<A036Row, 'id' | 'updated_by'>>(db, 'a036_attest', [...CONTENT, 'received_at']);
  }

  attest(attestationId: string): A036Row | undefined {
    return this.sql('SELECT * FROM a036_attest WHERE attestation_id = ?').get(attestationId) as A036Row | undefined;
  }

  /** Every attest of the person, in the order received. */
  of(ssin: string): A036Row[] {
    return this.sql('SELECT * FROM a036_attest WHERE ssin = ? ORDER BY id').all(ssin) as A036Row[];
  }

  /**
   * Records one attest in one transaction. The same AttestationID again with the same content
   * answers the stored attest (idempotent), with other content a conflict. A correction or a
   * cancellation must name the current attest (not yet updated, not a cancellation) of the same
   * OCMW and person; it marks that attest as updated.
   */
  send(a: SentA036, receivedAt: string): SendOutcome {
    return this.db.transaction((): SendOutcome => {
      const existing = this.attest(a.attestation_id);
      if (existing) return sameA036(existing, a) ? { attest: existing, repeated: true } : { conflict: existing };
      if (a.status !== 0) {
        const target = a.update_attestation_id ? this.attest(a.update_attestation_id) : undefined;
        if (!target || target.ocmw_cbe !== a.ocmw_cbe || target.ssin !== a.ssin || target.status === 3 || target.updated_by !== null) return { unknownUpdate: a.update_attestation_id ?? '' };
        this.sql('UPDATE a036_attest SET updated_by = ? WHERE attestation_id = ?').run(a.attestation_id, target.attestation_id);
      }
      this.insert({ ...a, received_at: receivedAt });
      return { attest: this.attest(a.attestation_id)!, repeated: false };
    })();
  }
}

/** The a036 source: its table and its reader/writer; nothing to seed. */
export const a036Source: SourceModule<A036Attests> = {
  name: 'a036',
  schema: a036Schema,
  open: (db) => new A036Attests(db),
};
