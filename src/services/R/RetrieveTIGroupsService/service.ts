import type { NewStyleOperation, NewStyleService } from '../../types';
import { childText, XmlElement } from '../../../xml/node';
import { refusalV1, refusalV2, retrieveTI, retrieveTIV1 } from './handler';

const SOAP_ACTION = 'http://kszbcss.fgov.be/RetrieveTIGroupsService/retrieveTI';
/** A missing ssin reaches the shared SSIN checks as '' (MSG00011). */
const targetSsin = (request: XmlElement) => childText(request, 'searchInformation', 'ssin') ?? '';

/** Both versions have the one operation retrieveTI, with the same element names and SOAPAction. */
function retrieveTIOperation(handle: NewStyleOperation['handle'], refusal: NewStyleOperation['refusal']): NewStyleOperation {
  return {
    name: 'retrieveTI',
    soapAction: SOAP_ACTION,
    requestElement: 'retrieveTIGroupsRequest',
    responseElement: 'retrieveTIGroupsResponse',
    targetSsin,
    handle,
    refusal,
  };
}

/** R09 RetrieveTIGroupsService v2 "TX25" (contracts.md §5.2): the National Register file with its TI groups. */
export const retrieveTIGroupsV2Service: NewStyleService = {
  style: 'new',
  id: 'R09',
  name: 'RetrieveTIGroupsService',
  contract: 'public',
  version: 'v2',
  path: '/SOA4520/RetrieveTIGroupsService/v2/retrieveTI',
  wsdl: 'R09-RetrieveTIGroupsService/v2/RetrieveTIGroupsV2.wsdl',
  namespace: 'http://kszbcss.fgov.be/intf/RetrieveTIGroupsService/v2',
  faultElement: 'retrieveTIGroupsFault',
  authentication: 'basic',
  operations: [retrieveTIOperation(retrieveTI, refusalV2)],
};

/**
 * R09 RetrieveTIGroupsService v1: the older interface still used by some clients. Same file;
 * the reply puts status before searchInformation, legalContext is optional and enumerated.
 */
export const retrieveTIGroupsV1Service: NewStyleService = {
  style: 'new',
  id: 'R09',
  name: 'RetrieveTIGroupsService',
  contract: 'public',
  version: 'v1',
  path: '/SOA4520/RetrieveTIGroupsService/retrieveTI',
  wsdl: 'R09-RetrieveTIGroupsService/v1/RetrieveTIGroupsV1.wsdl',
  namespace: 'http://kszbcss.fgov.be/intf/RetrieveTIGroupsService/v1',
  faultElement: 'retrieveTIGroupsFault',
  faultListName: 'error',
  authentication: 'basic',
  operations: [retrieveTIOperation(retrieveTIV1, refusalV1)],
};
