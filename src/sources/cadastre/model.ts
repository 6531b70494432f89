/**
 * The vocabulary of the cadastre (src/sources/cadastre): the rights held on a parcel, the
 * natures of parcels, one parcel and one right as the tables hold them.
 */

/** Full ownership (volle eigendom), bare ownership (blote eigendom), usufruct (vruchtgebruik). */
export const RIGHT = { FULL: 'FULL_OWNERSHIP', BARE: 'BARE_OWNERSHIP', USUFRUCT: 'USUFRUCT' } as const;
export type RightKind = (typeof RIGHT)[keyof typeof RIGHT];

/**
 * Natures of parcels (aard / nature), with their descriptions. MODELLED: a handful of the
 * cadastre's nature codes, named after what they describe, not the official numeric list.
 */
export const NATURES = {
  HOUSE: { nl: 'Huis', fr: 'Maison', de: 'Haus' },
  FLAT: { nl: 'Appartement', fr: 'Appartement', de: 'Wohnung' },
  GARAGE: { nl: 'Garage', fr: 'Garage', de: 'Garage' },
  BUILDING_LAND: { nl: 'Bouwgrond', fr: 'Terrain à bâtir', de: 'Baugrundstück' },
  PASTURE: { nl: 'Weiland', fr: 'Pâture', de: 'Weide' },
  COMMERCIAL_BUILDING: { nl: 'Handelshuis', fr: 'Maison de commerce', de: 'Geschäftshaus' },
  WAREHOUSE: { nl: 'Magazijn', fr: 'Entrepôt', de: 'Lagerhaus' },
} as const;
export type NatureCode = keyof typeof NATURES;

/** One cadastral parcel (cadastre_parcel). */
export interface Parcel {
  id: number;
  /** NIS code of the municipality. */
  nis: string;
  /** The cadastral division (afdeling), five digits (./municipalities.ts). */
  division_code: string;
  section: string;
  /** e.g. 0412/02B000 */
  parcel_number: string;
  nature: NatureCode;
  /** Square metres. */
  surface: number;
  /** Non-indexed cadastral income, euros a year. */
  cadastral_income: number;
  street: string | null;
  house_number: string | null;
}

/** One right on a parcel, held by a person (owner_ssin) or an enterprise (owner_kbo) (cadastre_right). */
export interface Right {
  id: number;
  parcel_id: number;
  owner_ssin: string | null;
  owner_kbo: string | null;
  /** As the cadastre writes it (LAST First, or the enterprise's name). */
  owner_name: string;
  right_type: RightKind;
  share_numerator: number;
  share_denominator: number;
  /** The deed that gave the right. */
  begin_date: string;
  /** The deed that ended it (sale, transfer); null while it is held. */
  end_date: string | null;
}

/** A right with its parcel: what the services read. */
export type ParcelRight = Right & { parcel: Parcel };
