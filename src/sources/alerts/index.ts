import type { SourceModule } from '../source';
import { Db, SourceSchema, statementCache } from '../../store/db';
import { addMonths } from '../../domain/months';
import { AcceptedGrant, AlertReaders, hitsOf } from './detect';
import { AlertRule, DEFAULT_ALERT_RULES } from './rules';

export * from './rules';
export type { AcceptedGrant, AlertReaders } from './detect';

/**
 * The knipperlichten (X09): the alerts POD MI raises for the deciding OCMW when it accepts a
 * leefloon or an equivalent leefloon whose period meets wages, employment or another benefit in
 * the other sources (rules.ts, detect.ts). Alerts are durable rows, written in the transaction of
 * the decision that raised them; they wait here until the notifications (issue 16) deliver them.
 * Nothing but the rules is seeded; POST /_admin/reset empties the alerts and restores the rules.
 */
export const alertsSchema: SourceSchema = {
  name: 'alerts',
  tables: ['alert', 'alert_rule'],
  ddl: `
CREATE TABLE IF NOT EXISTS alert (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  attest_id        TEXT NOT NULL,
  form_number      INTEGER NOT NULL,
  ocmw_cbe         TEXT NOT NULL,
  ssin             TEXT NOT NULL,
  rule_id          TEXT NOT NULL,
  alert_type       TEXT NOT NULL,
  source           TEXT NOT NULL,
  source_ref       TEXT NOT NULL,
  begin_date       TEXT NOT NULL,
  end_date         TEXT NOT NULL,
  amount           REAL,
  created_at       TEXT NOT NULL,
  reaction_code    TEXT,
  reaction_comment TEXT,
  reacted_at       TEXT,
  UNIQUE (attest_id, rule_id, source_ref)
);
CREATE INDEX IF NOT EXISTS alert_ssin ON alert(ssin);
CREATE INDEX IF NOT EXISTS alert_ocmw ON alert(ocmw_cbe);
CREATE TABLE IF NOT EXISTS alert_rule (
  position    INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  source      TEXT NOT NULL,
  enabled     INTEGER NOT NULL,
  alert_type  TEXT NOT NULL,
  min_amount  REAL NOT NULL,
  description TEXT NOT NULL
);`,
};

export interface AlertRow {
  /** The alert ID: a long of 1 or more. */
  id: number;
  /** The form whose acceptance raised it, and its number (the digits of its ReferenceSPP_POD: the formNumber of the OCMW's reaction, P14). */
  attest_id: string;
  form_number: number;
  ocmw_cbe: string;
  ssin: string;
  rule_id: string;
  alert_type: string;
  source: string;
  source_ref: string;
  /** The days the source's record shares with the accepted period. */
  begin_date: string;
  end_date: string;
  amount: number | null;
  created_at: string;
  /** The OCMW's reaction (P14): its follow-up code, comment and when; null while open. */
  reaction_code: string | null;
  reaction_comment: string | null;
  reacted_at: string | null;
}

/** The day POD MI sends a reminder list: the first of March and of October (MODELLED days of the months the manual names). */
export function reminderDayAtOrBefore(today: string): string {
  const year = Number(today.slice(0, 4));
  const candidates = [`${year}-10-01`, `${year}-03-01`, `${year - 1}-10-01`];
  return candidates.find((d) => d <= today)!;
}

export class Alerts {
  private readonly sql;

  constructor(private readonly db: Db) {
    this.sql = statementCache(db);
  }

  /**
   * Crosses an accepted period with every enabled rule and records an alert per hit for the
   * deciding OCMW; a hit already recorded for the same form and rule is not raised twice.
   * Returns the new alerts. Call it inside the transaction of the decision.
   */
  raise(readers: AlertReaders, grant: AcceptedGrant & { attest_id: string; form_number: number }, now: Date): AlertRow[] {
    const today = now.toISOString().slice(0, 10);
    const raised: AlertRow[] = [];
    for (const rule of this.rules().filter((r) => r.enabled)) {
      for (const hit of hitsOf(rule, readers, grant, today)) {
        const info = this.sql(
          `INSERT OR IGNORE INTO alert (attest_id, form_number, ocmw_cbe, ssin, rule_id, alert_type, source, source_ref, begin_date, end_date, amount, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(grant.attest_id, grant.form_number, grant.ocmw_cbe, grant.ssin, rule.id, rule.alertType, rule.source, hit.ref, hit.begin, hit.end, hit.amount, now.toISOString());
        if (info.changes) raised.push(this.byId(Number(info.lastInsertRowid))!);
      }
    }
    return raised;
  }

  /** Records the OCMW's follow-up of an open alert (P14); false when it was not open. */
  react(id: number, code: string, comment: string | null, at: Date): boolean {
    const info = this.sql('UPDATE alert SET reaction_code = ?, reaction_comment = ?, reacted_at = ? WHERE id = ? AND reacted_at IS NULL').run(code, comment, at.toISOString(), id);
    return info.changes === 1;
  }

  byId(id: number): AlertRow | undefined {
    return this.sql('SELECT * FROM alert WHERE id = ?').get(id) as AlertRow | undefined;
  }

  /** The alerts, oldest first, of a person and/or an OCMW when given. */
  list(filter: { ssin?: string; ocmw?: string } = {}): AlertRow[] {
    return this.sql('SELECT * FROM alert WHERE (@ssin IS NULL OR ssin = @ssin) AND (@ocmw IS NULL OR ocmw_cbe = @ocmw) ORDER BY id').all({ ssin: filter.ssin ?? null, ocmw: filter.ocmw ?? null }) as AlertRow[];
  }

  /**
   * The reminder list POD MI sent on the last reminder day at or before `today` (1 March, 1
   * October): the alerts raised in the six months before it that had no follow-up code that day.
   */
  reminders(today: string, ocmw?: string): { day: string; alerts: AlertRow[] } {
    const day = reminderDayAtOrBefore(today);
    const from = `${addMonths(day.slice(0, 7), -6)}-01`;
    const alerts = this.list({ ocmw }).filter((a) => a.created_at.slice(0, 10) >= from && a.created_at.slice(0, 10) < day && (a.reacted_at === null || a.reacted_at.slice(0, 10) >= day));
    return { day, alerts };
  }

  rules(): AlertRule[] {
    const rows = this.sql('SELECT * FROM alert_rule ORDER BY position').all() as { id: string; source: AlertRule['source']; enabled: number; alert_type: string; min_amount: number; description: string }[];
    return rows.map((r) => ({ id: r.id, source: r.source, enabled: r.enabled === 1, alertType: r.alert_type, minAmount: r.min_amount, description: r.description }));
  }

  setRules(rules: AlertRule[]): void {
    this.db.transaction(() => {
      this.sql('DELETE FROM alert_rule').run();
      rules.forEach((r, position) =>
        this.sql('INSERT INTO alert_rule (position, id, source, enabled, alert_type, min_amount, description) VALUES (?, ?, ?, ?, ?, ?, ?)').run(position, r.id, r.source, r.enabled ? 1 : 0, r.alertType, r.minAmount, r.description),
      );
    })();
  }
}

export const alertsSource: SourceModule<Alerts> = {
  name: 'alerts',
  schema: alertsSchema,
  open: (db) => new Alerts(db),
  seed(context) {
    new Alerts(context.db).setRules(DEFAULT_ALERT_RULES);
  },
};
