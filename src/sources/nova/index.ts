import type { SourceModule } from '../source';
import { Db, SourceSchema, statementCache } from '../../store/db';
import { DEFAULT_NOVA_RULES, NovaRule } from './rules';

export * from './rules';

/**
 * POD MI's Nova+ tool (P15 PCSASocialInquiry), as far as the emulator keeps state for it: its
 * residence-status rules (rules.ts), one row per rule in order. The facts come from the National
 * Register at each request; nothing else is stored. The seed writes the default rules; POST
 * /_admin/reset restores them.
 */
export const novaSchema: SourceSchema = {
  name: 'nova',
  tables: ['nova_rule'],
  ddl: `
CREATE TABLE IF NOT EXISTS nova_rule (
  position    INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  enabled     INTEGER NOT NULL,
  conditions  TEXT NOT NULL,
  right_code  TEXT NOT NULL,
  reason_code TEXT NOT NULL,
  reason_text TEXT NOT NULL
);`,
};

interface RuleRow {
  id: string;
  enabled: number;
  conditions: string;
  right_code: NovaRule['right'];
  reason_code: string;
  reason_text: string;
}

export class Nova {
  private readonly sql;

  constructor(private readonly db: Db) {
    this.sql = statementCache(db);
  }

  /** The rules in the order they are tried. */
  rules(): NovaRule[] {
    const rows = this.sql('SELECT * FROM nova_rule ORDER BY position').all() as RuleRow[];
    return rows.map((r) => ({ id: r.id, enabled: r.enabled === 1, when: JSON.parse(r.conditions), right: r.right_code, reasonCode: r.reason_code, reasonText: r.reason_text }));
  }

  /** Replaces the whole list (one transaction). */
  setRules(rules: NovaRule[]): void {
    this.db.transaction(() => {
      this.sql('DELETE FROM nova_rule').run();
      rules.forEach((r, position) =>
        this.sql('INSERT INTO nova_rule (position, id, enabled, conditions, right_code, reason_code, reason_text) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
          position, r.id, r.enabled ? 1 : 0, JSON.stringify(r.when), r.right, r.reasonCode, r.reasonText,
        ),
      );
    })();
  }
}

export const novaSource: SourceModule<Nova> = {
  name: 'nova',
  schema: novaSchema,
  open: (db) => new Nova(db),
  seed(context) {
    new Nova(context.db).setRules(DEFAULT_NOVA_RULES);
  },
};
