import { childrenNamed, childText, XmlElement, child } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { readOnce } from '../../read-once';

export interface Motivation {
  alertId: number;
  formNumber: number;
  code: string;
  comment: string | null;
}

/**
 * The motivations of a request (1 to 20: the schema counts them). One alert motivated twice in
 * the same call is NOK MSG00008 naming motivations/motivation/alertId (contracts.md §5.15).
 */
function read(request: XmlElement): Motivation[] {
  const list = childrenNamed(child(request, 'motivations'), 'motivation').map((m) => ({
    alertId: Number(childText(m, 'alertId')),
    formNumber: Number(childText(m, 'formNumber')),
    code: String(Number(childText(m, 'code'))),
    comment: childText(m, 'comment')?.trim() || null,
  }));
  const seen = new Set<number>();
  for (const m of list) {
    if (seen.has(m.alertId)) throw invalidField('motivations/motivation/alertId', String(m.alertId));
    seen.add(m.alertId);
  }
  return list;
}

/** The motivations of a request, read once (validate, handler). */
export const motivationsOf = readOnce(read);
