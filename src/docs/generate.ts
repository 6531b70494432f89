import * as fs from 'fs';
import * as path from 'path';
import { SERVICES } from '../services/registry';
import type { ServiceDef } from '../services/types';
import { endpointOf, servedCatalogRows } from '../pipeline/channels';
import { coverage, CATALOG } from '../explorer/catalog';
import { describeCode } from '../explorer/explain';
import { outcomesFor } from '../personas/outcomes';
import { PERSONAS } from '../../fixtures/personas';
import { FLOWS, flowById } from '../events/flows';
import { FLOW_RULES } from '../sources/notifications/flow-rules';
import { code, dataBlocks, integration, legalContexts, requester, roles, table } from './tables';

/**
 * The facts of the README and of docs/services/<ID>.md, written from the registry, the codes, the
 * authorization rows and the persona outcomes (`npm run docs`). Each generated part sits between
 * `<!-- generated:<name>:start -->` and `<!-- generated:<name>:end -->`; everything outside the
 * markers is hand-written and left as it is. `.ci/run` and a test fail when a file is stale.
 */

export interface GeneratedFile {
  /** Relative to the project root. */
  path: string;
  content: string;
}

/** Every file the generator writes, with the content it should have now. */
export function generatedFiles(root: string): GeneratedFile[] {
  const readme = path.join(root, 'README.md');
  let text = fs.readFileSync(readme, 'utf8');
  text = replaceBetween(text, 'services', servicesTable(), 'README.md');
  text = replaceBetween(text, 'coverage', coverageLine(), 'README.md');
  text = replaceBetween(text, 'personas', personasTable(), 'README.md');
  text = replaceBetween(text, 'flows', flowsTable(), 'README.md');
  text = replaceBetween(text, 'authorizations', authorizationsTable(SERVICES), 'README.md');
  const files: GeneratedFile[] = [{ path: 'README.md', content: text }];
  for (const id of servedIds()) {
    const page = `docs/services/${id}.md`;
    const file = path.join(root, page);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : newPage(id);
    files.push({ path: page, content: replaceBetween(current, 'facts', facts(id), page) });
  }
  return files;
}

/** The files whose content on disk differs from what the generator writes. */
export function staleFiles(root: string): string[] {
  return generatedFiles(root)
    .filter((f) => {
      const file = path.join(root, f.path);
      return !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== f.content;
    })
    .map((f) => f.path);
}

export function writeGeneratedFiles(root: string): string[] {
  const stale = staleFiles(root);
  for (const f of generatedFiles(root)) if (stale.includes(f.path)) fs.writeFileSync(path.join(root, f.path), f.content);
  return stale;
}

export function replaceBetween(text: string, name: string, body: string, where: string): string {
  const start = `<!-- generated:${name}:start -->`;
  const end = `<!-- generated:${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${where}: the markers ${start} … ${end} are missing`);
  return `${text.slice(0, a + start.length)}\n${body}\n${text.slice(b)}`;
}

/** The catalog IDs served, each once, in catalog order (a contract may serve several rows). */
function servedIds(): string[] {
  return coverage(servedCatalogRows()).ids;
}

function servicesOf(id: string): ServiceDef[] {
  return SERVICES.filter((s) => s.id === id || endpointOf(s).operations.some((o) => o.id === id));
}

function addressOf(s: ServiceDef): string {
  const e = endpointOf(s);
  return e.serviceId ? `${code(e.serviceId)} / ${code(s.version)}` : code(e.path);
}

function servicesTable(): string {
  const rows = [...SERVICES]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((s) => {
      const ops = endpointOf(s).operations.map((o) => o.name);
      return [s.id, `${s.name} ${s.version}`, s.style, s.contract, addressOf(s), ops.length > 5 ? `${ops.length} operations` : ops.join(', '), `[docs/services/${s.id}.md](docs/services/${s.id}.md)`];
    });
  return table(['ID', 'Service', 'Style', 'Contract', 'Path / ServiceId', 'Operations', 'Details'], rows);
}

function coverageLine(): string {
  const ids = servedIds();
  return `**Coverage:** ${ids.length} of the ${CATALOG.length} catalog rows are served (${ids.join(', ')}). The others arrive with later issues; the explorer's catalogue view lists all ${CATALOG.length}.`;
}

function personasTable(): string {
  return table(
    ['Key', 'SSIN', 'Name', 'Situation'],
    PERSONAS.map((p) => [code(p.key), code(p.ssin), p.name, p.description]),
  );
}

/** The seeded rows of the given services, one row per rule. */
function authorizationsTable(services: ServiceDef[], withService = true): string {
  const rows = services.flatMap((s) =>
    (s.authorizations ?? []).map((r) => [
      ...(withService ? [`${s.id} ${s.name}`] : []),
      r.operation === '*' ? 'all' : r.operation,
      requester(r),
      roles(r),
      legalContexts(r),
      integration(r),
      dataBlocks(r),
    ]),
  );
  return table([...(withService ? ['Service'] : []), 'Operation', 'Requester', 'Roles', 'Legal contexts', 'Integration (quality codes)', 'Data blocks'], rows);
}

