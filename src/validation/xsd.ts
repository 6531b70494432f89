import * as path from 'path';
import { pathToFileURL } from 'url';
import { createSyncFn } from 'synckit';
import { PROJECT_ROOT } from '../paths';
import type { SchemaRef } from './schemas';

/**
 * XSD validation with libxml2 (libxml2-wasm): a real validator, not hand checks. The library is an
 * ES module with top-level await, which CommonJS code cannot require: `loadXsdInProcess()` (called
 * before the server listens) imports it into the emulator's own thread. Where that import is not
 * possible (jest's module sandbox) validation runs in a worker thread that synckit calls
 * synchronously; both run src/validation/xsd-engine.mjs, where each schema is compiled once.
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

const VALIDATION_DIR = path.join(PROJECT_ROOT, 'src', 'validation');
const ENGINE = path.join(VALIDATION_DIR, 'xsd-engine.mjs');
const WORKER = path.join(VALIDATION_DIR, 'xsd-worker.mjs');

type ValidateFn = (schema: SchemaRef, xml: string, target: XsdTarget) => XsdResult;
let validateInProcess: ValidateFn | undefined;
let validateInWorker: ValidateFn | undefined;
/** Schemas the worker has compiled: their text crosses the thread boundary once, not per request. */
const compiledInWorker = new Set<string>();

/** Where validation runs: the emulator's own thread, or the worker fallback. */
export function xsdValidationMode(): 'in-process' | 'worker' {
  return validateInProcess ? 'in-process' : 'worker';
}

/**
 * Imports the validation engine into this thread. A real dynamic import() (TypeScript's CommonJS
 * output would turn `import()` into `require()`, which cannot load an ES module with top-level
 * await). Returns false, and leaves the worker fallback, where dynamic import is not available.
 */
export async function loadXsdInProcess(): Promise<boolean> {
  if (validateInProcess) return true;
  try {
    const importModule = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<{ validate: ValidateFn }>;
    validateInProcess = (await importModule(pathToFileURL(ENGINE).href)).validate;
    return true;
  } catch {
    return false;
  }
}

export function validateXsd(schema: SchemaRef, xml: string, target: XsdTarget): XsdResult {
  if (validateInProcess) return validateInProcess(schema, xml, target);
  validateInWorker ??= createSyncFn(WORKER, { timeout: 30_000 }) as ValidateFn;
  const first = !compiledInWorker.has(schema.key);
  const result = validateInWorker(first ? schema : { ...schema, text: '' }, xml, target);
  compiledInWorker.add(schema.key);
  return result;
}
