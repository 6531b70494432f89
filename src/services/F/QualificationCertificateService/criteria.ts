import { child, childrenNamed, childText, text, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { parseXsdDate } from '../../../domain/dates';
import { CERTIFICATE_KINDS, CertificateKind } from '../../../sources/led';
import { readOnce } from '../../read-once';

export interface Criteria {
  ssin: string;
  /** The award period asked (both days included), if any. */
  period?: { begin: string; end: string };
  /** The kinds asked; none = every kind. */
  kinds: CertificateKind[];
}

/**
 * criteria{ssin, awardPeriod?{beginDate, endDate}, certificateKinds?{certificateKind+}}: the schema
 * checks their form; a period that ends before it begins is NO_RESULT MSG00008 naming it.
 */
export const criteriaOf = readOnce((request: XmlElement): Criteria => {
  const criteria = child(request, 'criteria');
  if (!criteria) throw invalidField('criteria');
  const ssin = childText(criteria, 'ssin')?.trim() ?? '';
  const award = child(criteria, 'awardPeriod');
  let period: Criteria['period'];
  if (award) {
    const begin = parseXsdDate(childText(award, 'beginDate') ?? '');
    const end = parseXsdDate(childText(award, 'endDate') ?? '');
    if (!begin || !end || end < begin) throw invalidField('criteria/awardPeriod', `${childText(award, 'beginDate') ?? ''}/${childText(award, 'endDate') ?? ''}`);
    period = { begin, end };
  }
  const asked = childrenNamed(child(criteria, 'certificateKinds'), 'certificateKind').map((k) => text(k).trim());
  for (const kind of asked) if (!CERTIFICATE_KINDS.includes(kind as CertificateKind)) throw invalidField('criteria/certificateKinds/certificateKind', kind);
  return { ssin, period, kinds: asked as CertificateKind[] };
});
