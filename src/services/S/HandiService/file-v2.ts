import type { XmlObject } from '../../../xml/build';
import type { HandiCard, HandiFile, HandiPayment, HandiRecognition, HandiRight } from '../../../sources/handi';
import type { RrAddress } from '../../../sources/rr';
import type { Identity } from '../../../sources/persons';
import type { Part } from './parts';

const bool = (n: number | null) => n === 1;
const money = (n: number) => n.toFixed(2);

/** Where the DGPH writes to the person: the name and the National Register address (street and city in both languages). */
export function personData(person: Pick<Identity, 'lastName' | 'firstName'>, address: RrAddress | undefined): XmlObject {
  const names = (nl: string | null, fr: string | null) => [nl && { '@language': 'NL', '#text': nl }, fr && fr !== nl && { '@language': 'FR', '#text': fr }].filter(Boolean) as XmlObject[];
  return {
    lastName: person.lastName.slice(0, 48),
    firstName: person.firstName ? person.firstName.slice(0, 24) : undefined,
    address: address && {
      '@class': address.country === 150 ? 'belgianAddress' : 'foreignAddress',
      // The DGPH's street codes have 10 digits; the National Register's 8-digit code padded.
      streetCode: address.street_code ? address.street_code.padStart(10, '0') : undefined,
      streetName: names(address.street_nl, address.street_fr),
      houseNumber: address.house_number ?? undefined,
      boxNumber: address.box ?? undefined,
      postalCode: address.postal_code ?? undefined,
      cityCode: address.nis_code ?? undefined,
      cityName: names(address.municipality_nl, address.municipality_fr),
      countryCode: String(address.country),
      date: address.begin_date,
    },
  };
}

/** evolutionOfRequest at a day: pending while the file is incomplete or the decision not taken. */
export function evolution(file: HandiFile, day: string, withRecognitionPending: boolean): XmlObject | undefined {
  const r = file.request;
  if (!r) return undefined;
  const completed = r.completion_date !== null && r.completion_date <= day;
  const decided = r.decision_date !== null && r.decision_date <= day;
  return {
    legislation: decided ? 0 : r.legislation,
    requestDate: r.request_date,
    administrativePendingRequest: !completed,
    handicapRecognitionPending: withRecognitionPending ? !decided : undefined,
    fileCompletionDate: completed ? r.completion_date! : undefined,
    appeal: r.appeal === 1,
  };
}

export const details = (r: HandiRecognition): XmlObject => ({
  lowerLimbs50p: bool(r.lower_limbs_50p),
  fullBlindness: bool(r.full_blindness),
  upperLimbsAmputated: bool(r.upper_limbs_amputated),
  upperLimbsParalyzed: bool(r.upper_limbs_paralyzed),
});

/** The medical result of a recognition: the autonomy scores of an adult, the three pillars of a child. */
export function result(r: HandiRecognition): XmlObject {
  if (r.kind === 'CHILD') {
    const total = (r.pillar1 ?? 0) + (r.pillar2 ?? 0) + (r.pillar3 ?? 0);
    return {
      resultRecognitionChild: {
        pillars: { pillar1: r.pillar1 ?? undefined, pillar2: r.pillar2 ?? undefined, pillar3: r.pillar3 ?? undefined, pillarsTotal: total },
      },
    };
  }
  const scores = [r.mobility, r.nourishment, r.hygiene, r.household, r.supervision, r.social_skills];
  return {
    resultRecognitionAdult: {
      diminuationIndependence: {
        mobility: r.mobility ?? undefined, nourishment: r.nourishment ?? undefined, hygiene: r.hygiene ?? undefined,
        household: r.household ?? undefined, supervision: r.supervision ?? undefined, socialSkills: r.social_skills ?? undefined,
        totalPoints: scores.reduce<number>((a, b) => a + (b ?? 0), 0),
      },
      diminuationEarnings: r.reduced_earnings === null ? undefined : bool(r.reduced_earnings),
    },
  };
}

export const period = (right: HandiRight): XmlObject => ({ beginDate: right.begin_date, endDate: right.end_date ?? undefined });

export const dgphRights = (right: HandiRight): XmlObject => ({
  period: period(right),
  legislation: right.legislation,
  totalMonthAmount: money(right.total_month_amount),
  monthAmount: money(right.month_amount),
  categoryIVT: right.category_ivt,
  categoryIT: right.category_it,
  partnerIncome: bool(right.partner_income),
});

export const card = (c: HandiCard, categoryName: 'cardCategory' | 'cardType'): XmlObject => ({
  deliveryDate: c.delivery_date,
  endDate: c.end_date ?? undefined,
  cardNumber: c.card_number,
  [categoryName]: c.category,
});

export const payment = (p: HandiPayment): XmlObject => ({ yearMonth: p.month, amount: money(p.amount), cancelledPayment: p.cancelled === 1 });

/** The v2 DGPH file: the address, then the parts asked and allowed that hold data. */
export function dgphFile(file: HandiFile, parts: Part[], day: string, address: XmlObject): XmlObject {
  const want = new Set(parts);
  return {
    addressHandicappedPerson: address,
    evolutionOfRequest: want.has('evolutionOfRequest') ? evolution(file, day, true) : undefined,
    handicapRecognitions:
      want.has('handicapRecognitions') && file.recognitions.length > 0
        ? {
            handicapRecognition: file.recognitions.slice(-4).map((r) => ({
              recognitionStatus: { dateOfDecision: r.decision_date, startDateRecognition: r.begin_date, endDateRecognition: r.end_date ?? undefined },
              handicapRecognitionDetails: details(r),
              ...result(r),
            })),
          }
        : undefined,
    rights: want.has('rights') && file.right ? dgphRights(file.right) : undefined,
    socialCards: want.has('socialCards') && file.cards.length > 0 ? { socialCard: file.cards.slice(-2).map((c) => card(c, 'cardCategory')) } : undefined,
  };
}

/** The v2 VSB file: the request and the care budget, the only parts VSB holds. */
export function vsbFile(file: HandiFile, parts: Part[], day: string): XmlObject {
  const want = new Set(parts);
  return {
    evolutionOfRequest: want.has('evolutionOfRequest') ? evolution(file, day, false) : undefined,
    rights: want.has('rights') && file.right ? { period: period(file.right), legislation: file.right.legislation, totalMonthAmount: money(file.right.total_month_amount) } : undefined,
  };
}
