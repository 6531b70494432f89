/** Which administration holds a disability file: the federal DGPH or the Flemish VSB (Vlaamse sociale bescherming). */
export type HandiSource = 'DGPH' | 'VSB';

/**
 * The evolution of a request: what was asked and where the file stands. `legislation` is the
 * legislation asked for (1/2 child supplement, 3 ARR/IT, 4 APA; 0 none pending).
 */
export interface HandiRequest {
  id: number;
  ssin: string;
  source: HandiSource;
  legislation: number;
  request_date: string;
  /** The day the file was complete (all medical and administrative data in). */
  completion_date: string | null;
  /** The day the decision was taken; null = still pending. */
  decision_date: string | null;
  appeal: number;
}

/** A recognition of a handicap (DGPH only): the medical evaluation of an adult or a child. */
export interface HandiRecognition {
  id: number;
  ssin: string;
  decision_date: string;
  begin_date: string;
  end_date: string | null;
  kind: 'ADULT' | 'CHILD';
  /** The four specific handicaps (0/1), which open the parking card and fiscal advantages. */
  lower_limbs_50p: number;
  full_blindness: number;
  upper_limbs_amputated: number;
  upper_limbs_paralyzed: number;
  /** Adult: the six autonomy scores (0..3 each) and a reduced earning capacity (0/1). */
  mobility: number | null;
  nourishment: number | null;
  hygiene: number | null;
  household: number | null;
  supervision: number | null;
  social_skills: number | null;
  reduced_earnings: number | null;
  /** Child: the three pillars of the evaluation (0..6, 0..12, 0..18). */
  pillar1: number | null;
  pillar2: number | null;
  pillar3: number | null;
}

/** A right to an allowance: legislation 3 = ARR/IT (income replacement and integration), 4 = APA; at VSB the care budget. */
export interface HandiRight {
  id: number;
  ssin: string;
  source: HandiSource;
  begin_date: string;
  end_date: string | null;
  legislation: number;
  total_month_amount: number;
  /** The income-replacement part (ARR) of the total; the rest is the integration allowance. */
  month_amount: number;
  /** ARR category A, B or C; '-' when there is no ARR. */
  category_ivt: string;
  /** Integration allowance (or APA) category 1..5; 0 = none. */
  category_it: number;
  partner_income: number;
}

/** A social card delivered by the DGPH: the parking card or the reduction card (public transport). */
export interface HandiCard {
  id: number;
  ssin: string;
  delivery_date: string;
  end_date: string | null;
  card_number: string;
  category: 'PARKINGCARD' | 'REDUCTIONCARD';
}

/** One monthly payment of an allowance. */
export interface HandiPayment {
  id: number;
  ssin: string;
  source: HandiSource;
  /** yyyy-mm */
  month: string;
  amount: number;
  cancelled: number;
}

/** Everything one administration knows of a person at a reference date. */
export interface HandiFile {
  request?: HandiRequest;
  recognitions: HandiRecognition[];
  right?: HandiRight;
  cards: HandiCard[];
}
