import type { Db } from '../../store/db';
import { statementCache } from '../../store/db';
import type { Attest, Decision, DecisionRow, DeclaredForm, FormRow } from './forms';
import { DEFAULT_RULES, Rule, RuleSet } from './rules';

/**
 * POD MI's store of declared forms and its decisions (podmi_form, podmi_decision) and its rule
 * set (podmi_rule, podmi_setting). A form and its decision are written in one SQLite transaction:
 * once a reply has acknowledged a form, it is on disk (WAL), and a crash loses nothing acknowledged.
 */
export const PODMI_STORE_DDL = `
CREATE TABLE IF NOT EXISTS podmi_form (
  id                   INTEGER PRIMARY KEY,
  attest_id            TEXT NOT NULL UNIQUE,
  form_type            TEXT NOT NULL CHECK (form_type IN ('B', 'C', 'F', 'I', 'B1', 'C65', 'D1', 'D2', 'F65')),
  ocmw_cbe             TEXT NOT NULL,
  ocmw_nis             TEXT NOT NULL,
  ssin                 TEXT NOT NULL,
  message_status       INTEGER NOT NULL,
  entry_date           TEXT NOT NULL,
  end_date             TEXT,
  council_decision     TEXT,
  beneficiary_category INTEGER,
  monthly_amount       REAL,
  decision_date        TEXT,
  decision_nature      INTEGER,
  original_form        TEXT,
  recovery_type        TEXT,
  recovered_amount     INTEGER,
  recovery_begin       TEXT,
  recovery_end         TEXT,
  suffix               INTEGER,
  details              TEXT,
  received_at          TEXT NOT NULL,
  superseded_by        TEXT
);
CREATE INDEX IF NOT EXISTS podmi_form_ssin ON podmi_form(ssin);
CREATE INDEX IF NOT EXISTS podmi_form_ocmw ON podmi_form(ocmw_cbe);
CREATE TABLE IF NOT EXISTS podmi_decision (
  attest_id     TEXT PRIMARY KEY,
  reference     TEXT NOT NULL UNIQUE,
  evaluation    TEXT NOT NULL CHECK (evaluation IN ('ACCEPTED', 'REFUSED', 'PARTIALLYACCEPTED')),
  granted_begin TEXT,
  granted_end   TEXT,
  errors        TEXT NOT NULL,
  amounts       TEXT,
  decided_at    TEXT NOT NULL,
  visible_from  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS podmi_rule (
  position    INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  kind        TEXT NOT NULL,
  enabled     INTEGER NOT NULL,
  evaluation  TEXT NOT NULL,
  error_code  TEXT NOT NULL,
  description TEXT NOT NULL,
  params      TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS podmi_setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);`;

export const PODMI_STORE_TABLES = ['podmi_decision', 'podmi_form', 'podmi_rule', 'podmi_setting'];

const FORM_COLUMNS = [
  'attest_id', 'form_type', 'ocmw_cbe', 'ocmw_nis', 'ssin', 'message_status', 'entry_date', 'end_date', 'council_decision', 'beneficiary_category',
  'monthly_amount', 'decision_date', 'decision_nature', 'original_form', 'recovery_type', 'recovered_amount', 'recovery_begin', 'recovery_end', 'suffix', 'details',
] as const satisfies readonly (keyof DeclaredForm)[];

type DecisionSql = Omit<DecisionRow, 'errors' | 'amounts'> & { errors: string; amounts: string | null };
type JoinedRow = FormRow & { reference: string; evaluation: DecisionRow['evaluation']; granted_begin: string | null; granted_end: string | null; errors: string; amounts: string | null; decided_at: string; visible_from: string };

const SELECT = 'SELECT f.*, d.reference, d.evaluation, d.granted_begin, d.granted_end, d.errors, d.amounts, d.decided_at, d.visible_from FROM podmi_form f JOIN podmi_decision d ON d.attest_id = f.attest_id';

function attestOf(r: JoinedRow): Attest {
  const { reference, evaluation, granted_begin, granted_end, errors, amounts, decided_at, visible_from, ...form } = r;
  return {
    form,
    decision: { attest_id: form.attest_id, reference, evaluation, granted_begin, granted_end, errors: JSON.parse(errors), amounts: amounts === null ? null : JSON.parse(amounts), decided_at, visible_from },
  };
}

