/**
 * What the LED (Leer- en Ervaringsbewijzendatabank) records, MODELLED: the proofs of learning and
 * experience awarded in Flanders. `kind`: DIPLOMA (diploma), CERTIFICATE (getuigschrift,
 * certificaat), PARTIAL_CERTIFICATE (deelcertificaat), EXPERIENCE_PROOF (ervaringsbewijs of a
 * recognised assessment centre).
 */
export type CertificateKind = 'DIPLOMA' | 'CERTIFICATE' | 'PARTIAL_CERTIFICATE' | 'EXPERIENCE_PROOF';
export const CERTIFICATE_KINDS: readonly CertificateKind[] = ['DIPLOMA', 'CERTIFICATE', 'PARTIAL_CERTIFICATE', 'EXPERIENCE_PROOF'];

/** The education that awarded it: SECONDARY, HIGHER_VOCATIONAL (HBO5), HIGHER (bachelor, master), ADULT_EDUCATION (CVO, CBE), WORK_EXPERIENCE. */
export type EducationLevel = 'SECONDARY' | 'HIGHER_VOCATIONAL' | 'HIGHER' | 'ADULT_EDUCATION' | 'WORK_EXPERIENCE';

export interface LedCertificate {
  id: number;
  ssin: string;
  /** The LED's own number of the proof. */
  certificate_id: string;
  kind: CertificateKind;
  /** The study or qualification, as on the proof (Dutch). */
  title: string;
  study_area: string | null;
  education_level: EducationLevel;
  /** Secondary education only: ASO, TSO, BSO, KSO, BUSO. */
  secondary_form: string | null;
  /** The level of the Flemish qualification structure (VKS 1..8), when the proof has one. */
  qualification_level: number | null;
  /** A language proof's CEFR level (A1..C2), e.g. Dutch as a second language. */
  language_level: string | null;
  award_date: string;
  institution_number: string;
  institution_name: string;
  institution_postal_code: string;
  institution_municipality: string;
}
