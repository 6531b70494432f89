/** The vocabulary of FOD Economie's social-tariff database (Soctar, src/sources/soctar). */

/**
 * The social rights KSZ communicates to FOD Economie that give the household the social energy
 * tariff: the leefloon or its equivalent (an OCMW), the disability allowances ARR/IT and APA (the
 * DGPH), the income guarantee for the elderly GRAPA/IGO (the pension service).
 */
export type SocialRightCategory = 'LIVING_WAGE' | 'EQUIVALENT_LIVING_WAGE' | 'DISABILITY_ALLOWANCE' | 'GRAPA';

/**
 * The KSZ sector of the institution that communicated a right, the `organization` attribute of a
 * protected person's rightPeriod (MODELLED: the contract types it as an int and says no more).
 * The DGPH belongs to the FOD Sociale Zekerheid (sector 16).
 */
export const ORGANIZATION: Record<SocialRightCategory, number> = {
  LIVING_WAGE: 17,
  EQUIVALENT_LIVING_WAGE: 17,
  DISABILITY_ALLOWANCE: 16,
  GRAPA: 5,
};

/** A protected person's right, as KSZ communicated it (a derived row). */
export interface SocialRight {
  id: number;
  ssin: string;
  category: SocialRightCategory;
  organization: number;
  begin_date: string;
  /** The last day; null while it runs. */
  end_date: string | null;
}

export type Product = 'E' | 'G';

/** An energy contract as the supplier reported it to FOD Economie, at its supply address. */
export interface EnergyContract {
  id: number;
  /** The final customer: the person the contract is in the name of. */
  ssin: string;
  supplier_name: string;
  cust_id: string;
  last_name: string;
  first_names: string | null;
  street: string;
  house_number: string | null;
  box: string | null;
  postal_code: string;
  city: string;
  /** The 18-digit EAN code of the access point. */
  ean: string;
  product: Product;
  supplier_start: string;
  supplier_end: string | null;
}
