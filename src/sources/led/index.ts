import type { SeedContext, SourceModule } from '../source';
import { Db, personRows, SourceSchema } from '../../store/db';
import type { LedCertificate } from './model';
import { ledWriter } from './writer';
import { writeLedPersonas } from './personas';
import { generateLed } from './generate';

export * from './model';

/**
 * The LED (Leer- en Ervaringsbewijzendatabank) of the Flemish Department of Education: diplomas,
 * certificates and experience proofs awarded in Flanders. QualificationCertificateService (F01)
 * reads it. MODELLED: the LED's real record layout is not public.
 */
export const ledSchema: SourceSchema = {
  name: 'led',
  tables: ['led_certificate'],
  ddl: `
CREATE TABLE IF NOT EXISTS led_certificate (
  id                       INTEGER PRIMARY KEY,
  ssin                     TEXT NOT NULL,
  certificate_id           TEXT NOT NULL,
  kind                     TEXT NOT NULL CHECK (kind IN ('DIPLOMA', 'CERTIFICATE', 'PARTIAL_CERTIFICATE', 'EXPERIENCE_PROOF')),
  title                    TEXT NOT NULL,
  study_area               TEXT,
  education_level          TEXT NOT NULL,
  secondary_form           TEXT,
  qualification_level      INTEGER,
  language_level           TEXT,
  award_date               TEXT NOT NULL,
  institution_number       TEXT NOT NULL,
  institution_name         TEXT NOT NULL,
  institution_postal_code  TEXT NOT NULL,
  institution_municipality TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS led_certificate_ssin ON led_certificate(ssin);`,
};

/** Reads a person's proofs in the LED. */
export class Led {
  /** Every proof of a person, the oldest first. */
  readonly certificates: (ssin: string) => LedCertificate[];

  constructor(db: Db) {
    this.certificates = personRows(db).rows<LedCertificate>('led_certificate', 'award_date, id');
  }
}

/** The source: its table, its reader, the personas' proofs and the generated population's. */
export const ledSource: SourceModule<Led> = {
  name: 'led',
  schema: ledSchema,
  open: (db) => new Led(db),
  seed: (context: SeedContext) => {
    const w = ledWriter(context.db);
    writeLedPersonas(w);
    generateLed(w, context);
  },
};
