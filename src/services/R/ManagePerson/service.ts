import { SOURCES } from './context';
import type { ClassicDeclaration } from '../../types';
import { createKSZCitizen } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/**
 * R11 ManagePerson.createKSZCitizen (modelled): the classic SSDN way to create a BIS number.
 * ServiceId and Version are not public: the ServiceId follows ReferenceManager.consult (the one
 * known facade ServiceId, contracts.md §3.7), the Version is the emulator's choice.
 */
export const managePersonService: ClassicDeclaration<(typeof SOURCES)[number]> = {
  style: 'classic',
  id: 'R11',
  name: 'ManagePerson',
  contract: 'modelled',
  serviceId: 'ManagePerson.createKSZCitizen',
  version: '20090101',
  xsd: ['R11-ManagePerson/20090101/ManagePersonRequest.xsd', 'R11-ManagePerson/20090101/ManagePersonReply.xsd'],
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  operations: ['createKSZCitizen'],
  operationOf: () => 'createKSZCitizen',
  // Its authorization rows are declared with BisPersonService's: rows are per service ID (R11).
  handle: createKSZCitizen,
};
