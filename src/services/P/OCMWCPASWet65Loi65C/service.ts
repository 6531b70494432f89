import { SOURCES } from './context';
import type { ClassicDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { loi65C } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/**
 * P07 OCMWCPASWet65Loi65C 20090101 (MODELLED: ServiceId after the KSZ document titles
 * "OCMWCPASWet65Loi65…", version our choice as for P01; our own XSDs from the Loi 65 element
 * trees): the Loi 65 form C cancelling the equivalent leefloon; one DecisionResultC per form.
 */
export const loi65CService: ClassicDeclaration<(typeof SOURCES)[number]> = {
  style: 'classic',
  id: 'P07',
  name: 'OCMWCPASWet65Loi65C',
  contract: 'modelled',
  serviceId: 'OCMWCPASWet65Loi65C',
  version: '20090101',
  xsd: ['P07-OCMWCPASWet65Loi65C/20090101/L65CDecisionRequest.xsd', 'P07-OCMWCPASWet65Loi65C/20090101/L65CDecisionReply.xsd'],
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  operations: ['L65_C_Decision'],
  operationOf: () => 'L65_C_Decision',
  targetSsin: (request) => childText(request, 'CancellationFormC', 'SSIN') ?? '',
  authorizations: [ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.ADMIN_STAFF, ROLE.PROGRAM] })],
  handle: loi65C,
};
