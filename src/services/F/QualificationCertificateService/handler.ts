import type { Ctx } from './context';
import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, NO_DATA_FOUND, replyHead } from '../../../soap/newstyle';
import type { LedCertificate } from '../../../sources/led';
import { criteriaOf } from './criteria';

/** One proof as the reply carries it (optional elements only when the proof has them). */
function certificate(c: LedCertificate): XmlObject {
  return {
    certificateId: c.certificate_id,
    certificateKind: c.kind,
    qualificationName: c.title,
    studyArea: c.study_area ?? undefined,
    educationLevel: c.education_level,
    secondaryEducationForm: c.secondary_form ?? undefined,
    qualificationLevel: c.qualification_level === null ? undefined : String(c.qualification_level),
    languageLevel: c.language_level ?? undefined,
    awardDate: c.award_date,
    institution: { institutionNumber: c.institution_number, name: c.institution_name, postalCode: c.institution_postal_code, municipality: c.institution_municipality },
  };
}

/**
 * consultQualificationCertificates: head, criteria (echoed), status, then the person's proofs in
 * the LED, the oldest first, restricted to the award period and kinds asked; NO_DATA_FOUND
 * MSG00100 when none matches.
 */
export function consultQualificationCertificates(request: XmlElement, ctx: Ctx): XmlObject {
  const c = criteriaOf(request);
  const ssin = ctx.target?.ssin ?? c.ssin;
  const found = ctx.sources.led
    .certificates(ssin)
    .filter((p) => !c.period || (p.award_date >= c.period.begin && p.award_date <= c.period.end))
    .filter((p) => c.kinds.length === 0 || c.kinds.includes(p.kind));
  const head = { ...replyHead(request, ctx), criteria: child(request, 'criteria') };
  if (found.length === 0) return { ...head, status: NO_DATA_FOUND() };
  return { ...head, status: DATA_FOUND(), qualificationCertificates: { qualificationCertificate: found.map(certificate) } };
}
