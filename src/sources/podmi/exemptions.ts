import { SSIN } from '../../../fixtures/personas';

/**
 * What POD MI knows of the exemptions and PIIS subsidies of a person (P08 ListOfAttestations
 * EXONERATIONS, EXONERATIONSART35, GPMI_PIIS, STATUT65). MODELLED as a small fixed table: the
 * emulator has no form that declares them, so a person not in it has none (hasExoneration /
 * hasAttestation / hasStatut false). Art. 35 of the royal decree of 11 July 2002 is the
 * socio-professional exemption: at most 1096 days of payment exempted (the client shows
 * 1096 − PaymentExoneratedDays as the days left).
 */
export interface Art35Exemption {
  firstExemptionDate: string;
  paymentExemptedDays: number;
}

/** EXONERATIONS (MODELLED: no public client parses its reply): the exemptions of the RMI law by article. */
export interface Exemption {
  article: '22' | '35';
  firstExemptionDate: string;
  paymentExemptedDays: number;
}

/** GPMI_PIIS: the subsidy for the guidance of a general PIIS (individualised social integration project), one year, prolongable by one. */
export interface PiisSubsidy {
  period: [string, string];
  prolongationPeriod: [string, string];
}

interface PersonExemptions {
  art35?: Art35Exemption;
  others?: Exemption[];
  piis?: PiisSubsidy;
  /** STATUT65 (MODELLED): the person falls under the law of 2 April 1965 (equivalent leefloon) from this day. */
  statut65From?: string;
}

/** standard: works part-time since 2025-03-01 under the art. 35 exemption, within her general PIIS of 2025. */
const TABLE: Record<string, PersonExemptions> = {
  [SSIN.standard]: {
    art35: { firstExemptionDate: '2025-03-01', paymentExemptedDays: 240 },
    others: [{ article: '35', firstExemptionDate: '2025-03-01', paymentExemptedDays: 240 }],
    piis: { period: ['2025-01-01', '2025-12-31'], prolongationPeriod: ['2026-01-01', '2026-12-31'] },
  },
};

export function exemptionsOf(ssin: string): PersonExemptions {
  return TABLE[ssin] ?? {};
}
