import { SOURCES } from './context';
import type { ClassicDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { consultL036 } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/**
 * P10 OCMWCPASL036 20060315 (ServiceId, version, namespace and document as a real CPAS client
 * sends them, contracts.md §3.6; our XSD is written from those facts): the multifunctional attests
 * of a person (X10 derived rights). Every OCMW that has the person integrated may consult
 * (finality), the deciding one or another; social workers, administrative staff and programs.
 */
export const l036Service: ClassicDeclaration<(typeof SOURCES)[number]> = {
  style: 'classic',
  id: 'P10',
  name: 'OCMWCPASL036',
  contract: 'modelled',
  serviceId: 'OCMWCPASL036',
  version: '20060315',
  xsd: ['P10-OCMWCPASL036/20060315/L036Request.xsd', 'P10-OCMWCPASL036/20060315/L036Reply.xsd'],
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  operations: ['ConsultL036'],
  operationOf: () => 'ConsultL036',
  targetSsin: (request) => childText(request, 'INSS') ?? '',
  authorizations: [ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.ADMIN_STAFF, ROLE.PROGRAM] })],
  handle: consultL036,
};
