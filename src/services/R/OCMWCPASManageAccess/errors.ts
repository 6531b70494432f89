import { REASON } from '../../../domain/codes';
import { ClassicError } from '../../types';

/**
 * The ManageAccess-specific ServiceReply error (security.md §6.3); the missing and invalid field
 * errors are the shared ones of src/soap/classicErrors.ts.
 */

/** 39007007 [EMU]: the ProofOfAuthentication does not match the person. */
export function proofMismatch(ssin: string, given: string[]): ClassicError {
  return new ClassicError({
    severity: 'ERROR',
    def: REASON.PROOF_MISMATCH,
    information: [{ fieldName: 'SSIN', fieldValue: ssin }, ...given.map((g) => ({ fieldName: `ProofOfAuthentication/${g}` }))],
  });
}
