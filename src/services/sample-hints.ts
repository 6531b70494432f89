/**
 * What a service tells the explorer's sample builder (src/explorer/samples.ts) so that a sample
 * request is meaningful, not only valid: optional elements to include or leave out, and values.
 * A service declares them next to its handlers (`samples` in its declaration).
 */

/** The persona, organisation and role a sample is built for. */
export interface Who {
  ssin: string;
  cbe: string;
  role: string;
  /** The legal context to use; default the first one an authorization row gives this role. */
  legalContext?: string;
}

export interface SampleContext extends Who {
  operation: string;
  lastName: string;
  firstName: string;
  birthDate: string;
  nis?: string;
  userId?: string;
  email?: string;
  legalContext?: string;
  today: string;
  now: string;
}

export type SampleValue = string | ((c: SampleContext) => string);

export interface SampleHints {
  /** Optional elements to include, by local name. */
  include?: string[];
  /** Optional elements to leave out even when the generic rules would include them. */
  exclude?: string[];
  /** Values by local name, or by 'parent/child' local names. */
  values?: Record<string, SampleValue>;
}
