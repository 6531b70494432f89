import { RESIDENCE_CARD_TYPES, RESIDENCE_GROUNDS, ResidenceCardType, ResidenceGround } from '../rr';

/**
 * Nova+ (P15 PCSASocialInquiry): which right a person's residence status gives on a date, as a
 * small rule list whose rules are data (MODELLED: POD MI's Nova+ tool is not public; the rules
 * follow the RMI law of 26 May 2002, art. 3, 3°, and the Loi organique of 8 July 1976 / Loi 65 on
 * the refund of the equivalent leefloon). Each rule names conditions on the facts (all the ones it
 * gives must hold), the right it leads to and a reason code; the first enabled rule that holds
 * decides. GET/PUT /_admin/nova/rules list and replace them, POST /_admin/reset restores
 * DEFAULT_NOVA_RULES.
 */

/** Belgian, a citizen of the EU, the EEA or Switzerland (free movement), or any other nationality. */
export const NATIONALITY_GROUPS = ['BELGIAN', 'EU_EEA', 'THIRD_COUNTRY'] as const;
export type NationalityGroup = (typeof NATIONALITY_GROUPS)[number];

/** The register a person is inscribed in on the reference date; NONE = no residence title then. */
export const REGISTERS = ['POPULATION', 'FOREIGNERS', 'WAITING', 'NONE'] as const;
export type Register = (typeof REGISTERS)[number];

/** The rights a simulation answers: leefloon (RMI law), its equivalent (Loi 65), or none. */
export const RIGHTS = ['LIVING_WAGE', 'EQUIVALENT_LIVING_WAGE', 'NONE'] as const;
export type Right = (typeof RIGHTS)[number];

/** The EU/EEA/Swiss nationalities (RR country codes). */
export { EU_EEA_NATIONALITIES } from '../rr/countries';

/** The facts a rule looks at: the National Register's, on the reference date (facts.ts of the service derives them). */
export interface ResidenceFacts {
  nationality: number;
  nationalityGroup: NationalityGroup;
  register: Register;
  /** The residence document valid on the date, if any. */
  document: { cardType: ResidenceCardType; ground: ResidenceGround; begin: string; end: string | null } | null;
  /** Whole months from the first residence document (or waiting-register application) to the date; null for Belgians and persons without one. */
  stayMonths: number | null;
  /** The waiting-register situation code on the date (rr WAITING.SITUATION), when the file is open. */
  waitingSituation: number | null;
}

/** What a rule asks of the facts; every condition given must hold (none = always). */
export interface NovaConditions {
  nationalityGroups?: NationalityGroup[];
  registers?: Register[];
  cardTypes?: ResidenceCardType[];
  grounds?: ResidenceGround[];
  /** true: a residence document is valid on the date; false: none is. */
  validDocument?: boolean;
  /** The stay is at least this many months. */
  minStayMonths?: number;
  /** The stay is shorter than this many months. */
  maxStayMonths?: number;
  waitingSituations?: number[];
}

export interface NovaRule {
  id: string;
  enabled: boolean;
  when: NovaConditions;
  right: Right;
  /** The reason code the reply carries (6 characters, MODELLED codes RESnnn). */
  reasonCode: string;
  reasonText: string;
}

