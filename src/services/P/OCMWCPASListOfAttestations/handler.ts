import type { Ctx } from './context';
import { child, childText, XmlElement } from '../../../xml/node';
import { Prefixed, XmlObject } from '../../../xml/build';
import type { ClassicResult } from '../../types';
import { parseXsdDate } from '../../../domain/dates';
import { argumentInvalid } from '../../../soap/classicErrors';
import type { Attest, FormType } from '../../../sources/podmi';
import { exemptionsOf } from '../../../sources/podmi/exemptions';
import { attestationOf, periodOf, withOffset } from './attestation';

/** The request types the CPAS software sends (contracts.md §3.5); PRIMEINSTALLATION is the spelling of issue 13, taken as PRIME_INSTALLATION. */
export const REQUEST_TYPES = ['EXONERATIONS', 'EXONERATIONSART35', 'FORMULAIRES', 'GPMI_PIIS', 'PRIME_INSTALLATION', 'PRIMEINSTALLATION', 'STATUT65'] as const;

const overlaps = (b1: string, e1: string | null, b2: string | undefined, e2: string | undefined) => (e2 === undefined || b1 <= e2) && (e1 === null || b2 === undefined || b2 <= e1);

/**
 * P08 OCMWCPASListOfAttestations 20080317: what POD MI knows of one person, by RequestType.
 * FORMULAIRES: the caller's own forms B, C and F (and the Loi 65 forms B1 and C65 of P02 and P07) for the person (KBOBCE, when sent, must be the
 * caller), with POD MI's decision, read live from its store: only decisions visible on the
 * emulator's clock, not the forms a correction replaced; a stop or a change shortens a grant's
 * Duration at once. PRIME_INSTALLATION: the person's installation premiums (P03) of every OCMW
 * (once in a lifetime: the OCMW must see another's). SearchPeriod, when sent, keeps the forms
 * whose period meets it. The other types read a fixed table (src/sources/podmi/exemptions.ts).
 * An empty list is ReturnCode 0 with no Attestation.
 */
export function listOfAttestations(request: XmlElement, ctx: Ctx): ClassicResult {
  const ssin = ctx.target?.ssin ?? childText(request, 'SocialSecurityUser') ?? '';
  const type = childText(request, 'RequestType') as (typeof REQUEST_TYPES)[number];
  const known = exemptionsOf(ssin);
  switch (type) {
    case 'FORMULAIRES': {
      const caller = ctx.caller!.organisation.cbe_number;
      const cbe = childText(request, 'KBOBCE') ?? caller;
      if (cbe !== caller) throw argumentInvalid('KBOBCE', cbe, `an OCMW lists its own forms: your organisation is ${caller}`);
      return { reply: { Attestation: attestations(request, ctx, ssin, ['B', 'C', 'F', 'B1', 'C65', 'D1', 'D2', 'F65'], cbe) } };
    }
    case 'PRIME_INSTALLATION':
    case 'PRIMEINSTALLATION':
      return { reply: { Attestation: attestations(request, ctx, ssin, ['I']) } };
    case 'EXONERATIONSART35': {
      const a = known.art35;
      return { reply: { ExonerationArt35: { '@hasExoneration': a ? 'true' : 'false', FirstExonerationDate: a && withOffset(a.firstExemptionDate), PaymentExoneratedDays: a?.paymentExemptedDays } } };
    }
    case 'EXONERATIONS': {
      const all = known.others ?? [];
      const exoneration: XmlObject[] = all.map((e) => ({ Article: e.article, FirstExonerationDate: withOffset(e.firstExemptionDate), PaymentExoneratedDays: e.paymentExemptedDays }));
      return { reply: { Exonerations: { '@hasExoneration': all.length ? 'true' : 'false', Exoneration: exoneration } } };
    }
    case 'GPMI_PIIS': {
      const p = known.piis;
      // period and prolongationPeriod carry unqualified StartDate / EndDate, as the clients read them.
      const period = (d: [string, string]) => new Prefixed('', { StartDate: d[0], EndDate: d[1] });
      return { reply: { GpmiPiis: { '@hasAttestation': p ? 'true' : 'false', period: p && period(p.period), prolongationPeriod: p && period(p.prolongationPeriod) } } };
    }
    case 'STATUT65':
      return { reply: { Statut65: { '@hasStatut': known.statut65From ? 'true' : 'false', StartDate: known.statut65From && withOffset(known.statut65From) } } };
    default:
      throw argumentInvalid('RequestType', type);
  }
}

/** The forms of `types` for the person (of `cbe` only, when given) whose decision is visible, in the order of their dates. */
function attestations(request: XmlElement, ctx: Ctx, ssin: string, types: FormType[], cbe?: string): XmlObject[] {
  const podmi = ctx.sources.podmi;
  const now = ctx.now.toISOString();
  const periods = podmi.periods(ssin, now);
  const search = child(request, 'SearchPeriod');
  const day = (name: string) => {
    const raw = childText(search, name);
    return raw === undefined ? undefined : parseXsdDate(raw) ?? raw;
  };
  const [from, to] = [day('StartDate'), day('EndDate')];
  const shown = podmi.store
    .attestsOf(ssin)
    .filter((a) => types.includes(a.form.form_type) && (cbe === undefined || a.form.ocmw_cbe === cbe) && a.form.superseded_by === null && a.decision.visible_from <= now);
  return shown
    .map((a: Attest) => ({ a, period: periodOf(a, periods.find((p) => p.id === -a.form.id)) }))
    .filter(({ a, period }) => overlaps(a.form.entry_date, period ? period[1] : a.form.form_type === 'B' || a.form.form_type === 'B1' ? a.form.end_date : a.form.entry_date, from, to))
    .sort((x, y) => (x.a.form.entry_date < y.a.form.entry_date ? -1 : x.a.form.entry_date > y.a.form.entry_date ? 1 : x.a.form.id - y.a.form.id))
    .map(({ a, period }) => attestationOf(a, period));
}
