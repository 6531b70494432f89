import { child, childText, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { readOnce } from '../../read-once';

/** criteria{ssin}: the schema checks its form, the shared checks the person. */
export const criteriaOf = readOnce((request: XmlElement): { ssin: string } => {
  const criteria = child(request, 'criteria');
  if (!criteria) throw invalidField('criteria');
  return { ssin: childText(criteria, 'ssin')?.trim() ?? '' };
});
