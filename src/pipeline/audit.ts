import { createHash } from 'crypto';
import { Db, SourceSchema } from '../store/db';

/**
 * The access log (logboek): one row per exchange, refused ones included (security.md §4, §6.1).
 * Rows are written synchronously, one insert per exchange: SQLite in WAL mode takes tens of
 * thousands of such inserts a second, well above the emulator's request rate, and nothing is lost
 * on shutdown. (Issue #3 may batch them if a benchmark shows the need.)
 */
export const auditSchema: SourceSchema = {
  name: 'audit',
  tables: ['audit_exchange'],
  ddl: `
CREATE TABLE IF NOT EXISTS audit_exchange (
  id             INTEGER PRIMARY KEY,
  ticket         TEXT NOT NULL,
  reference      TEXT,
  received_at    TEXT NOT NULL,
  replied_at     TEXT NOT NULL,
  channel        TEXT NOT NULL,
  service_id     TEXT,
  service_name   TEXT,
  operation      TEXT,
  cbe_number     TEXT,
  user_id        TEXT,
  role           TEXT,
  legal_context  TEXT,
  target_ssin    TEXT,
  inscription_id INTEGER,
  quality_code   INTEGER,
  requested_blocks TEXT,
  returned_blocks  TEXT,
  filtered_blocks  TEXT,
  decision       TEXT NOT NULL CHECK (decision IN ('ALLOW', 'DENY', 'ERROR')),
  failed_step    TEXT,
  lenient_findings TEXT,
  code           TEXT,
  http_status    INTEGER NOT NULL,
  request_sha256 TEXT NOT NULL,
  reply_sha256   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_exchange_ssin ON audit_exchange(target_ssin);`,
};

export interface AuditRow {
  ticket: string;
  reference?: string;
  receivedAt: Date;
  repliedAt: Date;
  channel: 'classic' | 'new';
  serviceId?: string;
  serviceName?: string;
  operation?: string;
  cbeNumber?: string;
  userId?: string;
  role?: string;
  legalContext?: string;
  targetSsin?: string;
  inscriptionId?: number;
  qualityCode?: number;
  requestedBlocks?: string[];
  returnedBlocks?: string[];
  filteredBlocks?: string[];
  decision: 'ALLOW' | 'DENY' | 'ERROR';
  /** The check that refused the request. */
  failedStep?: string;
  /** Lenient mode: what would have been refused. */
  lenientFindings?: string[];
  code?: string;
  httpStatus: number;
  request: string;
  reply: string;
}

export interface JournalFilter {
  ssin?: string;
  organisation?: string;
  service?: string;
  decision?: string;
  limit?: number;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const list = (blocks?: string[]) => (blocks && blocks.length ? blocks.join(',') : null);

export class Journal {
  private readonly insert;

  constructor(private readonly db: Db) {
    this.insert = db.prepare(`
      INSERT INTO audit_exchange (ticket, reference, received_at, replied_at, channel, service_id, service_name, operation,
        cbe_number, user_id, role, legal_context, target_ssin, inscription_id, quality_code, requested_blocks, returned_blocks,
        filtered_blocks, decision, failed_step, lenient_findings, code, http_status, request_sha256, reply_sha256)
      VALUES (@ticket, @reference, @received_at, @replied_at, @channel, @service_id, @service_name, @operation,
        @cbe_number, @user_id, @role, @legal_context, @target_ssin, @inscription_id, @quality_code, @requested_blocks, @returned_blocks,
        @filtered_blocks, @decision, @failed_step, @lenient_findings, @code, @http_status, @request_sha256, @reply_sha256)`);
  }

  record(row: AuditRow): void {
    this.insert.run({
      ticket: row.ticket,
      reference: row.reference ?? null,
      received_at: row.receivedAt.toISOString(),
      replied_at: row.repliedAt.toISOString(),
      channel: row.channel,
      service_id: row.serviceId ?? null,
      service_name: row.serviceName ?? null,
      operation: row.operation ?? null,
      cbe_number: row.cbeNumber ?? null,
      user_id: row.userId ?? null,
      role: row.role ?? null,
      legal_context: row.legalContext ?? null,
      target_ssin: row.targetSsin ?? null,
      inscription_id: row.inscriptionId ?? null,
      quality_code: row.qualityCode ?? null,
      requested_blocks: list(row.requestedBlocks),
      returned_blocks: list(row.returnedBlocks),
      filtered_blocks: list(row.filteredBlocks),
      decision: row.decision,
      failed_step: row.failedStep ?? null,
      lenient_findings: row.lenientFindings?.length ? JSON.stringify(row.lenientFindings) : null,
      code: row.code ?? null,
      http_status: row.httpStatus,
      request_sha256: sha256(row.request),
      reply_sha256: sha256(row.reply),
    });
  }

  /** Every matching row, oldest first, one at a time (for the JSON-lines export). */
  *iterate(filter: JournalFilter = {}): IterableIterator<Record<string, unknown>> {
    const { where, params } = this.where(filter);
    yield* this.db.prepare(`SELECT * FROM audit_exchange ${where} ORDER BY id`).iterate(params) as IterableIterator<Record<string, unknown>>;
  }

  private where(filter: JournalFilter): { where: string; params: Record<string, unknown> } {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (filter.ssin) (where.push('target_ssin = @ssin'), (params.ssin = filter.ssin));
    if (filter.organisation) (where.push('cbe_number = @org'), (params.org = filter.organisation));
    if (filter.service) (where.push('(service_id = @service OR service_name = @service)'), (params.service = filter.service));
    if (filter.decision) (where.push('decision = @decision'), (params.decision = filter.decision.toUpperCase()));
    return { where: where.length ? 'WHERE ' + where.join(' AND ') : '', params };
  }

  /** Most recent first. */
  recent(filter: JournalFilter = {}): Record<string, unknown>[] {
    const { where, params } = this.where(filter);
    const limit = Math.min(Math.max(filter.limit ?? 100, 1), 10000);
    return this.db.prepare(`SELECT * FROM audit_exchange ${where} ORDER BY id DESC LIMIT @limit`).all({ ...params, limit }) as Record<string, unknown>[];
  }
}
