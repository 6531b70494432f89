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
  decision       TEXT NOT NULL CHECK (decision IN ('ALLOW', 'DENY', 'ERROR')),
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
  decision: 'ALLOW' | 'DENY' | 'ERROR';
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

export class Journal {
  private readonly insert;

  constructor(private readonly db: Db) {
    this.insert = db.prepare(`
      INSERT INTO audit_exchange (ticket, reference, received_at, replied_at, channel, service_id, service_name, operation,
        cbe_number, user_id, role, legal_context, target_ssin, decision, code, http_status, request_sha256, reply_sha256)
      VALUES (@ticket, @reference, @received_at, @replied_at, @channel, @service_id, @service_name, @operation,
        @cbe_number, @user_id, @role, @legal_context, @target_ssin, @decision, @code, @http_status, @request_sha256, @reply_sha256)`);
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
      decision: row.decision,
      code: row.code ?? null,
      http_status: row.httpStatus,
      request_sha256: sha256(row.request),
      reply_sha256: sha256(row.reply),
    });
  }

  /** Most recent first. */
  recent(filter: JournalFilter = {}): Record<string, unknown>[] {
    const where: string[] = [];
    const params: Record<string, unknown> = { limit: Math.min(Math.max(filter.limit ?? 100, 1), 10000) };
    if (filter.ssin) (where.push('target_ssin = @ssin'), (params.ssin = filter.ssin));
    if (filter.organisation) (where.push('cbe_number = @org'), (params.org = filter.organisation));
    if (filter.service) (where.push('(service_id = @service OR service_name = @service)'), (params.service = filter.service));
    if (filter.decision) (where.push('decision = @decision'), (params.decision = filter.decision.toUpperCase()));
    const sql = `SELECT * FROM audit_exchange ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT @limit`;
    return this.db.prepare(sql).all(params) as Record<string, unknown>[];
  }
}
