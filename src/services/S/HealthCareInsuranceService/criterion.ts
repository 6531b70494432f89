import { child, childText, elements, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { parseXsdDate } from '../../../domain/dates';
import { Block, BLOCKS } from './blocks';
import { readOnce } from '../../read-once';

/**
 * The criterion of every request (HealthCareInsuranceTypesV1.xsd): ssin, temporalCriteria
 * (today | date), desiredData (one boolean per block). The schema has checked the shapes; what
 * it cannot say is refused here with NO_RESULT MSG00008 naming the field.
 */
export interface Criterion {
  ssin: string;
  /** yyyy-mm-dd; undefined = today. */
  date?: string;
  /** The blocks asked for; desiredData absent = all of them. */
  desired: Block[];
}

const TRUE = new Set(['true', '1']);

/** The criterion of a request, read and checked once per request (validate, period, blocks, handler). */
export const criterionOf = readOnce(readCriterion);

function readCriterion(request: XmlElement): Criterion {
  const criterion = child(request, 'criterion');
  const ssin = childText(criterion, 'ssin');
  if (!criterion || ssin === undefined) throw invalidField('criterion/ssin');

  const temporal = child(criterion, 'temporalCriteria');
  const today = childText(temporal, 'today');
  const rawDate = childText(temporal, 'date');
  let date: string | undefined;
  if (rawDate !== undefined) {
    date = parseXsdDate(rawDate);
    if (!date) throw invalidField('criterion/temporalCriteria/date', rawDate);
  } else if (today === undefined || !TRUE.has(today.trim())) {
    // today=false asks for no date at all.
    throw invalidField('criterion/temporalCriteria', today);
  }

  const desiredData = child(criterion, 'desiredData');
  let desired: Block[] = [...BLOCKS];
  if (desiredData) {
    const flags = new Map(elements(desiredData).map((e) => [e.local, TRUE.has(childText(desiredData, e.local)!.trim())]));
    desired = BLOCKS.filter((b) => flags.get(b));
    if (desired.length === 0) throw invalidField('criterion/desiredData', 'no data block is asked for');
  }
  return { ssin, date, desired };
}
