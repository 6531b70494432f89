import type { Ctx } from './context';
import type { XmlElement } from '../../../xml/node';
import { child, childrenNamed } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import type { ClassicResult } from '../../types';
import { argumentMissing } from '../../../soap/classicErrors';
import type { Attest } from '../../../sources/podmi';
import { AcceptedLine, AMOUNT_KEYS, equivalentFiles, fileFor, refundDetails } from '../../../sources/podmi/refunds';
import { declareRows, errorsOnForm, readFile } from '../../loi65-declaration';
import { formD1, formD2, formF } from './request';

/**
 * P05 OCMWCPASWet65Loi65DF (MODELLED version, contracts-wave2.md §3): the Loi 65 refund forms D1
 * (the OCMW's own aids of a month) and D2 (a care institution's costs), and the recovery form F.
 * POD MI judges each against the beneficiary's equivalent-leefloon file, the accepted form B1 of
 * the same OCMW (src/sources/podmi/rules.ts PMI070-PMI074): one DecisionResultDF per form, a
 * refund with the amount it accepts of each delivered amount. Refunds and recoveries change no
 * right (S20 and L036 do not show them); P08 FORMULAIRES lists them.
 */
export function loi65DF(request: XmlElement, ctx: Ctx): ClassicResult {
  const file = readFile(request, ctx);
  const d1 = child(request, 'RefundformD1');
  const d2s = childrenNamed(request, 'RefundFormD2');
  const fs = childrenNamed(request, 'RecoveringFormF');
  if (!d1 && d2s.length === 0 && fs.length === 0) throw argumentMissing('RefundformD1 | RefundFormD2 | RecoveringFormF');
  const rows = [...d2s.map((d2) => formD2(file, d2)), ...fs.map((f) => formF(file, f))];
  if (d1) {
    // A D1 names no suffix: it is the suffix of the file it belongs to (0 when there is none).
    const form = formD1(file, d1, 0);
    const found = fileFor(form, equivalentFiles(ctx.sources.podmi.store.attestsOf(form.ssin)));
    rows.unshift({ ...form, suffix: found?.suffix ?? 0 });
  }
  const { attests, details } = declareRows(ctx, rows);
  return { reply: { FileIdentification: { KBOBCE: file.cbe, FileID: file.fileId }, DecisionResultDF: attests.map(decisionResult) }, details };
}

function decisionResult(a: Attest): XmlObject {
  const f = a.form;
  const refund = f.form_type !== 'F65';
  const amounts = a.decision.amounts;
  return {
    ReferenceMonth: f.form_type === 'D1' ? f.entry_date.slice(0, 7) : undefined,
    EntryDate: f.form_type === 'D2' ? f.entry_date : undefined,
    ReferenceDate: f.form_type === 'F65' ? f.entry_date : undefined,
    UniqueAttestID: f.attest_id,
    ReferenceSPP_POD: a.decision.reference,
    SSIN: f.ssin,
    Suffix: f.suffix ?? 0,
    Evaluation: a.decision.evaluation,
    ManualVerificationCode: refund ? String(refundDetails(f).juridicalProcedure === true) : undefined,
    ErrorsOnForm: errorsOnForm(a),
    DecisionOnAmounts: amounts ? decisionOnAmounts(amounts.lines) : undefined,
    TotalAcceptedAmount: amounts?.total,
  };
}

/** DecisionOnAmounts in the schema's order: a decisionType per delivered amount, the bills each with its number, the nested ones under their parent. */
function decisionOnAmounts(lines: AcceptedLine[]): XmlObject {
  const out: XmlObject = {};
  const decision = (l: AcceptedLine) => ({ AcceptedAmount: l.accepted, Percentage: l.percentage });
  for (const [key] of AMOUNT_KEYS) {
    const mine = lines.filter((l) => l.key === key);
    if (mine.length === 0) continue;
    if (key === 'HospitalizationcostsBill') {
      out.HospitalizationcostsBill = mine.map((l) => ({ Number: l.number, Amount: decision(l) }));
      continue;
    }
    const [parent, name] = key.split('/');
    if (name === undefined) out[key] = decision(mine[0]);
    else ((out[parent] ??= {}) as XmlObject)[name] = decision(mine[0]);
  }
  return out;
}
