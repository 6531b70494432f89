import type { XmlObject } from '../../../xml/build';
import { divisionName, municipalityName, municipalityOf, NATURES, ParcelRight, Right } from '../../../sources/cadastre';
import type { Ctx } from './context';
import type { Criteria } from './criteria';

/** Whether a right was held at some time in [begin, end] (dates yyyy-mm-dd). */
const heldDuring = (r: Right, begin: string, end: string) => r.begin_date <= end && (r.end_date ?? '9999-12-31') >= begin;

/** The rights the criteria's dates ask for: held today, ever held (up to today), or held in the period. */
export function rightsAsked(rights: ParcelRight[], criteria: Criteria, today: string): ParcelRight[] {
  const scope = criteria.scope;
  if (scope.kind === 'HISTORY') return rights.filter((r) => r.begin_date <= today);
  if (scope.kind === 'PERIOD') return rights.filter((r) => heldDuring(r, scope.begin, scope.end ?? today));
  return rights.filter((r) => heldDuring(r, today, today));
}

const amount = (euros: number) => euros.toFixed(2);
const validity = (r: Right) => ({ beginDate: r.begin_date, endDate: r.end_date ?? undefined });
const right = (r: Right) => ({ type: r.right_type, share: { numerator: r.share_numerator, denominator: r.share_denominator } });

/** One property as the contract writes it (PropertyType), its co-owners when asked. */
export function propertyXml(r: ParcelRight, criteria: Criteria, ctx: Ctx): XmlObject {
  const p = r.parcel;
  const m = municipalityOf(p.nis);
  const lang = criteria.language;
  const nature = NATURES[p.nature];
  return {
    parcel: {
      municipality: { nisCode: p.nis, name: municipalityName(m, lang) },
      division: { code: p.division_code, name: divisionName(p.division_code, lang) },
      section: p.section,
      parcelNumber: p.parcel_number,
      nature: { code: p.nature, description: lang === 'FR' ? nature.fr : lang === 'DE' ? nature.de : nature.nl },
      surface: p.surface,
      cadastralIncome: amount(p.cadastral_income),
    },
    address: p.street ? { street: p.street, houseNumber: p.house_number ?? undefined, postalCode: m.postalCode, municipality: municipalityName(m, lang) } : undefined,
    right: right(r),
    validity: validity(r),
    coOwners: criteria.withCoOwners ? coOwnersXml(r, ctx) : undefined,
  };
}

/** The other rights on the parcel that overlapped this one (its co-owners, bare owners, usufructuaries). */
function coOwnersXml(r: ParcelRight, ctx: Ctx): XmlObject | undefined {
  const others = ctx.sources.cadastre
    .rightsOnParcel(r.parcel_id)
    .filter((o) => o.id !== r.id && heldDuring(o, r.begin_date, r.end_date ?? '9999-12-31'));
  if (others.length === 0) return undefined;
  return {
    coOwner: others.map((o) => ({
      ...(o.owner_ssin ? { ssin: o.owner_ssin } : { enterpriseNumber: o.owner_kbo }),
      name: o.owner_name,
      right: right(o),
      validity: validity(o),
    })),
  };
}
