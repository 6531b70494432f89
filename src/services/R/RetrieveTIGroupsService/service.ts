import type { NewStyleService } from '../../types';
import { childText } from '../../../xml/node';
import { retrieveTI } from './handler';

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
  operations: [
    {
      name: 'retrieveTI',
      soapAction: 'http://kszbcss.fgov.be/RetrieveTIGroupsService/retrieveTI',
      requestElement: 'retrieveTIGroupsRequest',
      responseElement: 'retrieveTIGroupsResponse',
      targetSsin: (request) => childText(request, 'searchInformation', 'ssin') ?? '',
      handle: retrieveTI,
    },
  ],
};
