import type { Ctx } from './context';
import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import {StatusError} from '../../types';
import { MSG } from '../../../domain/codes';
import { withoutAccents } from '../../../domain/accents';
import { DATA_FOUND, replyHead, status } from '../../../soap/newstyle';
import type { AddressQuery, RrAddress, RrPerson } from '../../../sources/rr';
import { streetCodeOf } from '../../../sources/rr/labels';
import { AddressCriteria, BLOCK, criteriaEcho, readCriteria } from './criteria';

/**
 * R06 NRPPersonService.searchPersonsByAddress (modelled, docs/services/R06.md): who is registered
 * in the National Register at an address, given as such or as the current address of a person.
 * Without history the residents of today; with history also the former ones, each stay with its
 * period. A stay ends when the person moves out or dies.
 */
export function searchPersonsByAddress(request: XmlElement, ctx: Ctx): XmlObject {
  const criteria = readCriteria(request);
  // Proportionality: former residents are a block of their own (residentHistory).
  const historyAllowed = !ctx.allowedBlocks || ctx.allowedBlocks.has(BLOCK.HISTORY);
  const withHistory = criteria.history && historyAllowed;

  const { query, matchesStreet } = criteria.ssin !== undefined ? atAddressOf(ctx) : atAddress(criteria.address!);
  const stays = ctx.sources.rr
    .addressRowsAt(query)
    .filter((r) => matchesStreet(r.address))
    .map(({ person, address }) => ({ person, address, end: endOf(address, person) }))
    .filter((s) => s.address.begin_date <= ctx.today)
    .filter((s) => withHistory || s.end === null || s.end >= ctx.today);
  if (stays.length === 0) throw new StatusError('NO_DATA_FOUND', MSG.NO_DATA);

  return {
    ...replyHead(request, ctx),
    criteria: child(request, 'criteria'),
    status: DATA_FOUND(),
    dataFilters: criteria.history && !historyAllowed ? { filteredElement: [BLOCK.HISTORY] } : undefined,
    address: addressOf(stays[stays.length - 1].address, query.box),
    residents: {
      resident: stays.map((s) => ({
        ssin: s.person.ssin,
        lastName: s.person.last_name,
        firstName: s.person.first_name || undefined,
        birthDate: s.person.birth_date,
        gender: s.person.gender,
        box: query.box === undefined ? (s.address.box ?? undefined) : undefined,
        residence: { beginDate: s.address.begin_date, endDate: s.end ?? undefined },
      })),
    },
  };
}

/** A refusal: the head, the criteria when they are valid, the status. */
export function refusal(request: XmlElement, ctx: Ctx, error: StatusError): XmlObject {
  return { ...replyHead(request, ctx), criteria: criteriaEcho(request), status: status(error.value, error.def, error.information) };
}

interface Search {
  query: AddressQuery;
  matchesStreet: (a: RrAddress) => boolean;
}

/** The current address of the person named (National Register only): same street, number and box. */
function atAddressOf(ctx: Ctx): Search {
  const target = ctx.target!;
  // Like TX25, a number known only in the BIS register is not a National Register person.
  if (target.origin !== 'RN_RR') throw new StatusError('NO_RESULT', MSG.SSIN_UNKNOWN, [{ fieldName: 'ssin', fieldValue: target.ssin }]);
  const home = ctx.sources.rr.currentAddress(target.ssin);
  if (!home || home.country !== 150 || !home.house_number) throw new StatusError('NO_DATA_FOUND', MSG.NO_DATA, [{ fieldName: 'ssin', fieldValue: target.ssin }]);
  return {
    query: { nisCode: home.nis_code ?? undefined, postalCode: home.postal_code ?? undefined, houseNumber: home.house_number, box: home.box },
    matchesStreet: (a) => a.street_code === home.street_code && a.street_nl === home.street_nl,
  };
}

function atAddress(c: AddressCriteria): Search {
  return {
    query: { nisCode: c.municipalityCode, postalCode: c.postalCode, houseNumber: c.houseNumber, box: c.box },
    matchesStreet: (a) =>
      (c.streetCode === undefined || a.street_code === c.streetCode || Number(streetCodeOf(a.street_code)) === Number(c.streetCode)) &&
      (c.streetName === undefined || sameName(a.street_nl, c.streetName) || sameName(a.street_fr, c.streetName)),
  };
}

/** A stay ends on the last day at the address, or on the day of death if that comes first. */
function endOf(a: RrAddress, p: RrPerson): string | null {
  if (p.decease_date && (a.end_date === null || p.decease_date < a.end_date)) return p.decease_date;
  return a.end_date;
}

/** Street names compare without case, accents or extra spaces. */
function sameName(registered: string | null, asked: string): boolean {
  const simplify = (s: string) => withoutAccents(s).toLowerCase().replace(/\s+/g, ' ').trim();
  return registered !== null && simplify(registered) === simplify(asked);
}

const descriptions = (nl: string | null, fr: string | null): XmlObject => ({
  description: [
    nl ? { '@language': 'NL', '#text': nl } : undefined,
    fr && fr !== nl ? { '@language': 'FR', '#text': fr } : undefined,
  ].filter((d) => d !== undefined) as XmlObject[],
});

/** The address as registered (the latest matching row); the box only when the search named one. */
function addressOf(a: RrAddress, box: string | null | undefined): XmlObject {
  return {
    municipality: { code: a.nis_code, postalCode: a.postal_code, name: descriptions(a.municipality_nl, a.municipality_fr) },
    street: { code: streetCodeOf(a.street_code), name: descriptions(a.street_nl, a.street_fr) },
    houseNumber: a.house_number,
    box: box ?? undefined,
  };
}
