import { ContractError, QName, readWsdl } from '../contract/wsdl';
import { rootElementOf } from '../contract/xsd';
import { SOURCE_NAMES } from '../sources/registry';
import type { ClassicDeclaration, ClassicService, NewStyleDeclaration, NewStyleOperation, NewStyleService, ServiceDeclaration, ServiceDef } from './types';

/**
 * Completes each declaration from its contract and refuses what disagrees with it, so that the
 * emulator does not start with a service its published WSDL would contradict:
 * - new style: every declared operation exists in the WSDL and every WSDL operation is declared;
 *   the path is the soap:address path; request and response elements share one namespace;
 * - classic: the request and reply schemas each declare one root element, in one namespace;
 * - every declared source exists;
 * - no two services on one path, no two classic services with one ServiceId/Version.
 */
export function resolveServices(declarations: ServiceDeclaration[]): ServiceDef[] {
  const services = declarations.map((d) => (d.style === 'new' ? resolveNewStyle(d) : resolveClassic(d)));
  const seen = new Map<string, string>();
  for (const s of services) {
    const key = s.style === 'new' ? `path ${s.path}` : `ServiceId/Version ${s.serviceId}/${s.version}`;
    const other = seen.get(key);
    if (other) throw new ContractError(`${s.id} ${s.name} and ${other} both claim ${key}`);
    seen.set(key, `${s.id} ${s.name}`);
  }
  return services;
}

export function resolveNewStyle(d: NewStyleDeclaration): NewStyleService {
  const fail = (message: string): never => {
    throw new ContractError(`${d.id} ${d.name} ${d.version} (${d.wsdl}): ${message}`);
  };
  checkSources(d.sources, fail);
  const wsdl = readWsdl(d.wsdl);
  if (wsdl.addressPath !== d.path) fail(`declared path ${d.path}, but soap:address says ${wsdl.addressPath}`);
  const declared = new Set(d.operations.map((o) => o.name));
  for (const name of wsdl.operations.map((o) => o.name)) if (!declared.has(name)) fail(`the WSDL operation ${name} has no handler`);
  if (declared.size !== d.operations.length) fail('an operation is declared twice');

  const namespaces = new Set<string>();
  const operations = d.operations.map((op): NewStyleOperation => {
    const contract = wsdl.operations.find((o) => o.name === op.name) ?? fail(`operation ${op.name} is not in the WSDL`);
    for (const q of [contract.input, contract.output, ...contract.faults]) namespaces.add(q.ns);
    return {
      ...op,
      id: op.id ?? d.id,
      soapAction: contract.soapAction,
      requestElement: contract.input.local,
      responseElement: contract.output.local,
      faultElement: contract.faults[0]?.local,
    };
  });
  if (namespaces.size !== 1) fail(`the message elements are in ${namespaces.size} namespaces; expected one interface namespace`);
  return { ...d, authentication: d.authentication ?? 'basic', namespace: [...namespaces][0], faultElement: operations[0]?.faultElement, operations };
}

export function resolveClassic(d: ClassicDeclaration): ClassicService {
  const fail = (message: string): never => {
    throw new ContractError(`${d.id} ${d.serviceId}/${d.version}: ${message}`);
  };
  checkSources(d.sources, fail);
  const request: QName = rootElementOf(d.xsd[0]);
  const reply: QName = rootElementOf(d.xsd[1]);
  if (request.ns !== reply.ns) fail(`request ${request.local} and reply ${reply.local} are in different namespaces`);
  if (d.operations.length === 0) fail('no operations');
  return { ...d, namespace: request.ns, requestElement: request.local, replyElement: reply.local };
}

function checkSources(names: readonly string[], fail: (m: string) => never): void {
  for (const name of names) if (!(SOURCE_NAMES as string[]).includes(name)) fail(`unknown source '${name}' (sources/registry.ts lists them)`);
}
