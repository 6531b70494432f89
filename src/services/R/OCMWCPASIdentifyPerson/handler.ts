import type { Ctx } from './context';
import { child, childText, XmlElement } from '../../../xml/node';
import { REASON } from '../../../domain/codes';
import {ClassicError, ClassicResult, Detail} from '../../types';
import type { Identity } from '../../../sources/persons';
import { field, phoneticSearch, readPhoneticCriteria } from './phonetic';
import { readVerificationData, VerificationData, verify } from './verification';
import { limitedLegalData } from './legalData';

/**
 * R04 OCMWCPASIdentifyPerson (contracts.md §3.1, reason codes §2.5 / security.md §3.3).
 * By SSIN: the pipeline has already refused unknown, replaced and cancelled numbers and gives us
 * the person as ctx.target. By phonetic criteria: a search over both registers.
 * No integration is required: a CPAS identifies a person before it integrates them.
 */
export function identifyPerson(request: XmlElement, ctx: Ctx): ClassicResult {
  const criteria = child(request, 'SearchCriteria');
  const ssin = childText(criteria, 'SSIN');
  const phonetic = child(criteria, 'PhoneticCriteria');
  const verification = readVerificationData(child(request, 'VerificationData'));

  if (ssin !== undefined) {
    ctx.audit.targetSsin = ssin;
    const person = ctx.target ?? ctx.sources.persons.find(ssin);
    if (!person) throw new Error(`the pipeline let through an SSIN nobody has: ${ssin}`);
    // Real replies warn that the phonetic criteria were not used (21007001).
    const details: Detail[] = phonetic ? [{ severity: 'WARNING', def: REASON.BOTH_CRITERIA }] : [];
    return answer(ctx, [person], verification, details);
  }
  if (phonetic) return byPhoneticCriteria(phonetic, ctx, verification);
  throw new ClassicError({ severity: 'ERROR', def: REASON.ARGUMENT_MISSING, information: [{ fieldName: 'Search Criteria: SSIN or Phonetic Criteria' }] });
}

function byPhoneticCriteria(el: XmlElement, ctx: Ctx, verification: VerificationData | undefined): ClassicResult {
  const criteria = readPhoneticCriteria(el);
  const found = phoneticSearch(ctx.sources.persons, criteria);
  if (found.length === 0) throw new ClassicError({ severity: 'ERROR', def: REASON.PHONETIC_NO_MATCH });
  // Emulator choice: more matches than Maximum is refused (no arbitrary cut), so the caller refines.
  if (found.length > criteria.maximum) {
    throw new ClassicError({
      severity: 'ERROR',
      def: REASON.PHONETIC_TOO_MANY,
      information: [
        { fieldName: field('Maximum'), fieldValue: String(criteria.maximum) },
        { fieldName: 'Number of matches', fieldValue: String(found.length) },
      ],
    });
  }
  if (found.length === 1) ctx.audit.targetSsin = found[0].ssin;
  return answer(ctx, found, verification, []);
}

/**
 * The reply. VerificationData is checked only when exactly one person is found (always so by SSIN):
 * a match adds Extended data and 12007001; PersonData that does not match adds 22007007. With
 * several phonetic results it is not used, and no result gets Extended data.
 */
function answer(ctx: Ctx, persons: Identity[], verification: VerificationData | undefined, details: Detail[]): ClassicResult {
  let validated: string | undefined;
  if (verification && persons.length === 1) {
    const outcome = verify(persons[0], verification);
    if (outcome.personDataMismatch) details.push({ severity: 'WARNING', def: REASON.PERSON_DATA_MISMATCH });
    if (outcome.validated) {
      validated = persons[0].ssin;
      details.push({ severity: 'INFORMATION', def: REASON.IDENTITY_VALIDATED, information: [{ fieldName: 'SSIN', fieldValue: validated }] });
    }
  }
  return {
    reply: { SearchResults: { LimitedLegalData: persons.map((p) => limitedLegalData(ctx.sources, p, p.ssin === validated)) } },
    details,
  };
}