function flowsTable(): string {
  return table(
    ['ID', 'Flow', 'Contract', 'Payload element', 'Caused by', 'Delivery', 'Details'],
    FLOWS.map((f) => [f.id, f.name, f.contract, code(f.element), f.causes.map((c) => (/^[A-Z_]+$/.test(c) ? code(c) : c)).join(', '), f.delivery, `[docs/services/${f.id}.md](docs/services/${f.id}.md)`]),
  );
}

/** The seeded quality codes that let an OCMW receive a flow. */
function flowRuleText(id: string): string {
  const rules = FLOW_RULES.filter((r) => r.flow === id);
  return rules.length ? rules.map((r) => `sector ${r.sector}: quality codes ${r.qualityCodes.join(', ')}${r.minPhase ? `, phase ${r.minPhase} or more` : ''}`).join('; ') : 'none: it is delivered to the OCMW that manages the card';
}

function flowFacts(id: string): string {
  const f = flowById(id)!;
  const parts = ['#### Facts', '', '_Generated by `npm run docs` from src/events/flows.ts and the seeded flow rules; edit those, not this section._', ''];
  parts.push(
    table(
      ['Fact', 'Value'],
      [
        ['Contract', f.contract],
        ['Payload element', code(f.element)],
        ['Payload', f.payload],
        ['Caused by', f.causes.map((c) => (/^[A-Z_]+$/.test(c) ? code(c) : c)).join(', ')],
        ['Delivery', f.delivery === 'outbox' ? 'the organisation\'s outbox: pull, push (README "Notifications")' : 'a signed batch file in `<data-dir>/outbox/<kbo>/` and over SFTP'],
        ['Who receives it (seeded rule, `/_admin/directory/flow-rules`)', flowRuleText(id)],
      ],
    ),
  );
  if (f.example) parts.push('', '**Raise it** (`POST /_admin/events`, with the SSIN of an integrated person):', '', '```json', JSON.stringify({ ...f.example, ssin: '85061295131' }), '```');
  return parts.join('\n');
}

function facts(id: string): string {
  if (flowById(id)) return flowFacts(id);
  const services = servicesOf(id);
  const parts = ['#### Facts', '', '_Generated by `npm run docs` from the registry, the WSDLs, the authorization rows and the persona outcomes; edit those, not this section._', ''];
  parts.push(
    table(
      ['Service', 'Style', 'Contract', 'Path / ServiceId', 'WSDL', 'Contract files', 'Authentication'],
      services.map((s) => {
        const e = endpointOf(s);
        return [`${s.name} ${s.version}`, s.style, s.contract, addressOf(s), code(e.wsdl), e.contractFiles.map((f) => code(`wsdl/${f}`)).join(', '), e.authentication];
      }),
    ),
    '',
  );
  parts.push(
    table(
      ['Operation', 'Catalog row', 'SOAPAction', 'Request', 'Reply', 'Fault detail'],
      services.flatMap((s) =>
        endpointOf(s)
          .operations.filter((o) => o.id === id || s.id === id)
          .map((o) => [`${o.name}${services.length > 1 ? ` (${s.name} ${s.version})` : ''}`, o.id, code(o.soapAction), code(o.request.name), code(o.response.name), o.fault ? code(o.fault.name) : 'none declared']),
      ),
    ),
    '',
  );
  const withRows = services.filter((s) => s.authorizations?.length);
  parts.push('**Authorization rows** (seeded for every OCMW, sector 17; `/_admin/directory/authorizations` changes them, `POST /_admin/reset` restores them)', '');
  parts.push(withRows.length ? authorizationsTable(withRows, false) : 'None: no organisation may call it.', '');
  const outcomes = outcomesFor(id);
  if (outcomes.length) {
    parts.push('**Persona outcomes** (each one proved over HTTP by `test/e2e/persona-outcomes.test.ts`)', '');
    parts.push(table(['Persona', 'Operation', 'Status', 'Code', 'What the reply carries'], outcomes.map((o) => [code(o.persona), o.operation, o.expect.status, o.expect.code, o.summary])), '');
    // An outcome of a status without a message (Cadnet's answers) has no code to explain.
    const codes = [...new Set(outcomes.map((o) => o.expect.code))].filter(Boolean).sort();
    parts.push('**Codes in these outcomes**', '');
    parts.push(table(['Code', 'Meaning'], codes.map((c) => [c, c === '0' ? 'Processed (ReturnCode 0, no ReasonCode).' : (describeCode(c)?.description ?? '')])), '');
  }
  return parts.join('\n').trimEnd();
}

function newPage(id: string): string {
  const row = CATALOG.find((r) => r.id === id);
  return `### ${id} ${row?.name ?? ''}\n\n${row?.purpose ?? ''}\n\n<!-- generated:facts:start -->\n<!-- generated:facts:end -->\n`;
}
