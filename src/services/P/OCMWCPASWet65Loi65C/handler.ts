import type { Ctx } from './context';
import type { XmlElement } from '../../../xml/node';
import { child, childrenNamed, childText } from '../../../xml/node';
import type { ClassicResult } from '../../types';
import { argumentMissing } from '../../../soap/classicErrors';
import { parseXsdDate } from '../../../domain/dates';
import { declareRows, errorsOnForm, loi65Form, readFile, uniqueAttestIdOf } from '../../loi65-declaration';

/**
 * P07 OCMWCPASWet65Loi65C (MODELLED version, contracts-wave2.md §3): the Loi 65 form C, one per
 * beneficiary, cancels the equivalent leefloon from EntryDate. POD MI refuses a form C when the
 * OCMW has no accepted B1 grant running for the beneficiary then (PMI063); an accepted one ends
 * the EQUIVALENT_LIVING_WAGE period the day before (S20, P08). IntegrationSecondaryBeneficiary is
 * read by the schema only.
 */
export function loi65C(request: XmlElement, ctx: Ctx): ClassicResult {
  const file = readFile(request, ctx);
  const forms = childrenNamed(request, 'CancellationFormC');
  if (forms.length === 0) throw argumentMissing('CancellationFormC');
  const rows = forms.map((c) => {
    const cancel = child(c, 'AidCancellation');
    return loi65Form(file, {
      form_type: 'C65',
      attest_id: childText(c, 'UniqueAttestID')!,
      ssin: childText(c, 'SSIN')!,
      suffix: Number(childText(c, 'Suffix')),
      entry_date: parseXsdDate(childText(c, 'EntryDate')!)!,
      decision_date: parseXsdDate(childText(cancel, 'DecisionDate')!),
      decision_nature: Number(childText(cancel, 'Decisionnature')),
      details: JSON.stringify({ fileId: file.fileId, cancellationReason: childText(cancel, 'CancellationReason'), formerCformcancellation: childText(c, 'FormerCformcancellation') ?? null }),
    });
  });
  const { attests, details } = declareRows(ctx, rows);
  return {
    reply: {
      FileIdentification: { KBOBCE: file.cbe, FileID: file.fileId },
      DecisionResultC: attests.map((a) => ({
        EntryDate: a.form.entry_date,
        UniqueAttestID: uniqueAttestIdOf(a),
        ReferenceSPP_POD: a.decision.reference,
        SSIN: a.form.ssin,
        Suffix: a.form.suffix ?? 0,
        Evaluation: a.decision.evaluation,
        ErrorsOnForm: errorsOnForm(a),
      })),
    },
    details,
  };
}
