import type { Ctx } from './context';
import type { XmlElement } from '../../../xml/node';
import { child, childrenNamed, childText, elements } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import type { ClassicResult } from '../../types';
import { argumentMissing } from '../../../soap/classicErrors';
import { parseXsdDate } from '../../../domain/dates';
import type { Attest, BeneficiaryCategory } from '../../../sources/podmi';
import { monthlyAmount } from '../../../sources/podmi/scale';
import { raiseAlerts } from '../../podmi-alerts';
import { declareRows, endOfDuration, errorsOnForm, loi65Form, readFile, rowId, trueFlags, uniqueAttestIdOf } from '../../loi65-declaration';

/** The State's refund share POD MI answers for an accepted beneficiary (MODELLED: 100 %, in hundredths of a percent). */
const STATE_SHARE = 10000;

/**
 * P02 OCMWCPASWet65Loi65AB (MODELLED version, contracts-wave2.md §3): forms A, B1 and B2 of the
 * Loi 65 (equivalent leefloon). POD MI decides the form B1 once per beneficiary (the primary one,
 * then each secondary one: one DecisionResult each; src/sources/podmi/rules.ts PMI060-PMI062). An
 * accepted B1 granting financial aid opens an EQUIVALENT_LIVING_WAGE period of the primary
 * beneficiary (S20, P08), from EntryDate for its Duration (open when none). Form A and forms B2
 * are read by the schema only: POD MI answers no decision on them (MODELLED).
 */
export function loi65AB(request: XmlElement, ctx: Ctx): ClassicResult {
  const file = readFile(request, ctx);
  const b1 = child(request, 'CommonDecisionB1');
  if (!b1) throw argumentMissing('CommonDecisionB1');
  const attestId = childText(b1, 'UniqueAttestID')!;
  const entry = parseXsdDate(childText(b1, 'EntryDate')!)!;
  const requested = trueFlags(child(b1, 'RequestedAids'));
  const rawCategory = childText(b1, 'Situation', 'Category');
  const category = rawCategory === undefined ? null : Number(rawCategory);
  const financial = requested.includes('FinancialAid');
  const common = {
    form_type: 'B1' as const,
    entry_date: entry,
    end_date: endOfDuration(entry, child(b1, 'Duration')),
    beneficiary_category: category,
    decision_date: parseXsdDate(childText(b1, 'DecisionDate')!),
    details: JSON.stringify({ fileId: file.fileId, requestedAids: requested, socialAids: socialAids(b1), juridicalProcedure: childText(b1, 'JuridicalProcedure') === 'true' }),
  };
  const primary = loi65Form(file, {
    ...common,
    attest_id: attestId,
    ssin: childText(b1, 'IdentificationPrimaryBeneficiary', 'SSIN')!,
    suffix: 0,
    // The financial aid is the primary beneficiary's: his row opens the period (MODELLED amount: the scale of his category).
    council_decision: financial ? 'GRANTED' : null,
    monthly_amount: financial && category ? monthlyAmount(category as BeneficiaryCategory, entry) : null,
  });
  const secondary = childrenNamed(b1, 'IdentificationSecondaryBeneficiary').map((s) => {
    const suffix = Number(childText(s, 'Suffix'));
    return loi65Form(file, { ...common, attest_id: rowId(attestId, suffix), ssin: childText(s, 'SSIN')!, suffix });
  });
  const { attests, details } = declareRows(ctx, [primary, ...secondary], (attest) => raiseAlerts(ctx.sources, attest, ctx.now));
  return { reply: { FileIdentification: { KBOBCE: file.cbe, FileID: file.fileId }, DecisionResult: attests.map((a) => decisionResult(a, requested)) }, details };
}

/**
 * The social aids (rubrics 41-45) the B1 grants each beneficiary: an Art60p7 or ActivationType
 * given, or a boolean set to true. A refund form D1 (P05) gets their amounts refunded.
 */
function socialAids(b1: XmlElement): Record<string, string[]> {
  const granted = (aids: XmlElement | undefined) => (aids ? elements(aids).filter((c) => (c.local === 'Art60p7' || c.local === 'ActivationType' ? true : childText(c) === 'true')).map((c) => c.local) : []);
  return { PrimaryBeneficiaryAids: granted(child(b1, 'PrimaryBeneficiaryAids')), PartnerAids: granted(child(b1, 'PartnerAids')) };
}

function decisionResult(a: Attest, requested: string[]): XmlObject {
  const refused = a.decision.evaluation === 'REFUSED';
  // A secondary beneficiary shares the aids of the file but not the primary one's financial aid.
  const refunded = refused ? [] : requested.filter((r) => a.form.suffix === 0 || r !== 'FinancialAid');
  return {
    UniqueAttestID: uniqueAttestIdOf(a),
    ReferenceSPP_POD: a.decision.reference,
    SSIN: a.form.ssin,
    Suffix: a.form.suffix ?? 0,
    EntryDate: a.form.entry_date,
    Percentage: refused ? undefined : STATE_SHARE,
    Evaluation: a.decision.evaluation,
    ErrorsOnForm: errorsOnForm(a),
    RefundedAids: Object.fromEntries(REFUNDED_ORDER.filter((n) => refunded.includes(n)).map((n) => [n, 'true'])),
    MaximumDate: a.decision.granted_end ?? undefined,
  };
}

/** The order of RefundedAids in the reply schema. */
const REFUNDED_ORDER = ['FinancialAid', 'MedicalAndPharmaceuticalCosts', 'MutBaseContribution', 'MutComplementaryContribution', 'MutRegularization', 'RepatriationCosts', 'PlacementCosts', 'HousingCosts', 'BirthAllowance', 'GuaranteedChildAllowances', 'OtherRequestedAids'];
