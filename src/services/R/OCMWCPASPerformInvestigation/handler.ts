import type { Ctx } from './context';
import { childText, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { REASON } from '../../../domain/codes';
import {ClassicError, ClassicResult, Detail} from '../../types';
import { fromRr, Identity } from '../../../sources/persons';
import type { HouseholdMember } from '../../../sources/rr';
import { familyRoleCode } from '../../../sources/rr/labels';
import { checkGroups, Group, requestedGroups } from './groups';
import { citizen, PERSON_NS } from './person';
import { addressHistory } from './addressHistory';
import { waitRegister } from './waitRegister';

/**
 * R08 OCMWCPASPerformInvestigation 20080604 (contracts.md §3.3): the social inquiry's four data
 * groups for one person. The family composition implies the other groups for every household
 * member (the investigated person first). Only the groups the interceptor allows are returned
 * (ctx.allowedBlocks, proportionality); undefined = every group asked.
 */
export function performInvestigation(request: XmlElement, ctx: Ctx): ClassicResult {
  checkGroups(request);
  const person = ctx.target!;
  const requested = requestedGroups(request);
  const groups = new Set<Group>(ctx.allowedBlocks ? requested.filter((g) => ctx.allowedBlocks!.has(g)) : requested);
  if (groups.size === 0) {
    throw new ClassicError({ severity: 'ERROR', def: REASON.LEGAL_CONTEXT, information: [{ fieldName: 'DataGroups', fieldValue: requested.join(' ') }] });
  }

  const household = groups.has('FamilyCompositionGroup') ? householdOf(ctx, person) : undefined;
  const others = (household ?? []).filter((m) => m.person.ssin !== person.ssin).map((m) => fromRr(m.person));
  const scope: Identity[] = [person, ...others].slice(0, 100);

  const details: Detail[] = [];
  let waiting: XmlObject[] = [];
  if (groups.has('WaitRegisterGroup')) {
    waiting = scope.map((p) => waitRegister(ctx.sources, p.ssin)).filter((w): w is XmlObject => w !== undefined);
    // The contract: for a person not in the waiting register only the result summary says so.
    if (!ctx.sources.rr.waitingFile(person.ssin)) {
      details.push({ severity: 'INFORMATION', def: REASON.NOT_IN_WAITING_REGISTER, information: [{ fieldName: 'SocialSecurityUser', fieldValue: person.ssin }] });
    }
  }

  const dataGroups: XmlObject = {
    FamilyCompositionGroup: household
      ? { FamilyComposition: { '@origin': 'RN_RR', FamilyMember: household.slice(0, 100).map(familyMember) } }
      : undefined,
    CitizenGroup: groups.has('CitizenGroup') ? { 'ns4:Citizen': scope.map((p) => citizen(ctx.sources, p)) } : undefined,
    AddressHistoryGroup: groups.has('AddressHistoryGroup') ? { AddressHistory: scope.map((p) => addressHistory(ctx.sources, p)) } : undefined,
    WaitRegisterGroup: waiting.length ? { WaitRegister: waiting } : undefined,
  };
  const anything = Object.values(dataGroups).some((g) => g !== undefined);
  return {
    reply: { '@xmlns:ns4': PERSON_NS, SocialSecurityUser: childText(request, 'SocialSecurityUser') ?? person.ssin, DataGroups: anything ? dataGroups : undefined },
    details,
  };
}

/** The household today, or on the day of death for a deceased person; none for a BIS number (no National Register household). */
function householdOf(ctx: Ctx, person: Identity): HouseholdMember[] | undefined {
  if (!person.rr) return undefined;
  const decease = person.rr.decease_date;
  const date = decease && decease < ctx.today ? decease : ctx.today;
  return ctx.sources.rr.householdAt(person.ssin, date)?.members;
}

/** RelationShip is the register's position in the household, relative to its head (01 head, 02 partner, 03 child, 12 not related). */
function familyMember({ person, membership }: HouseholdMember): XmlObject {
  return { SocialSecurityUser: person.ssin, RelationShip: Number(familyRoleCode(membership.household_role)), EntryDate: membership.begin_date };
}
