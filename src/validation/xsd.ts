import * as path from 'path';
import { createSyncFn } from 'synckit';
import { PROJECT_ROOT } from '../paths';
import type { SchemaRef } from './schemas';

/**
 * XSD validation with libxml2 (libxml2-wasm): a real validator, not hand checks. The library is an
 * ES module with top-level await, so it runs in a worker thread (src/validation/xsd-worker.mjs)
 * that synckit calls synchronously; each schema is compiled once in the worker.
 */
export interface XsdError {
  message: string;
  /** Where libxml2 found the problem, e.g. /v2:retrieveTIGroupsRequest/searchInformation/ssin */
  xpath: string;
  line?: number;
}

export interface XsdResult {
  ok: boolean;
  errors: XsdError[];
}

/** What to validate in the document: the child of soap:Body, or the payload of the n-th SSDN ServiceRequest. */
export type XsdTarget = { kind: 'soap-body' } | { kind: 'service-request'; index: number };

const WORKER = path.join(PROJECT_ROOT, 'src', 'validation', 'xsd-worker.mjs');

type ValidateFn = (schema: SchemaRef, xml: string, target: XsdTarget) => XsdResult;
let validateInWorker: ValidateFn | undefined;

export function validateXsd(schema: SchemaRef, xml: string, target: XsdTarget): XsdResult {
  validateInWorker ??= createSyncFn(WORKER, { timeout: 30_000 }) as ValidateFn;
  return validateInWorker(schema, xml, target);
}
