import { child, childText, XmlElement } from '../../../xml/node';
import type { Directory, QualityCode } from '../../../sources/directory';
import { argumentInvalid, argumentMissing } from '../../../soap/classicErrors';
import { parseXsdDate } from '../../../domain/dates';
import { Day, lastAllowedDay } from './period';
import { Proof, readProof } from './proof';

/**
 * Reads a ManageAccessRequest (by local name, whatever the client's prefixes) and checks what the
 * XSD and security.md §6.3 M2-M4 require, in document order. The first problem found is thrown
 * as a ClassicError naming the field (31000007 missing, 31000005 not valid).
 */
export const ACTIONS = ['REGISTER', 'UNREGISTER', 'LIST'] as const;
export type Action = (typeof ACTIONS)[number];
export const QUERY_REGISTERS = ['PRIMARY', 'SECONDARY', 'ALL'] as const;
export type QueryRegister = (typeof QUERY_REGISTERS)[number];

export interface ManageAccessArgs {
  ssin: string;
  action: Action;
  /** The quality code; absent only for a LIST without Purpose. */
  purpose?: QualityCode;
  /** StartDate and EndDate as the client sent them (calendar days). */
  start: Day;
  end?: Day;
  /** LIST only: the sector to list (absent = every sector) and the register(s) to search. */
  sector?: number;
  queryRegister: QueryRegister;
  proof: Proof;
}

const INTEGER = /^[+-]?\d+$/;

/** `sector` is the caller's (from MatrixID): quality codes are defined per sector (M2). */
export function readRequest(request: XmlElement, directory: Directory, sector: number): ManageAccessArgs {
  const ssin = childText(request, 'SSIN') ?? '';
  const action = readAction(request);
  const purpose = readPurpose(request, directory, sector, action);
  const { start, end } = readPeriod(request);
  if (action === 'REGISTER' && purpose?.max_period && end !== undefined) {
    const last = lastAllowedDay(start, purpose.max_period);
    if (end > last) {
      throw argumentInvalid('Period', `${start}/${end}`, `the period exceeds ${purpose.max_period}, the maximum for purpose ${purpose.code} (last allowed day ${last})`);
    }
  }
  const list = action === 'LIST';
  return {
    ssin,
    action,
    purpose,
    start,
    end,
    // The request's Sector and QueryRegister only matter for LIST (contracts.md §3.2).
    sector: list ? readSector(request) : undefined,
    queryRegister: list ? readQueryRegister(request) : 'SECONDARY',
    proof: readProof(request),
  };
}

function readAction(request: XmlElement): Action {
  const text = childText(request, 'Action');
  if (text === undefined) throw argumentMissing('Action');
  if (!(ACTIONS as readonly string[]).includes(text)) throw argumentInvalid('Action', text);
  return text as Action;
}

function readPurpose(request: XmlElement, directory: Directory, sector: number, action: Action): QualityCode | undefined {
  const text = childText(request, 'Purpose');
  if (text === undefined) {
    if (action === 'LIST') return undefined;
    throw argumentMissing('Purpose');
  }
  const code = INTEGER.test(text) ? directory.qualityCode(sector, Number(text)) : undefined;
  if (!code) throw argumentInvalid('Purpose', text, `quality code ${text} is not defined for sector ${sector}`);
  return code;
}

function readPeriod(request: XmlElement): { start: Day; end?: Day } {
  const period = child(request, 'Period');
  if (!period) throw argumentMissing('Period');
  const startText = childText(period, 'StartDate');
  if (startText === undefined) throw argumentMissing('Period/StartDate');
  const start = parseXsdDate(startText);
  if (!start) throw argumentInvalid('Period/StartDate', startText);
  const endText = childText(period, 'EndDate');
  if (endText === undefined) return { start };
  const end = parseXsdDate(endText);
  if (!end) throw argumentInvalid('Period/EndDate', endText);
  if (end < start) throw argumentInvalid('Period', `${start}/${end}`, 'the end date lies before the start date');
  return { start, end };
}

function readSector(request: XmlElement): number | undefined {
  const text = childText(request, 'Sector');
  if (text === undefined) return undefined;
  if (!INTEGER.test(text)) throw argumentInvalid('Sector', text);
  return Number(text);
}

function readQueryRegister(request: XmlElement): QueryRegister {
  const text = childText(request, 'QueryRegister');
  if (text === undefined) return 'ALL';
  if (!(QUERY_REGISTERS as readonly string[]).includes(text)) throw argumentInvalid('QueryRegister', text);
  return text as QueryRegister;
}
