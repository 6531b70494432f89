import { SOURCES } from './context';
import type { ClassicDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { sendA036 } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/**
 * P09 OCMWCPASA036 20060315 (MODELLED: the ServiceId is a real KSZ service name, "annulering en
 * wijziging van multifunctioneel attest"; no version or XSD is public: 20060315 is the version of
 * its consultation L036, the document follows the generic classic A-form): the OCMW sends the
 * multifunctional attest (original, correction or cancellation) of a person it has integrated.
 * Same callers as the POD MI declarations (P01).
 */
export const a036Service: ClassicDeclaration<(typeof SOURCES)[number]> = {
  style: 'classic',
  id: 'P09',
  name: 'OCMWCPASA036',
  contract: 'modelled',
  serviceId: 'OCMWCPASA036',
  version: '20060315',
  xsd: ['P09-OCMWCPASA036/20060315/A036Request.xsd', 'P09-OCMWCPASA036/20060315/A036Reply.xsd'],
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  operations: ['SendA036'],
  operationOf: () => 'SendA036',
  targetSsin: (request) => childText(request, 'INSS') ?? '',
  authorizations: [ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.ADMIN_STAFF, ROLE.PROGRAM] })],
  handle: sendA036,
};
