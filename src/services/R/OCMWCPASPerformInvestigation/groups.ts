import { child, childText, elements, text, XmlElement } from '../../../xml/node';
import { argumentInvalid } from '../../../soap/classicErrors';

/** The four DataGroups of PerformInvestigation, in reply order; they are the service's data blocks. */
export const GROUPS = ['FamilyCompositionGroup', 'CitizenGroup', 'AddressHistoryGroup', 'WaitRegisterGroup'] as const;
export type Group = (typeof GROUPS)[number];

const BOOLEANS: Record<string, boolean> = { true: true, '1': true, false: false, '0': false };

/**
 * The groups a request asks for: those set to true; all four when DataGroups is absent or sets
 * none to true ("if not specified, all available information is returned"). Tolerant: a value that
 * is not a boolean counts as not asked (checkGroups refuses it).
 */
export function requestedGroups(request: XmlElement): Group[] {
  const groups = child(request, 'DataGroups');
  const asked = GROUPS.filter((g) => BOOLEANS[childText(groups, g) ?? ''] === true);
  return asked.length > 0 ? asked : [...GROUPS];
}

/** Refuses a DataGroups flag that is not an xsd:boolean (31000005, naming the flag). */
export function checkGroups(request: XmlElement): void {
  const groups = child(request, 'DataGroups');
  if (!groups) return;
  for (const flag of elements(groups)) {
    const value = text(flag);
    if (GROUPS.includes(flag.local as Group) && BOOLEANS[value] === undefined) {
      throw argumentInvalid(`DataGroups/${flag.local}`, value);
    }
  }
}