/** The content of a form, to tell the same message sent again from another one under the same id. */
export function sameContent(a: DeclaredForm, b: DeclaredForm): boolean {
  return FORM_COLUMNS.every((c) => (a[c] ?? null) === (b[c] ?? null));
}

export class PodMiStore {
  private readonly sql;

  constructor(private readonly db: Db) {
    this.sql = statementCache(db);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  attest(attestId: string): Attest | undefined {
    const row = this.sql(`${SELECT} WHERE f.attest_id = ?`).get(attestId) as JoinedRow | undefined;
    return row && attestOf(row);
  }

  /** Every form of a person with its decision, in the order received. */
  attestsOf(ssin: string): Attest[] {
    return (this.sql(`${SELECT} WHERE f.ssin = ? ORDER BY f.id`).all(ssin) as JoinedRow[]).map(attestOf);
  }

  /** Every form an OCMW declared, in the order received (P08 FORMULAIRES). */
  attestsOfOcmw(cbe: string): Attest[] {
    return (this.sql(`${SELECT} WHERE f.ocmw_cbe = ? ORDER BY f.id`).all(cbe) as JoinedRow[]).map(attestOf);
  }

  /**
   * Writes a form and POD MI's decision on it; a correction marks the forms it replaces. Call it
   * inside transaction() together with the reads the decision was made from.
   */
  record(form: DeclaredForm, receivedAt: string, decision: Decision, visibleFrom: string, replaces: string[]): Attest {
    const info = this.sql(
      `INSERT INTO podmi_form (${FORM_COLUMNS.join(', ')}, received_at) VALUES (${FORM_COLUMNS.map((c) => '@' + c).join(', ')}, @received_at)`,
    ).run({ ...form, received_at: receivedAt });
    const id = Number(info.lastInsertRowid);
    const row: DecisionSql = {
      attest_id: form.attest_id,
      // ReferenceSPP_POD is 10 characters (Loi65 DecisionResult).
      reference: `SPP${String(id).padStart(7, '0')}`,
      evaluation: decision.evaluation,
      granted_begin: decision.granted_begin,
      granted_end: decision.granted_end,
      errors: JSON.stringify(decision.errors),
      amounts: decision.amounts ? JSON.stringify(decision.amounts) : null,
      decided_at: receivedAt,
      visible_from: visibleFrom,
    };
    this.sql(
      `INSERT INTO podmi_decision (attest_id, reference, evaluation, granted_begin, granted_end, errors, amounts, decided_at, visible_from)
       VALUES (@attest_id, @reference, @evaluation, @granted_begin, @granted_end, @errors, @amounts, @decided_at, @visible_from)`,
    ).run(row);
    for (const old of replaces) this.sql('UPDATE podmi_form SET superseded_by = ? WHERE attest_id = ?').run(form.attest_id, old);
    return this.attest(form.attest_id)!;
  }

  // ---------------------------------------------------------------- the rule set

  rules(): RuleSet {
    const rows = this.sql('SELECT * FROM podmi_rule ORDER BY position').all() as { id: string; kind: Rule['kind']; enabled: number; evaluation: Rule['evaluation']; error_code: string; description: string; params: string }[];
    const delay = this.sql("SELECT value FROM podmi_setting WHERE key = 'decisionDelayDays'").get() as { value: string } | undefined;
    return {
      decisionDelayDays: delay ? Number(delay.value) : DEFAULT_RULES.decisionDelayDays,
      rules: rows.map((r) => ({ id: r.id, kind: r.kind, enabled: r.enabled === 1, evaluation: r.evaluation, errorCode: r.error_code, description: r.description, params: JSON.parse(r.params) })),
    };
  }

  /** Replaces the whole rule set (one transaction). */
  setRules(set: RuleSet): void {
    this.transaction(() => {
      this.sql('DELETE FROM podmi_rule').run();
      set.rules.forEach((r, position) =>
        this.sql('INSERT INTO podmi_rule (position, id, kind, enabled, evaluation, error_code, description, params) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
          position, r.id, r.kind, r.enabled ? 1 : 0, r.evaluation, r.errorCode, r.description, JSON.stringify(r.params),
        ),
      );
      this.sql("INSERT INTO podmi_setting (key, value) VALUES ('decisionDelayDays', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(String(set.decisionDelayDays));
    });
  }
}
