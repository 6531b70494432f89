import { child, childrenNamed, childText, text, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { readOnce } from '../../read-once';
import { ELEMENTS, GROUP_NAMES, GROUPS } from './vocabulary';

/**
 * The criteria of consultTaxAssessmentData (v2): the person, the income year (a year, or derived:
 * MOST_RECENT among the last three, MOST_RECENT_UNLIMITED) and the fiscal data asked (elements
 * and groups; none = all). The schema checks their form; an element or group the vocabulary does
 * not know is NO_RESULT MSG00008 naming it.
 */
export interface V2Criteria {
  ssin: string;
  year: { kind: 'YEAR'; year: number } | { kind: 'MOST_RECENT' } | { kind: 'MOST_RECENT_UNLIMITED' };
  /** The elements asked, in the vocabulary's order. */
  elements: string[];
}

function readV2(request: XmlElement): V2Criteria {
  const criteria = child(request, 'criteria');
  if (!criteria) throw invalidField('criteria');
  const reference = child(criteria, 'referenceYear');
  if (!reference) throw invalidField('criteria/referenceYear');
  const yearText = childText(reference, 'year')?.trim();
  const derived = childText(reference, 'derivedYear')?.trim();
  let year: V2Criteria['year'];
  if (yearText !== undefined) {
    if (!/^\d{4}$/.test(yearText)) throw invalidField('criteria/referenceYear/year', yearText);
    year = { kind: 'YEAR', year: Number(yearText) };
  } else if (derived === 'MOST_RECENT' || derived === 'MOST_RECENT_UNLIMITED') {
    year = { kind: derived };
  } else {
    throw invalidField('criteria/referenceYear/derivedYear', derived);
  }

  const selection = child(criteria, 'fiscalDataSelection');
  const askedElements = childrenNamed(child(selection, 'elements'), 'element').map((e) => text(e));
  const askedGroups = childrenNamed(child(selection, 'groups'), 'group').map((g) => text(g));
  for (const name of askedElements) if (!ELEMENTS.has(name)) throw invalidField('criteria/fiscalDataSelection/elements/element', name);
  for (const name of askedGroups) if (!GROUPS[name]) throw invalidField('criteria/fiscalDataSelection/groups/group', name);
  const everything = askedElements.length === 0 && askedGroups.length === 0;
  const wanted = new Set([...askedElements, ...askedGroups.flatMap((g) => GROUPS[g].map((e) => e.name))]);
  const elements = [...ELEMENTS.keys()].filter((name) => everything || wanted.has(name));
  return { ssin: childText(criteria, 'ssin')?.trim() ?? '', year, elements };
}

/** The v2 criteria of a request, read once (validate, data blocks, handler). */
export const v2CriteriaOf = readOnce(readV2);

/** The groups (data blocks) a v2 request asks for. */
export const requestedGroups = (request: XmlElement): string[] => {
  const groups = new Set(v2CriteriaOf(request).elements.map((name) => ELEMENTS.get(name)!.group));
  return GROUP_NAMES.filter((g) => groups.has(g));
};

/** v1 getTaxAssessmentData: searchCriteria{ssin, taxAssessmentDataSelection (NET_INCOME only)}. */
function readV1(request: XmlElement): { ssin: string } {
  const criteria = child(request, 'searchCriteria');
  if (!criteria) throw invalidField('searchCriteria');
  const selection = childText(criteria, 'taxAssessmentDataSelection')?.trim();
  if (selection !== 'NET_INCOME') throw invalidField('searchCriteria/taxAssessmentDataSelection', selection);
  return { ssin: childText(criteria, 'ssin')?.trim() ?? '' };
}

export const v1CriteriaOf = readOnce(readV1);
