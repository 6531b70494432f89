import type { ServicePlan } from '../plan';
import { q, title } from './text';

/**
 * src/sources/<name>/index.ts of a new source: one table of dated rows per person, a reader, and
 * a seed hook that writes the standard persona's row, so that the generated service has data.
 */
export function sourceTs(p: ServicePlan): string {
  const s = p.source;
  const record = `${s.className}Record`;
  return `import type { SeedContext, SourceModule } from '../source';
import { Db, rowWriter, SourceSchema, statementCache } from '../../store/db';
import { SSIN } from '../../../fixtures/personas';

/**
 * The ${s.key} source, generated with ${title(p)} by \`npm run new-service\`.
 * TODO: which authentic source it emulates, what it holds, which services read it; its real
 * columns. Dates are yyyy-mm-dd; an end_date NULL is open.
 */
export const ${s.key}Schema: SourceSchema = {
  name: ${q(s.key)},
  tables: [${q(s.table)}],
  ddl: \`
CREATE TABLE IF NOT EXISTS ${s.table} (
  id         INTEGER PRIMARY KEY,
  ssin       TEXT NOT NULL,
  begin_date TEXT NOT NULL,
  end_date   TEXT
);
CREATE INDEX IF NOT EXISTS ${s.table}_ssin ON ${s.table}(ssin);\`,
};

export interface ${record} {
  id: number;
  ssin: string;
  begin_date: string;
  end_date: string | null;
}

/** Reads the ${s.key} rows of a person. */
export class ${s.className} {
  private readonly sql;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  /** Every row of the person, the oldest first. */
  recordsOf(ssin: string): ${record}[] {
    return this.sql('SELECT * FROM ${s.table} WHERE ssin = ? ORDER BY begin_date, id').all(ssin) as ${record}[];
  }
}

/**
 * The personas' rows. TODO: every persona the service's outcomes name, and rows for part of the
 * generated population (context.population, with its own Random seeded from context.seed).
 */
function seed(context: SeedContext): void {
  const write = rowWriter<Omit<${record}, 'id'>>(context.db, ${q(s.table)}, ['ssin', 'begin_date', 'end_date']);
  write({ ssin: SSIN.standard, begin_date: '2025-01-01', end_date: null });
}

/** The ${s.key} source: its table, its reader, its seed. */
export const ${s.exportName}: SourceModule<${s.className}> = {
  name: ${q(s.key)},
  schema: ${s.key}Schema,
  open: (db) => new ${s.className}(db),
  seed,
};
`;
}
