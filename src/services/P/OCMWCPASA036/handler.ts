import type { Ctx } from './context';
import { child, childText, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import type { ClassicResult, Detail } from '../../types';
import { ClassicError } from '../../types';
import { REASON } from '../../../domain/codes';
import { addDays, parseXsdDate } from '../../../domain/dates';
import { argumentInvalid, argumentMissing } from '../../../soap/classicErrors';
import type { A036Row, SentA036 } from '../../../sources/a036';

/** Days the OCMW has, from its council's decision, to send the A036 (famipedia 997/51). */
export const A036_DEADLINE_DAYS = 7;

function date(el: XmlElement | undefined, ...path: string[]): string | null {
  const raw = childText(el, ...path);
  if (raw === undefined) return null;
  const day = parseXsdDate(raw);
  if (!day) throw argumentInvalid(path.join('/'), raw);
  return day;
}

/** The attest as the request carries it; a cancellation without Details takes those of the attest it cancels. */
function readAttest(request: XmlElement, ctx: Ctx): SentA036 {
  const organisation = ctx.caller?.organisation;
  if (!organisation) throw new Error('an A036 is sent only after authentication');
  const nis = childText(request, 'OcmwCpas');
  if (nis !== organisation.nis_code) throw argumentInvalid('OcmwCpas', nis, `an OCMW sends its own attests: the NIS code of your OCMW is ${organisation.nis_code}`);
  const attestation = child(request, 'Attestation');
  const id = child(attestation, 'AttestationIdentification');
  const status = Number(childText(id, 'AttestationStatus')) as SentA036['status'];
  const update = childText(id, 'UpdateAttestationID') ?? null;
  if (status !== 0 && !update) throw argumentMissing('Attestation/AttestationIdentification/UpdateAttestationID');
  if (status === 0 && update) throw argumentInvalid('Attestation/AttestationIdentification/UpdateAttestationID', update, 'an original (status 0) updates no attest');
  let details = child(attestation, 'Details');
  const updated = update ? ctx.sources.a036.attest(update) : undefined;
  if (!details && status !== 3) throw argumentMissing('Attestation/Details');
  const begin = details ? date(details, 'ValidityPeriod', 'BeginDate') : (updated?.begin_date ?? null);
  if (!begin) throw new ClassicError(unknownUpdate(update ?? ''));
  return {
    attestation_id: childText(id, 'AttestationID')!,
    status,
    update_attestation_id: update,
    ocmw_cbe: organisation.cbe_number,
    ocmw_nis: nis,
    ssin: ctx.target?.ssin ?? childText(request, 'INSS') ?? '',
    category: (details ? Number(childText(details, 'CategoryCode')) : updated!.category) as SentA036['category'],
    begin_date: begin,
    end_date: details ? date(details, 'ValidityPeriod', 'EndDate') : (updated?.end_date ?? null),
    decision_date: details ? date(details, 'DecisionDate') : (updated?.decision_date ?? null),
    creation_date: date(id, 'CreationDate')!,
  };
}

function unknownUpdate(id: string): Detail {
  return { severity: 'ERROR', def: REASON.A036_UPDATE_UNKNOWN, information: [{ fieldName: 'UpdateAttestationID', fieldValue: id }] };
}

/** One attest as A036Types.xsd's AttestationType (the reply of P09 and each A036 of L036). */
export function attestationOf(a: Pick<A036Row, 'status' | 'attestation_id' | 'update_attestation_id' | 'creation_date' | 'begin_date' | 'end_date' | 'category'>): XmlObject {
  return {
    AttestationIdentification: { AttestationStatus: a.status, AttestationID: a.attestation_id, UpdateAttestationID: a.update_attestation_id ?? undefined, CreationDate: a.creation_date },
    Details: { ValidityPeriod: { BeginDate: a.begin_date, EndDate: a.end_date ?? undefined }, CategoryCode: a.category },
  };
}

/**
 * P09 OCMWCPASA036 (MODELLED, contracts-wave2.md §3): the OCMW sends the multifunctional attest of
 * its decision; it is recorded at once (durable) and L036 shows it to every institution that has
 * the person integrated. The same AttestationID again with the same content answers as the first
 * time; a late attest (more than 7 days after DecisionDate, by the emulator clock) is recorded
 * with a WARNING 29109001, as the network accepts it but the OCMW missed the deadline.
 */
export function sendA036(request: XmlElement, ctx: Ctx): ClassicResult {
  const sent = readAttest(request, ctx);
  const outcome = ctx.sources.a036.send(sent, ctx.now.toISOString());
  if ('conflict' in outcome) throw new ClassicError({ severity: 'ERROR', def: REASON.A036_ID_CONFLICT, information: [{ fieldName: 'AttestationID', fieldValue: sent.attestation_id }] });
  if ('unknownUpdate' in outcome) throw new ClassicError(unknownUpdate(outcome.unknownUpdate));
  const a = outcome.attest;
  const details: Detail[] = [];
  // Against the day it was first received: a repeat answers as the first time.
  const received = a.received_at.slice(0, 10);
  if (a.decision_date && received > addDays(a.decision_date, A036_DEADLINE_DAYS)) {
    details.push({ severity: 'WARNING', def: REASON.A036_LATE, information: [{ fieldName: 'DecisionDate', fieldValue: a.decision_date }, { fieldName: 'ReceivedDate', fieldValue: received }] });
  }
  return {
    reply: { A036: { '@processType': 'A', INSS: a.ssin, OcmwCpas: a.ocmw_nis, Attestation: attestationOf(a), X001: { OK: { KszBcssReference: String(a.id).padStart(15, '0') } } } },
    details,
  };
}
