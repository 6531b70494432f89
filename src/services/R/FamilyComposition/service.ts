import { SOURCES } from './context';
import type { NewStyleDeclaration } from '../../types';
import { childText, XmlElement } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { consultFamilyComposition, referenceDateOf, refusal } from './handler';
import { OUTCOMES } from './outcomes';

/** A missing ssin reaches the shared SSIN checks as '' (MSG00008 / MSG00011). */
const targetSsin = (request: XmlElement) => childText(request, 'criteria', 'ssin') ?? '';

/**
 * R07 FamilyComposition v1 (modelled): the household of a person on a date. The person must be
 * integrated by the calling OCMW (a social-inquiry quality code) on the day of the request; the
 * reference date itself may lie in the past, before the integration.
 */
export const familyCompositionService: NewStyleDeclaration<(typeof SOURCES)[number]> = {
  style: 'new',
  id: 'R07',
  name: 'FamilyComposition',
  contract: 'modelled',
  version: 'v1',
  path: '/SOA4520/FamilyComposition/v1/consultFamilyComposition',
  wsdl: 'R07-FamilyComposition/v1/FamilyCompositionV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  operations: [
    {
      name: 'consultFamilyComposition',
      validate: (request) => void referenceDateOf(request),
      targetSsin,
      handle: consultFamilyComposition,
      refusal,
    },
  ],
  authorizations: [ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.ADMIN_STAFF, ROLE.PROGRAM], legalContexts: ['PCSA:SOCIAL_INQUIRY'] })],
  dataBlocks: { all: ['familyComposition'], source: 'RR' },
};
