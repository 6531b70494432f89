import { ContractReader, SchemaSet, TreeNode } from '../../src/explorer/xsd';
import type { WsdlOperation } from '../../src/contract/wsdl';
import { identifier } from './names';

/**
 * What the generated code needs to know of each operation's messages, read from the contract's
 * element trees (the explorer's model, src/explorer/xsd.ts): where the request names its person,
 * and which children the reply has, in order, so that the generated reply is valid as it stands.
 */
export type ReplyPart =
  /** informationCustomer, informationCBSS, legalContext: replyHead(); the option where the type requires legalContext. */
  | { kind: 'head'; legalContextRequired: boolean }
  /** An element the request has too (its criteria): echoed. */
  | { kind: 'echo'; name: string; repeated: boolean }
  | { kind: 'status' }
  /** What the handler has to answer (left to fill in). */
  | { kind: 'result'; name: string; required: boolean };

export interface OperationShape {
  /** The WSDL operation name, and the handler function's name. */
  name: string;
  fn: string;
  soapAction: string;
  requestElement: string;
  responseElement: string;
  faultElement?: string;
  /** Local names from the request root down to the person's SSIN (['criteria', 'ssin']), if it names one. */
  ssinPath?: string[];
  reply: ReplyPart[];
}

export interface ContractShape {
  namespace: string;
  operations: OperationShape[];
  /** The first legal context the request schema enumerates, if it does. */
  legalContext?: string;
}

const HEAD = new Set(['informationCustomer', 'informationCBSS', 'legalContext']);

interface Child {
  node: TreeNode;
  required: boolean;
}

/** The element children of a node, through its sequences, choices and groups. */
function childElements(node: TreeNode | undefined, required = true): Child[] {
  const out: Child[] = [];
  for (const c of node?.children ?? []) {
    if (c.kind === 'element') out.push({ node: c, required: required && c.min > 0 });
    else if (c.kind === 'sequence' || c.kind === 'all' || c.kind === 'choice') out.push(...childElements(c, required && c.min > 0 && c.kind !== 'choice'));
  }
  return out;
}

/** The path to the first element named like an SSIN (ssin, personSsin) below the request's head. */
function ssinPathOf(node: TreeNode, depth = 0): string[] | undefined {
  if (depth > 8 || node.recursive) return undefined;
  for (const { node: c } of childElements(node)) {
    if (depth === 0 && HEAD.has(c.name ?? '')) continue;
    if (/ssin$/i.test(c.name ?? '') && !c.children?.length) return [c.name!];
    const below = ssinPathOf(c, depth + 1);
    if (below) return [c.name!, ...below];
  }
  return undefined;
}

function replyOf(response: TreeNode | undefined, request: TreeNode | undefined): ReplyPart[] {
  if (!response) return [{ kind: 'head', legalContextRequired: false }, { kind: 'status' }];
  const asked = new Set(childElements(request).map((c) => c.node.name));
  const children = childElements(response);
  const legalContextRequired = children.some((c) => c.node.name === 'legalContext' && c.required);
  const parts: ReplyPart[] = [];
  for (const { node, required } of children) {
    const name = node.name ?? '';
    if (HEAD.has(name)) {
      if (!parts.some((p) => p.kind === 'head')) parts.push({ kind: 'head', legalContextRequired });
    } else if (name === 'status') parts.push({ kind: 'status' });
    else if (asked.has(name)) parts.push({ kind: 'echo', name, repeated: node.max !== 1 });
    else parts.push({ kind: 'result', name, required });
  }
  return parts;
}

/** Reads the shape of every operation; `entry` is the WSDL (relative to wsdl/) as `read` gives it. */
export function contractShape(entry: string, operations: WsdlOperation[], read: ContractReader): ContractShape {
  const set = new SchemaSet([entry], read);
  let legalContext: string | undefined;
  const shapes = operations.map((op): OperationShape => {
    const request = set.elementTree(op.input.ns, op.input.local);
    const response = set.elementTree(op.output.ns, op.output.local);
    legalContext ??= childElements(request).find((c) => c.node.name === 'legalContext')?.node.simple?.enumeration?.[0];
    return {
      name: op.name,
      fn: identifier(op.name),
      soapAction: op.soapAction,
      requestElement: op.input.local,
      responseElement: op.output.local,
      faultElement: op.faults[0]?.local,
      ssinPath: request && ssinPathOf(request),
      reply: replyOf(response, request),
    };
  });
  return { namespace: operations[0].input.ns, operations: shapes, legalContext };
}
