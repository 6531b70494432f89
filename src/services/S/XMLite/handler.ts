import type { Ctx } from './context';
import { childText, XmlElement } from '../../../xml/node';
import { Prefixed, XmlObject } from '../../../xml/build';
import { REASON } from '../../../domain/codes';
import type { ClassicResult } from '../../types';
import { FLOW_NS, flowOf } from './flow';
import { l950Answer } from './l950';
import { a701Attestation } from './a701';

/** The flow's reply document, its elements in the XmlSchema namespace (the client reads them with its own prefix). */
const flowXml = (code: string, content: XmlObject) => ({
  [`ns4:${code}`]: new Prefixed('ns4', { '@xmlns:ns4': FLOW_NS, '@processType': 'L', '@version': '001', ...content }),
});

/**
 * S04 XMLite 20051206 (contracts.md §3.10): the reply Message echoes the request's ClassicPrefix and
 * carries the flow's answer in Data/XML: L950 AnswerOK with the worker's Dimona periods (the
 * person after the shared SSIN and finality checks), or A701 Attestation of an employer. An
 * employer RSZ does not know gets a Message without Data and an INFORMATION detail.
 */
export function xmlite(request: XmlElement, ctx: Ctx): ClassicResult {
  const { code, request: flowRequest } = flowOf(request);
  const header = { ClassicPrefix: childText(request, 'Header', 'ClassicPrefix') ?? '' };
  if (code === 'L950') {
    return { reply: { Header: header, Data: { XML: flowXml('L950', { AnswerOK: new Prefixed('ns4', l950Answer(flowRequest, ctx, ctx.target!)) }) } } };
  }
  const attestation = a701Attestation(flowRequest, ctx);
  if (!attestation) {
    return { reply: { Header: header }, details: [{ severity: 'INFORMATION', def: REASON.EMPLOYER_UNKNOWN, information: [{ fieldName: 'NLOSSRegistrationNbr', fieldValue: childText(flowRequest, 'Employer', 'FirmID', 'NLOSSRegistrationNbr') }] }] };
  }
  return { reply: { Header: header, Data: { XML: flowXml('A701', { Attestation: new Prefixed('ns4', attestation) }) } } };
}
