import { child, childText, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, informationCBSS, invalidField, NO_DATA_FOUND, status } from '../../../soap/newstyle';
import { StatusError } from '../../types';
import type { FullFile, PaymentPeriod } from '../../../sources/childbenefits';
import { readOnce } from '../../read-once';
import type { Ctx } from './context';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The request's searchPeriod{beginDate, endDate?} (months); an end before the beginning is MSG00008. */
const periodOf = readOnce((request: XmlElement): { from: string; until: string | null } => {
  const period = child(request, 'searchPeriod');
  const from = childText(period, 'beginDate')?.trim() ?? '';
  const until = childText(period, 'endDate')?.trim() ?? null;
  if (!MONTH.test(from)) throw invalidField('searchPeriod/beginDate', from);
  if (until !== null && (!MONTH.test(until) || until < from)) throw invalidField('searchPeriod/endDate', until);
  return { from, until };
});

export const validate = (request: XmlElement) => void periodOf(request);

const firstDay = (month: string) => `${month}-01`;
const lastDay = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
const paymentPeriod = (p: PaymentPeriod): XmlObject => ({ beginDate: firstDay(p.begin_month), endDate: p.end_month ? lastDay(p.end_month) : undefined });

/**
 * One Cadaf dossier: its identifier (fund, office, file number; a Flemish file, which has no
 * number, is named by its fund and child), the entitled person, the recipients with their basic
 * payment periods and birth bonuses, the children with theirs.
 */
function dossier(f: FullFile): XmlObject {
  const basic = (ssin: string) => f.periods.filter((p) => p.ssin === ssin && p.category === 'BASIC').map(paymentPeriod);
  const children = f.members.filter((m) => m.role === 'CHILD');
  return {
    cadafID: { cbfFundID: f.fund_code, officeNbr: f.office_number, dossierID: f.file_number || `${f.fund_code}${children[0]?.ssin ?? ''}` },
    actorList: {
      entitledPerson: { ssin: f.entitled_ssin },
      recipientList: {
        recipient: f.members
          .filter((m) => m.role === 'BENEFICIARY')
          .map((m) => ({ ssin: m.ssin, type: m.recipient_type ?? 1, paymentPeriod: basic(m.ssin), birthBonus: f.bonuses.filter((b) => b.category === 'BIRTH').map((b) => ({ paymentDate: b.payment_date })) })),
      },
      beneficiaryChildList: children.length
        ? { beneficiaryChild: children.map((m) => ({ ssin: m.ssin, paymentPeriod: basic(m.ssin), adoptionBonus: f.bonuses.filter((b) => b.ssin === m.ssin && b.category === 'ADOPTION').map((b) => ({ paymentDate: b.payment_date })) })) }
        : undefined,
    },
  };
}

/** The head of a Cadaf reply: no legalContext (the contract has none in its reply). */
function head(request: XmlElement, ctx: Ctx): XmlObject {
  return { informationCustomer: child(request, 'informationCustomer'), informationCBSS: informationCBSS(ctx), ssin: child(request, 'ssin'), searchPeriod: child(request, 'searchPeriod') };
}

/** familyAllowancesConsult: every dossier of every fund that names the person and overlaps the months asked. */
export function familyAllowancesConsult(request: XmlElement, ctx: Ctx): XmlObject {
  const { from, until } = periodOf(request);
  const ssin = ctx.target?.ssin ?? childText(request, 'ssin')?.trim() ?? '';
  const files = ctx.sources.childbenefits.files(ssin, undefined, from, until);
  return { ...head(request, ctx), status: files.length ? DATA_FOUND() : NO_DATA_FOUND(), cadafDossier: files.slice(0, 999).map(dossier) };
}

/** A refusal in Cadaf's shape: the head without legalContext, the status. */
export function refusal(request: XmlElement, ctx: Ctx, error: StatusError): XmlObject {
  return { ...head(request, ctx), status: status(error.value, error.def, error.information) };
}
