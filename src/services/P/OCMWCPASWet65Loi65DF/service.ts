import { SOURCES } from './context';
import type { ClassicDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { loi65DF } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/**
 * P05 OCMWCPASWet65Loi65DF 20090101 (MODELLED: the ServiceId is the KSZ document title
 * "OCMWCPASWet65Loi65DF (terugbetaling door cliënt)"; no version is public, 20090101 is our choice
 * as for P02 and P07; our own XSDs written from the Loi 65 element trees): the OCMW claims the
 * refund of what it paid (forms D1, D2) and declares what it recovered (form F); POD MI answers
 * one DecisionResultDF per form. Same roles as P02; the beneficiary must be integrated by the
 * calling OCMW.
 */
export const loi65DFService: ClassicDeclaration<(typeof SOURCES)[number]> = {
  style: 'classic',
  id: 'P05',
  name: 'OCMWCPASWet65Loi65DF',
  contract: 'modelled',
  serviceId: 'OCMWCPASWet65Loi65DF',
  version: '20090101',
  xsd: ['P05-OCMWCPASWet65Loi65DF/20090101/L65DFDecisionRequest.xsd', 'P05-OCMWCPASWet65Loi65DF/20090101/L65DFDecisionReply.xsd'],
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  operations: ['L65_DF_Decision'],
  operationOf: () => 'L65_DF_Decision',
  targetSsin: (request) => childText(request, 'RefundformD1', 'SSIN') ?? childText(request, 'RefundFormD2', 'SSIN') ?? childText(request, 'RecoveringFormF', 'SSIN') ?? '',
  authorizations: [ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.ADMIN_STAFF, ROLE.PROGRAM] })],
  handle: loi65DF,
};
