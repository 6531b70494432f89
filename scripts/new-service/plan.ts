import * as fs from 'fs';
import * as path from 'path';
import { ContractError, readWsdl } from '../../src/contract/wsdl';
import { NewServiceOptions, UsageError } from './args';
import { ContractPlan, planContract } from './contract';
import { contractShape, OperationShape } from './shape';
import { declarationExport, e2eTestFile, SourceNames, sourceNames } from './names';

/** Everything the templates need, decided from the command line, the WSDL and the project. */
export interface ServicePlan {
  id: string;
  name: string;
  version: string;
  family: string;
  path: string;
  /** The WSDL copy, relative to wsdl/ (the declaration's `wsdl`). */
  wsdl: string;
  namespace: string;
  operations: OperationShape[];
  /** The legal context of the generated authorization row, and whether the schema gave it. */
  legalContext: string;
  legalContextFromSchema: boolean;
  /** src/services/<family>/<Name> */
  folder: string;
  exportName: string;
  /** The source the handlers read; `isNew` when the scaffold creates it. */
  source: SourceNames & { isNew: boolean };
  /** test/e2e/<id>-<name>.test.ts */
  e2eTest: string;
  contract: ContractPlan;
}

/** The legal context the generated row allows when the schema enumerates none (TX25's). */
const DEFAULT_LEGAL_CONTEXT = 'PCSA:SOCIAL_INQUIRY';

/** Reads the WSDL and the project, and decides every name and file; writes nothing. */
export function planService(o: NewServiceOptions): ServicePlan {
  const contractsDir = path.join(o.root, 'wsdl');
  let facts;
  try {
    facts = readWsdl(path.basename(o.wsdl), path.dirname(o.wsdl));
  } catch (e) {
    if (e instanceof ContractError) throw new UsageError(`--wsdl: ${e.message}`);
    throw e;
  }
  if (facts.operations.length === 0) throw new UsageError(`--wsdl ${o.wsdl}: the portType has no operations`);
  const namespaces = new Set(facts.operations.flatMap((op) => [op.input, op.output, ...op.faults].map((q) => q.ns)));
  if (namespaces.size !== 1) throw new UsageError(`--wsdl ${o.wsdl}: the message elements are in ${namespaces.size} namespaces; a new-style service has one interface namespace`);

  const servicePath = o.path ?? facts.addressPath;
  const segments = facts.addressPath.split('/').filter((s) => s !== '');
  const versionAt = segments.findIndex((s) => /^v\d+$/.test(s));
  const name = o.name ?? (versionAt > 0 ? segments[versionAt - 1] : segments[1]);
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new UsageError(`cannot tell the service name from the soap:address path ${facts.addressPath}; give --name`);
  const version = o.version ?? (versionAt > 0 ? segments[versionAt] : 'v1');

  const known = registeredSources(o.root);
  const source = sourceNames(o.source);
  const folder = `src/services/${o.family}/${name}`;
  const wsdlFolder = `${o.id}-${name}/${version}`;
  const contract = planContract(o.wsdl, wsdlFolder, contractsDir, servicePath !== facts.addressPath ? servicePath : undefined);

  // The schemas are read as they will be once copied: the planned copies first, then the project's wsdl/.
  const planned = new Map(contract.copies.map((c) => [c.relative, c.text]));
  const read = (relative: string) => {
    if (planned.has(relative)) return planned.get(relative);
    const file = path.join(contractsDir, relative);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  };
  const shape = contractShape(contract.copies[0].relative, facts.operations, read);
  const fns = new Map<string, string>();
  for (const op of shape.operations) {
    const other = fns.get(op.fn);
    if (other) throw new UsageError(`operations ${other} and ${op.name} would both be the handler ${op.fn}`);
    fns.set(op.fn, op.name);
  }

  return {
    id: o.id,
    name,
    version,
    family: o.family,
    path: servicePath,
    wsdl: contract.copies[0].relative,
    namespace: shape.namespace,
    operations: shape.operations,
    legalContext: shape.legalContext ?? DEFAULT_LEGAL_CONTEXT,
    legalContextFromSchema: shape.legalContext !== undefined,
    folder,
    exportName: declarationExport(name, version),
    source: { ...source, isNew: !known.has(source.key) || madeFor(o.root, source, `${o.id} ${name} ${version}`) },
    e2eTest: `test/e2e/${e2eTestFile(o.id, name)}`,
    contract,
  };
}

/**
 * Whether a registered source is the one an earlier run made for this service (its index.ts says
 * so): a --force run then writes it again, as the first run did.
 */
function madeFor(root: string, source: SourceNames, title: string): boolean {
  const file = path.join(root, 'src/sources', source.folder, 'index.ts');
  return fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes(`generated with ${title} by`);
}

/** The source keys the SOURCES list of a project's src/sources/registry.ts holds. */
export function registeredSources(root: string): Set<string> {
  const text = fs.readFileSync(path.join(root, 'src/sources/registry.ts'), 'utf8');
  const list = text.match(/export const SOURCES = \{([\s\S]*?)\n\}/)?.[1];
  if (list === undefined) throw new UsageError('src/sources/registry.ts has no SOURCES list');
  return new Set([...list.matchAll(/^\s*(\w+)\s*:/gm)].map((m) => m[1]));
}
