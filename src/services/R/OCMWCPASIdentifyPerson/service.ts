import type { ClassicService } from '../../types';
import { childText } from '../../../xml/node';
import { identifyPerson } from './handler';

/** R04 OCMWCPASIdentifyPerson 20050930 (contracts.md §3.1): identify a person by SSIN or phonetic criteria. */
export const identifyPersonService: ClassicService = {
  style: 'classic',
  id: 'R04',
  name: 'OCMWCPASIdentifyPerson',
  contract: 'public',
  serviceId: 'OCMWCPASIdentifyPerson',
  version: '20050930',
  namespace: 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/IdentifyPerson',
  requestElement: 'IdentifyPersonRequest',
  replyElement: 'IdentifyPersonReply',
  xsd: ['R04-OCMWCPASIdentifyPerson/20050930/IdentifyPersonRequest.xsd', 'R04-OCMWCPASIdentifyPerson/20050930/IdentifyPersonReply.xsd'],
  operations: ['bySSIN', 'byPhoneticCriteria'],
  // Only a search by SSIN names its person up front; a phonetic search does not.
  targetSsin: (request) => childText(request, 'SearchCriteria', 'SSIN'),
  handle: identifyPerson,
};
