import { REASON } from '../../../domain/codes';
import { ClassicError, Information } from '../../types';

/** The ServiceReply errors ManageAccess answers (security.md §6.3), each naming the field concerned. */

/** 31000007: a mandatory argument is absent or empty. */
export function argumentMissing(fieldName: string): ClassicError {
  return new ClassicError({ severity: 'ERROR', def: REASON.ARGUMENT_MISSING, information: [{ fieldName }] });
}

/** 31000005: an argument is present but not acceptable; `why` completes the standard diagnostic. */
export function argumentInvalid(fieldName: string, fieldValue: string | undefined, why?: string, extra: Information[] = []): ClassicError {
  return new ClassicError({
    severity: 'ERROR',
    def: REASON.ARGUMENT_INVALID,
    diagnostic: why ? `${REASON.ARGUMENT_INVALID.description}: ${why}` : undefined,
    information: [{ fieldName, fieldValue }, ...extra],
  });
}

/** 39007007 [EMU]: the ProofOfAuthentication does not match the person. */
export function proofMismatch(ssin: string, given: string[]): ClassicError {
  return new ClassicError({
    severity: 'ERROR',
    def: REASON.PROOF_MISMATCH,
    information: [{ fieldName: 'SSIN', fieldValue: ssin }, ...given.map((g) => ({ fieldName: `ProofOfAuthentication/${g}` }))],
  });
}
