import { REASON } from '../domain/codes';
import { ClassicError, Information } from '../services/types';

/** The ServiceReply errors of a classic request's own fields (contracts.md §2.5), each naming the field. */

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
