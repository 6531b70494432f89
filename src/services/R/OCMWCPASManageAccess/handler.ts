import type { Ctx } from './context';
import type { XmlElement } from '../../../xml/node';
import type { Register } from '../../../sources/repertory';
import {ClassicResult} from '../../types';
import { argumentInvalid } from '../../../soap/classicErrors';
import { proofMismatch } from './errors';
import { REGISTERS, registerInscription, Subject, unregisterInscription } from './inscriptions';
import { lastAllowedDay, Period } from './period';
import { proofMatches } from './proof';
import { manageAccessReply } from './reply';
import { readRequest } from './request';

/**
 * R02 OCMWCPASManageAccess (contracts.md §3.2, security.md §2.4 and §6.3): the OCMW integrates
 * (REGISTER), de-integrates (UNREGISTER) or lists (LIST) a person in the persons repertory.
 * The shared pipeline has already checked the caller (AuthorizedUser) and the SSIN (ctx.target).
 */
export function manageAccess(request: XmlElement, ctx: Ctx): ClassicResult {
  const organisation = ctx.caller?.organisation;
  const person = ctx.target;
  if (!organisation || !person) throw new Error('ManageAccess runs only after authentication and the SSIN checks');

  const args = readRequest(request, ctx.sources.directory, organisation.sector);
  if (!proofMatches(args.proof, person)) {
    const given = [args.proof.sisCard && 'SISCardNumber', args.proof.idCard && 'IdentityCardNumber', args.proof.personData && 'PersonData'];
    throw proofMismatch(args.ssin, given.filter((g): g is string => !!g));
  }

  const repertory = ctx.sources.repertory;
  const subject = (code: number): Subject => ({ ssin: args.ssin, qualityCode: code, organisation, today: ctx.today });
  let shown: Period;
  switch (args.action) {
    case 'REGISTER': {
      const purpose = args.purpose!;
      // M3: without EndDate the registration runs for the purpose's maximum duration (open when it has none).
      shown = { begin: args.start, end: args.end ?? (purpose.max_period ? lastAllowedDay(args.start, purpose.max_period) : null) };
      registerInscription(repertory, subject(purpose.code), shown);
      break;
    }
    case 'UNREGISTER': {
      const purpose = args.purpose!;
      shown = { begin: args.start, end: args.end ?? null };
      if (!unregisterInscription(repertory, subject(purpose.code), shown)) {
        throw argumentInvalid('Purpose', String(purpose.code), 'your organisation has no registration of this SSIN for this purpose in the given period', [
          { fieldName: 'SSIN', fieldValue: args.ssin },
        ]);
      }
      break;
    }
    case 'LIST':
      shown = { begin: args.start, end: args.end ?? null };
      break;
  }

  // REGISTER / UNREGISTER answer from the sectoral register they act on, as the real reply does;
  // LIST reads the register(s) asked for, in every OCMW of the sector (security.md §2.3: an
  // OCMW may see that a file exists elsewhere).
  const registers: Register[] = args.queryRegister === 'ALL' ? REGISTERS : [args.queryRegister];
  const registrations = repertory.find({
    ssin: args.ssin,
    // LIST defaults to the caller's own sector; other sectors' integrations are ReferenceManager's (R03).
    sector: args.action === 'LIST' ? (args.sector ?? organisation.sector) : organisation.sector,
    qualityCode: args.action === 'LIST' ? args.purpose?.code : undefined,
    registers,
    overlapping: shown,
  });
  return { reply: manageAccessReply(args, registrations) };
}
