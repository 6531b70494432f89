import type { Db, SourceSchema } from '../store/db';
import type { Hooks } from '../lifecycle';
import type { SeedWriter } from '../../fixtures/builder';

/**
 * One emulated authentic source (National Register, RVA, the NIC, ...): the tables it owns, how
 * its readers and writers open on a database, and its seed steps. The app, the seeder and reset
 * loop over the list in ./registry.ts; nothing else names a source's tables.
 */
export interface SourceModule<Access = unknown> {
  name: string;
  /** The tables it owns (none for a view over other sources, like `persons`). */
  schema?: SourceSchema;
  /** Its reader/writer on one database; opened once per database and shared by every exchange. */
  open(db: Db): Access;
  /**
   * Writes its personas' fixed rows (fixtures/personas.ts), before the registers' population is
   * generated, so that they take the first ids. For the registers (RR, BIS, repertory) and the
   * sources the population generator fills with them on one random stream (RSZ, RVA); a newer
   * source writes its personas in `seed`.
   */
  personas?(w: SeedWriter): void;
  /**
   * Writes its personas' rows and its generated rows, after the registers' population exists
   * (`population` lists every generated person). A source seeded with its own Random keeps the
   * rest of the population unchanged when it is added.
   */
  seed?(context: SeedContext): void;
  /** Start/stop/reset of what it runs besides its tables (e.g. a delivery worker), src/lifecycle.ts. */
  hooks?: Hooks<Access>;
}

export interface GeneratedPerson {
  ssin: string;
  birthDate: string;
  gender: 1 | 2;
  /** NIS code of the municipality the person lives in. */
  nis: string;
  /** The OCMW integration the generator gave the person, if any. */
  integration?: { cbe: string; nis: string; qualityCode: number; begin: string; end: string | null };
}

export interface SeedContext {
  db: Db;
  seed: number;
  population: GeneratedPerson[];
}