export const DEFAULT_NOVA_RULES: NovaRule[] = [
  { id: 'NV01', enabled: true, when: { nationalityGroups: ['BELGIAN'] }, right: 'LIVING_WAGE', reasonCode: 'RES001', reasonText: 'Belgian national: leefloon under the RMI law (art. 3, 3°).' },
  { id: 'NV02', enabled: true, when: { grounds: ['REFUGEE'], validDocument: true }, right: 'LIVING_WAGE', reasonCode: 'RES002', reasonText: 'Recognised refugee: leefloon under the RMI law (art. 3, 3°).' },
  { id: 'NV03', enabled: true, when: { grounds: ['STATELESS'], validDocument: true }, right: 'LIVING_WAGE', reasonCode: 'RES003', reasonText: 'Recognised stateless person: leefloon under the RMI law (art. 3, 3°).' },
  { id: 'NV04', enabled: true, when: { nationalityGroups: ['EU_EEA'], cardTypes: ['E_PLUS', 'F_PLUS'] }, right: 'LIVING_WAGE', reasonCode: 'RES004', reasonText: 'EU/EEA citizen (or family member) with permanent residence: leefloon under the RMI law.' },
  { id: 'NV05', enabled: true, when: { nationalityGroups: ['EU_EEA'], cardTypes: ['E', 'F'], minStayMonths: 3 }, right: 'LIVING_WAGE', reasonCode: 'RES005', reasonText: 'EU/EEA citizen with a right of residence of more than three months: leefloon under the RMI law.' },
  { id: 'NV06', enabled: true, when: { nationalityGroups: ['EU_EEA'], maxStayMonths: 3 }, right: 'NONE', reasonCode: 'RES006', reasonText: 'EU/EEA citizen in the first three months of residence: no social assistance yet (art. 57quinquies Loi organique).' },
  { id: 'NV07', enabled: true, when: { registers: ['POPULATION'], validDocument: true }, right: 'LIVING_WAGE', reasonCode: 'RES007', reasonText: 'Foreign national inscribed in the population register (settled): leefloon under the RMI law.' },
  { id: 'NV08', enabled: true, when: { grounds: ['SUBSIDIARY_PROTECTION'], validDocument: true }, right: 'EQUIVALENT_LIVING_WAGE', reasonCode: 'RES008', reasonText: 'Subsidiary protection: equivalent leefloon under the Loi 65.' },
  { id: 'NV09', enabled: true, when: { registers: ['FOREIGNERS'], validDocument: true }, right: 'EQUIVALENT_LIVING_WAGE', reasonCode: 'RES009', reasonText: 'Foreign national in the foreigners register with a valid residence permit: equivalent leefloon under the Loi 65.' },
  { id: 'NV10', enabled: true, when: { registers: ['WAITING'] }, right: 'EQUIVALENT_LIVING_WAGE', reasonCode: 'RES010', reasonText: 'Applicant for international protection in the waiting register, not entitled to the leefloon: equivalent leefloon under the Loi 65 (financial aid instead of a reception place).' },
  { id: 'NV99', enabled: true, when: {}, right: 'NONE', reasonCode: 'RES099', reasonText: 'No residence right on the reference date (irregular stay): no leefloon nor its equivalent, only urgent medical aid (art. 57 §2 Loi organique).' },
];

/** The answer when no enabled rule holds (an edited list without a catch-all). */
export const NO_RULE = { id: 'NONE', right: 'NONE' as Right, reasonCode: 'RES999', reasonText: 'No rule applies to these facts: no right is simulated.' };

const inList = <T>(list: T[] | undefined, value: T) => list === undefined || list.includes(value);

/** Whether every condition of a rule holds for the facts. */
export function holds(when: NovaConditions, f: ResidenceFacts): boolean {
  return (
    inList(when.nationalityGroups, f.nationalityGroup) &&
    inList(when.registers, f.register) &&
    (when.cardTypes === undefined || (f.document !== null && when.cardTypes.includes(f.document.cardType))) &&
    (when.grounds === undefined || (f.document !== null && when.grounds.includes(f.document.ground))) &&
    (when.validDocument === undefined || when.validDocument === (f.document !== null)) &&
    (when.minStayMonths === undefined || (f.stayMonths !== null && f.stayMonths >= when.minStayMonths)) &&
    (when.maxStayMonths === undefined || (f.stayMonths !== null && f.stayMonths < when.maxStayMonths)) &&
    (when.waitingSituations === undefined || (f.waitingSituation !== null && when.waitingSituations.includes(f.waitingSituation)))
  );
}

/** The first enabled rule that holds, or NO_RULE. */
export function decideRight(facts: ResidenceFacts, rules: NovaRule[]): Pick<NovaRule, 'id' | 'right' | 'reasonCode' | 'reasonText'> {
  return rules.find((r) => r.enabled && holds(r.when, facts)) ?? NO_RULE;
}

