import type { Ctx } from './context';
import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, NO_DATA_FOUND, replyHead } from '../../../soap/newstyle';
import type { KbiCourse, KbiPath } from '../../../sources/kbi';
import { criteriaOf } from './criteria';

const period = (begin: string, end: string | null): XmlObject => ({ beginDate: begin, endDate: end ?? undefined });

/** The highest CEFR level of a passed NT2 course (A1 < A2 < B1 ... sort as text). */
function highestLevel(courses: KbiCourse[]): string | undefined {
  return courses.filter((c) => c.result === 'PASSED' && c.target_level).map((c) => c.target_level!).sort().pop();
}

function integrationPath(path: KbiPath, courses: KbiCourse[]): XmlObject {
  const civic = courses.filter((c) => c.kind === 'CIVIC_ORIENTATION');
  const dutch = courses.filter((c) => c.kind === 'DUTCH_SECOND_LANGUAGE');
  return {
    registration: { registrationDate: path.registration_date, office: { name: path.office_name, municipality: path.office_municipality } },
    obligation: { obligationStatus: path.obligation, legalGround: path.legal_ground, since: path.obligation_since },
    pathStatus: path.status,
    trajectoryCounselling: path.counselling_office && path.counselling_begin ? { office: path.counselling_office, period: period(path.counselling_begin, path.counselling_end) } : undefined,
    civicOrientation: civic.map((c) => ({ provider: c.provider, period: period(c.begin_date, c.end_date), courseLanguage: c.course_language ?? undefined, result: c.result, testDate: c.test_date ?? undefined })),
    dutchAsSecondLanguage:
      dutch.length === 0
        ? undefined
        : {
            dutchCourse: dutch.map((c) => ({ provider: c.provider, period: period(c.begin_date, c.end_date), targetLevel: c.target_level, result: c.result, testDate: c.test_date ?? undefined })),
            highestLevelAttained: highestLevel(dutch),
          },
    integrationCertificate: path.certificate_number && path.certificate_date ? { certificateNumber: path.certificate_number, issueDate: path.certificate_date } : undefined,
  };
}

/**
 * consultIntegrationPath: head, criteria (echoed), status, then the person's integration path in
 * the KBI: registration, obligation, status, counselling, courses, certificate; NO_DATA_FOUND
 * MSG00100 when the KBI does not know the person.
 */
export function consultIntegrationPath(request: XmlElement, ctx: Ctx): XmlObject {
  const ssin = ctx.target?.ssin ?? criteriaOf(request).ssin;
  const path = ctx.sources.kbi.path(ssin);
  const head = { ...replyHead(request, ctx), criteria: child(request, 'criteria') };
  if (!path) return { ...head, status: NO_DATA_FOUND() };
  return { ...head, status: DATA_FOUND(), integrationPath: integrationPath(path, ctx.sources.kbi.courses(ssin)) };
}
