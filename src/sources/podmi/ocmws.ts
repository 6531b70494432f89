import { MUNICIPALITIES, ocmwCbe } from '../../../fixtures/organisations';

/** The OCMW/CPAS of a seeded municipality, as POD MI records it: enterprise number and NIS code. */
export interface Ocmw {
  cbe: string;
  nis: string;
}

export function ocmwOf(nis: string): Ocmw {
  const m = MUNICIPALITIES.find((x) => x.nis === nis);
  if (!m) throw new Error(`no seeded OCMW for NIS ${nis}`);
  return { cbe: ocmwCbe(m), nis };
}

/** Every seeded OCMW, in the order of the seeded municipalities. */
export const OCMWS: Ocmw[] = MUNICIPALITIES.map((m) => ({ cbe: ocmwCbe(m), nis: m.nis }));
