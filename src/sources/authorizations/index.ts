import type { SourceModule } from '../source';
import { Db, SourceSchema, statementCache } from '../../store/db';
import { changeCounterDdl, Kept, keptWhileUnchanged } from '../../store/kept';
import type { AuthorizationRule } from '../../services/types';

/**
 * The knowledge repertory of the reference directory (security.md §2.1, §6.1): the
 * access-authorization table ("who gets what") and the availability table ("what where").
 * Rows are seeded from each service's declaration and can be changed under /_admin/directory.
 * List-valued columns hold JSON arrays.
 */
export const authorizationsSchema: SourceSchema = {
  name: 'authorizations',
  tables: ['dir_authorization', 'dir_availability'],
  ddl: `
CREATE TABLE IF NOT EXISTS dir_authorization (
  id                INTEGER PRIMARY KEY,
  deliberation      TEXT NOT NULL,
  requester_sector  INTEGER NOT NULL,
  requester_cbe     TEXT,
  service_id        TEXT NOT NULL,
  operation         TEXT NOT NULL DEFAULT '*',
  legal_contexts    TEXT NOT NULL DEFAULT '[]',
  roles             TEXT NOT NULL DEFAULT '[]',
  quality_codes     TEXT NOT NULL DEFAULT '[]',
  integration_check TEXT NOT NULL CHECK (integration_check IN ('BLOCKING', 'NON_BLOCKING', 'NONE')),
  period_rule       TEXT NOT NULL CHECK (period_rule IN ('REQUEST_DATE', 'REQUESTED_PERIOD')),
  min_phase         INTEGER NOT NULL DEFAULT 0,
  data_blocks       TEXT NOT NULL DEFAULT '["*"]',
  valid_from        TEXT NOT NULL,
  valid_to          TEXT
);
CREATE INDEX IF NOT EXISTS dir_authorization_service ON dir_authorization(service_id);
CREATE TABLE IF NOT EXISTS dir_availability (
  id          INTEGER PRIMARY KEY,
  service_id  TEXT NOT NULL,
  data_block  TEXT NOT NULL,
  source      TEXT NOT NULL
);
${changeCounterDdl('directory', ['dir_authorization', 'dir_availability'])}`,
};

export interface AuthorizationRow extends AuthorizationRule {
  id: number;
  serviceId: string;
}

export interface AvailabilityRow {
  id: number;
  serviceId: string;
  dataBlock: string;
  source: string;
}

interface RawAuthorization {
  id: number;
  deliberation: string;
  requester_sector: number;
  requester_cbe: string | null;
  service_id: string;
  operation: string;
  legal_contexts: string;
  roles: string;
  quality_codes: string;
  integration_check: AuthorizationRule['integrationCheck'];
  period_rule: AuthorizationRule['periodRule'];
  min_phase: number;
  data_blocks: string;
  valid_from: string;
  valid_to: string | null;
}

function fromRaw(r: RawAuthorization): AuthorizationRow {
  return {
    id: r.id,
    serviceId: r.service_id,
    deliberation: r.deliberation,
    requesterSector: r.requester_sector,
    requesterCbe: r.requester_cbe,
    operation: r.operation,
    legalContexts: JSON.parse(r.legal_contexts),
    roles: JSON.parse(r.roles),
    qualityCodes: JSON.parse(r.quality_codes),
    integrationCheck: r.integration_check,
    periodRule: r.period_rule,
    minPhase: r.min_phase,
    dataBlocks: JSON.parse(r.data_blocks),
    validFrom: r.valid_from,
    validTo: r.valid_to,
  };
}

function toRaw(serviceId: string, r: AuthorizationRule): Omit<RawAuthorization, 'id'> {
  return {
    deliberation: r.deliberation,
    requester_sector: r.requesterSector,
    requester_cbe: r.requesterCbe ?? null,
    service_id: serviceId,
    operation: r.operation,
    legal_contexts: JSON.stringify(r.legalContexts),
    roles: JSON.stringify(r.roles),
    quality_codes: JSON.stringify(r.qualityCodes),
    integration_check: r.integrationCheck,
    period_rule: r.periodRule,
    min_phase: r.minPhase,
    data_blocks: JSON.stringify(r.dataBlocks),
    valid_from: r.validFrom,
    valid_to: r.validTo ?? null,
  };
}

const COLUMNS = [
  'deliberation', 'requester_sector', 'requester_cbe', 'service_id', 'operation', 'legal_contexts', 'roles', 'quality_codes',
  'integration_check', 'period_rule', 'min_phase', 'data_blocks', 'valid_from', 'valid_to',
];

export class Authorizations {
  private readonly sql;
  /** The rows of a request are kept while the directory is unchanged (store/kept.ts). */
  private readonly kept: Kept;

  constructor(db: Db) {
    this.sql = statementCache(db);
    this.kept = keptWhileUnchanged(db, 'directory');
  }

  all(): AuthorizationRow[] {
    return (this.sql('SELECT * FROM dir_authorization ORDER BY service_id, id').all() as RawAuthorization[]).map(fromRaw);
  }

  get(id: number): AuthorizationRow | undefined {
    const r = this.sql('SELECT * FROM dir_authorization WHERE id = ?').get(id) as RawAuthorization | undefined;
    return r ? fromRaw(r) : undefined;
  }

  /** Rows of a service that apply to a requester (its sector, and its own KBO number or the whole sector). */
  forRequest(serviceId: string, sector: number, cbe: string): AuthorizationRow[] {
    return this.kept(`authorizations ${serviceId} ${sector} ${cbe}`, () =>
      (
        this.sql(
          `SELECT * FROM dir_authorization WHERE service_id = ? AND requester_sector = ? AND (requester_cbe IS NULL OR requester_cbe = ?) ORDER BY id`,
        ).all(serviceId, sector, cbe) as RawAuthorization[]
      ).map(fromRaw),
    );
  }

  insert(serviceId: string, rule: AuthorizationRule): AuthorizationRow {
    const raw = toRaw(serviceId, rule);
    const info = this.sql(`INSERT INTO dir_authorization (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => '@' + c).join(', ')})`)
      .run(raw);
    return this.get(Number(info.lastInsertRowid))!;
  }

  update(id: number, serviceId: string, rule: AuthorizationRule): AuthorizationRow | undefined {
    const raw = toRaw(serviceId, rule);
    const info = this.sql(`UPDATE dir_authorization SET ${COLUMNS.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`)
      .run({ ...raw, id });
    return info.changes ? this.get(id) : undefined;
  }

  remove(id: number): boolean {
    return this.sql('DELETE FROM dir_authorization WHERE id = ?').run(id).changes > 0;
  }

  availability(): AvailabilityRow[] {
    return this.sql('SELECT id, service_id AS serviceId, data_block AS dataBlock, source FROM dir_availability ORDER BY service_id, id')
      .all() as AvailabilityRow[];
  }

  insertAvailability(serviceId: string, dataBlock: string, source: string): void {
    this.sql('INSERT INTO dir_availability (service_id, data_block, source) VALUES (?, ?, ?)').run(serviceId, dataBlock, source);
  }
}

/** The authorizations source: its tables and its access on one database. */
export const authorizationsSource: SourceModule<Authorizations> = {
  name: 'authorizations',
  schema: authorizationsSchema,
  open: (db) => new Authorizations(db),
};
