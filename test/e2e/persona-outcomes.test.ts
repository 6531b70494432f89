import { GENT, startEmulator, TestEmulator } from '../helpers/emulator';
import { basicAuth, bodyRoot, post } from '../helpers/http';
import { CONNECTOR, sendXml, serviceReplies, ssdnReplyOf } from '../helpers/ssdn';
import { PERSONAS } from '../../fixtures/personas';
import { OUTCOMES } from '../../src/personas/outcomes';
import type { PersonaOutcome } from '../../src/personas/outcome';
import { SERVICES } from '../../src/services/registry';
import type { ServiceDef } from '../../src/services/types';
import { operationCatalogId } from '../../src/services/catalog-ids';
import { contractOf } from '../../src/explorer/model';
import { buildSample } from '../../src/explorer/samples';
import { SEND_XML_ACTION } from '../../src/soap/ssdn';
import { child, childText, XmlElement } from '../../src/xml/node';

/**
 * Every persona outcome (src/personas/outcomes.ts) proved over HTTP: the explorer's sample request
 * for the persona, operation, organisation and role, sent to a running emulator; the reply's status
 * and code must be the ones the outcome publishes. An outcome holds for every version of its
 * service that has the operation (R09 v1 and v2), so each version is its own test.
 */
const versionsOf = (o: { service: string; operation: string }): ServiceDef[] =>
  SERVICES.filter((s) => operationCatalogId(s, o.operation) === o.service && contractOf(s).operations.some((op) => op.name === o.operation));

const CASES: [string, PersonaOutcome, ServiceDef][] = OUTCOMES.flatMap((o) =>
  versionsOf(o).map((s): [string, PersonaOutcome, ServiceDef] => {
    const extras = [o.request?.now && `at ${o.request.now}`, o.request?.values && JSON.stringify(o.request.values), o.request?.role, o.request?.before && 'after ' + o.request.before.map((b) => `${b.service} ${b.operation}`).join(', ')];
    return [`${o.persona} ${s.id} ${s.name} ${s.version} ${o.operation}${extras.filter(Boolean).map((e) => ` ${e}`).join('')}: ${o.expect.status} ${o.expect.code}`, o, s];
  }),
);

/** status and code of a reply, in the outcome vocabulary (src/personas/outcome.ts). */
function outcomeOf(service: ServiceDef, body: string): { status: string; code: string } {
  if (service.style === 'new') {
    const root = bodyRoot(body);
    if (root.local === 'Fault') return { status: 'FAULT', code: body.match(/reasonCode>([^<]*)</)?.[1] ?? childText(root, 'faultcode') ?? '' };
    const status: XmlElement | undefined = child(root, 'status');
    // A status with the contract's own codes and no value (Cadnet): the code, then the first message's code.
    if (service.ownStatus && status && !child(status, 'value')) return { status: childText(status, 'code') ?? '', code: childText(status, 'informationMessage', 'code') ?? '' };
    return { status: childText(status, 'value') ?? '(no status block)', code: childText(status, 'code') ?? '' };
  }
  const [reply] = serviceReplies(ssdnReplyOf(body).root);
  if (!reply) return { status: '(no ServiceReply)', code: '' };
  return { status: reply.summary.ok, code: reply.summary.details[0]?.reasonCode ?? reply.summary.returnCode };
}

describe('persona outcomes', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());
  afterEach(() => {
    emu.app.clock.reset();
    emu.app.reset();
  });

  async function send(service: ServiceDef, operation: string, ssin: string, o: PersonaOutcome, values?: Record<string, string>) {
    const r = o.request ?? {};
    const cbe = r.organisation ?? GENT.org.cbe_number;
    const role = r.role ?? 'SOCIAL_WORKER';
    const sample = buildSample(emu.app, service, operation, { ssin, cbe, role, legalContext: r.legalContext }, { values, include: r.include, exclude: r.exclude });
    if (service.style === 'new') {
      const credential = emu.app.directory.credentials(cbe).find((c) => c.role === role) ?? emu.app.directory.credentials(cbe)[0];
      const soapAction = contractOf(service).operations.find((op) => op.name === operation)?.soapAction ?? '';
      const res = await post(`${emu.url}${service.path}`, sample.document, { SOAPAction: soapAction, ...(credential ? basicAuth(credential.username, credential.password) : {}) });
      return { ...outcomeOf(service, res.body), body: res.body };
    }
    const res = await post(`${emu.url}${CONNECTOR}`, sendXml(sample.document.replace(/^<\?xml[^>]*>\s*/, '')), { SOAPAction: SEND_XML_ACTION });
    return { ...outcomeOf(service, res.body), body: res.body };
  }

  test('every outcome names a persona, a service operation, and a status of its channel', () => {
    expect(OUTCOMES.length).toBeGreaterThan(0);
    for (const o of OUTCOMES) {
      const where = `${o.persona} ${o.service} ${o.operation}`;
      expect([where, PERSONAS.some((p) => p.key === o.persona)]).toEqual([where, true]);
      const versions = versionsOf(o);
      expect([where, versions.length > 0]).toEqual([where, true]);
      const first = versions[0];
      const statuses = first.style === 'new' ? (first.ownStatus?.codes ?? first.statusValues?.values ?? ['DATA_FOUND', 'NO_DATA_FOUND', 'NO_RESULT', 'INCOMPLETE_DATA']) : ['YES', 'NO', 'WARNING'];
      expect([where, statuses]).toEqual([where, expect.arrayContaining([o.expect.status])]);
      expect(o.summary).not.toMatch(/\n/);
    }
  });

  test.each(CASES)('%s', async (_name, o, service) => {
    const persona = PERSONAS.find((p) => p.key === o.persona)!;
    if (o.request?.now) emu.app.clock.set(new Date(o.request.now));
    for (const step of o.request?.before ?? []) {
      const first = versionsOf(step)[0];
      const got = await send(first, step.operation, persona.ssin, o, step.values);
      expect([`before: ${step.service} ${step.operation}`, got.status]).toEqual([`before: ${step.service} ${step.operation}`, first.style === 'new' ? 'DATA_FOUND' : 'YES']);
    }
    emu.app.faults.set(o.request?.faults ?? []);
    const got = await send(service, o.operation, persona.ssin, o, o.request?.values).finally(() => emu.app.faults.clear());
    // The reply travels with the comparison, so a failure shows what the emulator answered.
    expect({ status: got.status, code: got.code, reply: got.body.slice(0, 4000) }).toEqual({ ...o.expect, reply: got.body.slice(0, 4000) });
  });
});