// ---------------------------------------------------------------- validation of an edited list

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function enumList<T extends string>(value: unknown, allowed: readonly T[]): T[] | undefined {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && (allowed as readonly string[]).includes(v)) ? (value as T[]) : undefined;
}

const months = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1200;

function parseConditions(raw: unknown, at: string): NovaConditions | string {
  if (!isObject(raw)) return `${at}: an object of conditions ({} = always).`;
  const known = ['nationalityGroups', 'registers', 'cardTypes', 'grounds', 'validDocument', 'minStayMonths', 'maxStayMonths', 'waitingSituations'];
  const unknown = Object.keys(raw).find((k) => !known.includes(k));
  if (unknown) return `${at}.${unknown}: not a condition (${known.join(', ')}).`;
  const out: NovaConditions = {};
  const lists = [
    ['nationalityGroups', NATIONALITY_GROUPS],
    ['registers', REGISTERS],
    ['cardTypes', RESIDENCE_CARD_TYPES],
    ['grounds', RESIDENCE_GROUNDS],
  ] as const;
  for (const [name, allowed] of lists) {
    if (raw[name] === undefined) continue;
    const list = enumList(raw[name], allowed);
    if (!list) return `${at}.${name}: a non-empty list of ${allowed.join(', ')}.`;
    (out as Record<string, unknown>)[name] = list;
  }
  if (raw.validDocument !== undefined) {
    if (typeof raw.validDocument !== 'boolean') return `${at}.validDocument: true or false.`;
    out.validDocument = raw.validDocument;
  }
  for (const name of ['minStayMonths', 'maxStayMonths'] as const) {
    if (raw[name] === undefined) continue;
    if (!months(raw[name])) return `${at}.${name}: a whole number of months, 0 to 1200.`;
    out[name] = raw[name] as number;
  }
  if (raw.waitingSituations !== undefined) {
    const s = raw.waitingSituations;
    if (!Array.isArray(s) || s.length === 0 || !s.every((c) => Number.isInteger(c) && c >= 0)) return `${at}.waitingSituations: a non-empty list of situation codes.`;
    out.waitingSituations = s as number[];
  }
  return out;
}

/** Checks a rule list sent to PUT /_admin/nova/rules; returns it, or a message naming the bad field. */
export function parseNovaRules(body: unknown): NovaRule[] | string {
  const list = isObject(body) ? body.rules : undefined;
  if (!Array.isArray(list)) return 'Send {"rules": [{"id": "NV01", "enabled": true, "when": {…}, "right": "LIVING_WAGE", …}]} (GET gives the current rules).';
  const out: NovaRule[] = [];
  for (const [i, raw] of list.entries()) {
    const at = `rules[${i}]`;
    if (!isObject(raw)) return `${at}: a rule is an object.`;
    const { id, enabled, right, reasonCode, reasonText } = raw;
    if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,20}$/.test(id)) return `${at}.id: 1 to 20 letters, digits, - or _.`;
    if (out.some((r) => r.id === id)) return `${at}.id: ${id} is used twice.`;
    if (typeof enabled !== 'boolean') return `${at}.enabled: true or false.`;
    const when = parseConditions(raw.when ?? {}, `${at}.when`);
    if (typeof when === 'string') return when;
    if (typeof right !== 'string' || !(RIGHTS as readonly string[]).includes(right)) return `${at}.right: one of ${RIGHTS.join(', ')}.`;
    if (typeof reasonCode !== 'string' || !/^[A-Z0-9]{6}$/.test(reasonCode)) return `${at}.reasonCode: 6 capital letters or digits.`;
    if (typeof reasonText !== 'string' || reasonText.trim() === '' || reasonText.length > 256) return `${at}.reasonText: a text of 1 to 256 characters.`;
    out.push({ id, enabled, when, right: right as Right, reasonCode, reasonText });
  }
  return out;
}
