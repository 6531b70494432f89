import type { SourceModule } from '../source';
import { Db, statementCache } from '../../store/db';

/**
 * The life of an SSIN across the KSZ registers (SSINInformationService, R10): every number linked
 * to it by a replacement (a BIS number replaced by a National Register number, two numbers of one
 * person merged), with its register, status and dates, oldest first.
 */
export type RegisterName = 'NATIONAL_REGISTER' | 'BIS_REGISTER';

export interface SsinRecord {
  ssin: string;
  register: RegisterName;
  status: 'ACTIVE' | 'REPLACED' | 'CANCELED';
  /** When the number was issued (yyyy-mm-dd). */
  issued: string;
  /** When it was replaced or cancelled (yyyy-mm-dd); absent while active. */
  statusDate?: string;
  replacedBy?: string;
}

interface Row {
  ssin: string;
  status: SsinRecord['status'];
  replaced_by: string | null;
  created: string;
  updated: string;
  register: RegisterName;
}

const COLUMNS = 'ssin, status, replaced_by, created, updated';
/** At most this many linked numbers are followed (a guard against a cycle in edited data). */
const MAX_CHAIN = 20;

export class SsinHistory {
  private readonly sql;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  private row(ssin: string): Row | undefined {
    return this.sql(
        `SELECT ${COLUMNS}, 'NATIONAL_REGISTER' AS register FROM rr_person WHERE ssin = @ssin
         UNION ALL SELECT ${COLUMNS}, 'BIS_REGISTER' AS register FROM bis_person WHERE ssin = @ssin`,
      )
      .get({ ssin }) as Row | undefined;
  }

  /** Numbers that were replaced by this one. */
  predecessors(ssin: string): string[] {
    return (
      this.sql('SELECT ssin FROM rr_person WHERE replaced_by = @ssin UNION SELECT ssin FROM bis_person WHERE replaced_by = @ssin')
        .all({ ssin }) as { ssin: string }[]
    ).map((r) => r.ssin);
  }

  /** The records of every number linked to `ssin`, oldest first; undefined when no register knows it. */
  chain(ssin: string): SsinRecord[] | undefined {
    if (!this.row(ssin)) return undefined;
    const seen = new Map<string, Row>();
    const queue = [ssin];
    while (queue.length > 0 && seen.size < MAX_CHAIN) {
      const current = queue.shift()!;
      if (seen.has(current)) continue;
      const row = this.row(current);
      if (!row) continue;
      seen.set(current, row);
      if (row.replaced_by) queue.push(row.replaced_by);
      queue.push(...this.predecessors(current));
    }
    return [...seen.values()]
      .map(
        (r): SsinRecord => ({
          ssin: r.ssin,
          register: r.register,
          status: r.status,
          issued: r.created,
          statusDate: r.status === 'ACTIVE' ? undefined : r.updated,
          replacedBy: r.replaced_by ?? undefined,
        }),
      )
      .sort((a, b) => (a.issued === b.issued ? (a.ssin < b.ssin ? -1 : 1) : a.issued < b.issued ? -1 : 1));
  }

  /** The active number a chain leads to, if any. */
  static current(chain: SsinRecord[], from: string): string | undefined {
    let record = chain.find((r) => r.ssin === from);
    for (let hops = 0; record && hops < MAX_CHAIN; hops++) {
      if (record.status === 'ACTIVE') return record.ssin;
      if (record.status === 'CANCELED' || !record.replacedBy) return undefined;
      const next = record.replacedBy;
      record = chain.find((r) => r.ssin === next);
    }
    return undefined;
  }
}

/** The ssin-history source: its access on one database. */
export const ssinHistorySource: SourceModule<SsinHistory> = {
  name: 'ssinHistory',
  open: (db) => new SsinHistory(db),
};
