import { SOURCES } from './context';
import { NewStyleOperationDeclaration, NewStyleDeclaration } from '../../types';
import { childText, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { refusalV1, refusalV2, retrieveTI, retrieveTIV1 } from './handler';
import { TI_GROUP_CODES } from './tiGroups';
import { ocmwRule, ROLE } from '../../authorizations';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/**
 * Who may read which TI groups (seeded rows, shared by v1 and v2 through the service ID): social
 * workers the whole file; administrative staff identity and address only (v1's "administrative
 * staff" legal context); the directors, for debt recovery, identity, address and decease.
 */
const AUTHORIZATIONS = [
  ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM], legalContexts: ['PCSA:SOCIAL_INQUIRY', 'social issues'] }),
  ocmwRule({
    roles: [ROLE.ADMIN_STAFF],
    legalContexts: ['PCSA:SOCIAL_INQUIRY', 'administrative staff'],
    dataBlocks: ['000', '001', '010', '020', '031', '100', '253', '254'],
  }),
  ocmwRule({
    roles: [ROLE.FINANCIAL_DIRECTOR, ROLE.GENERAL_DIRECTOR],
    legalContexts: ['PCSA:DEBT_RECOVERY'],
    dataBlocks: ['000', '010', '020', '150'],
  }),
];

/** legalContext is mandatory since v2: an empty one is invalid data, before any authorization check. */
function requireLegalContext(request: XmlElement): void {
  if (!childText(request, 'legalContext')) throw invalidField('legalContext');
}

const DATA_BLOCKS = { all: Object.values(TI_GROUP_CODES), source: 'RR' };

/** A missing ssin reaches the shared SSIN checks as '' (MSG00011). */
const targetSsin = (request: XmlElement) => childText(request, 'searchInformation', 'ssin') ?? '';

/** Both versions have the one operation retrieveTI, with the same element names and SOAPAction. */
function retrieveTIOperation(handle: NewStyleOperationDeclaration<(typeof SOURCES)[number]>['handle'], refusal: NewStyleOperationDeclaration<(typeof SOURCES)[number]>['refusal']): NewStyleOperationDeclaration<(typeof SOURCES)[number]> {
  return {
    name: 'retrieveTI',
    targetSsin,
    handle,
    refusal,
  };
}

/** R09 RetrieveTIGroupsService v2 "TX25" (contracts.md §5.2): the National Register file with its TI groups. */
export const retrieveTIGroupsV2Service: NewStyleDeclaration<(typeof SOURCES)[number]> = {
  style: 'new',
  id: 'R09',
  name: 'RetrieveTIGroupsService',
  contract: 'public',
  version: 'v2',
  path: '/SOA4520/RetrieveTIGroupsService/v2/retrieveTI',
  wsdl: 'R09-RetrieveTIGroupsService/v2/RetrieveTIGroupsV2.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  operations: [{ ...retrieveTIOperation(retrieveTI, refusalV2), validate: requireLegalContext }],
  authorizations: AUTHORIZATIONS,
  dataBlocks: DATA_BLOCKS,
};

/**
 * R09 RetrieveTIGroupsService v1: the older interface still used by some clients. Same file;
 * the reply puts status before searchInformation, legalContext is optional and enumerated.
 */
export const retrieveTIGroupsV1Service: NewStyleDeclaration<(typeof SOURCES)[number]> = {
  style: 'new',
  id: 'R09',
  name: 'RetrieveTIGroupsService',
  contract: 'public',
  version: 'v1',
  path: '/SOA4520/RetrieveTIGroupsService/retrieveTI',
  wsdl: 'R09-RetrieveTIGroupsService/v1/RetrieveTIGroupsV1.wsdl',
  faultListName: 'error',
  sources: SOURCES,
  samples: SAMPLES,
  operations: [{ ...retrieveTIOperation(retrieveTIV1, refusalV1), legalContextOf: (request) => childText(request, 'legalContext') ?? 'social issues' }],
  dataBlocks: DATA_BLOCKS,
};
