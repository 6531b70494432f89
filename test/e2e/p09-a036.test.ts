import * as soap from 'soap';
import { startEmulator, TestEmulator } from '../helpers/emulator';
import { CONNECTOR, serviceReplies, ssdnRequest } from '../helpers/ssdn';
import { validateAgainst } from '../helpers/xsd';
import { ocmw } from '../helpers/podmi';
import { A036, a036Request, callOver, SentAttest } from '../helpers/a036';
import { parseXml } from '../../src/xml/parse';
import { child, childText } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const GENT = ocmw('44021');
const ANTWERPEN = ocmw('11002');
const TODAY = '2026-11-16';
const original: SentAttest = { id: '440210000000001', created: TODAY, begin: '2026-11-01', decided: '2026-11-12' };

describe('P09 OCMWCPASA036 20060315 (send the multifunctional attest)', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());
  beforeEach(() => {
    emu.app.reset();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
  });
  const send = (a: SentAttest, o = GENT, ssin: string = SSIN.standard) => callOver(emu.url, A036, a036Request(o, ssin, a), o);

  it('answers through the soap client on the connector WSDL; the reply validates and the attest is recorded', async () => {
    const client = await soap.createClientAsync(`${emu.url}${CONNECTOR}?wsdl`);
    const [result] = await client.sendXMLAsync(ssdnRequest([{ serviceId: A036.serviceId, version: A036.version, payload: a036Request(GENT, SSIN.standard, original) }], GENT.user));
    const xml = String(result);
    validateAgainst(xml, 'ssdn/Service/SSDNReply.xsd');
    validateAgainst(xml.match(/<ns3:A036RequestReply[\s\S]*<\/ns3:A036RequestReply>/)![0], A036.xsd);
    const [reply] = serviceReplies(parseXml(xml));
    expect(reply.summary).toMatchObject({ ok: 'YES', returnCode: '0' });
    const a036 = child(reply.payload, 'A036');
    expect([childText(a036, 'OcmwCpas'), childText(a036, 'Attestation', 'AttestationIdentification', 'AttestationID'), childText(a036, 'Attestation', 'Details', 'CategoryCode')]).toEqual(['44021', original.id, '7']);
    expect(childText(a036, 'X001', 'OK', 'KszBcssReference')).toMatch(/^\d{15}$/);
    expect(emu.app.a036.of(SSIN.standard).map((a) => [a.attestation_id, a.ocmw_cbe, a.begin_date, a.end_date])).toEqual([[original.id, GENT.org.cbe_number, '2026-11-01', null]]);
  });

  it('is idempotent per AttestationID: the same attest again answers as the first time; another one under its id is refused', async () => {
    const first = await send(original);
    const again = await send(original);
    expect(again.xml).toBe(first.xml);
    expect(emu.app.a036.of(SSIN.standard)).toHaveLength(1);
    const other = await send({ ...original, category: 8 });
    expect([other.summary.ok, other.summary.details[0].reasonCode]).toEqual(['NO', '39109001']);
    expect(emu.app.a036.of(SSIN.standard)[0].category).toBe(7);
  });

  it('warns (WARNING 29109001) when sent more than 7 days after the decision, and records it all the same', async () => {
    const onTime = await send({ ...original, decided: '2026-11-09' });
    expect([onTime.summary.ok, onTime.summary.returnCode]).toEqual(['YES', '0']);
    const late = await send({ ...original, id: '440210000000002', decided: '2026-11-08' });
    expect([late.summary.ok, late.summary.returnCode, late.summary.details[0].reasonCode]).toEqual(['WARNING', '1', '29109001']);
    expect(emu.app.a036.of(SSIN.standard).map((a) => a.attestation_id)).toEqual([original.id, '440210000000002']);
    // The repeat is judged on the day first received: a day later it still answers as the first time.
    emu.app.clock.set(new Date('2026-11-17T10:00:00Z'));
    expect((await send({ ...original, decided: '2026-11-09' })).summary.ok).toBe('YES');
  });

  it('a correction or cancellation must name a current attest of the same OCMW and person', async () => {
    await send(original);
    const unknown = await send({ id: '440210000000003', status: 1, update: '999999999999999', created: TODAY, begin: '2026-11-02' });
    expect([unknown.summary.ok, unknown.summary.details[0].reasonCode]).toEqual(['NO', '39109002']);
    const missing = await send({ id: '440210000000004', status: 1, created: TODAY, begin: '2026-11-02' });
    expect([missing.summary.ok, missing.summary.details[0].reasonCode]).toEqual(['NO', '31000007']);
    const corrected = await send({ id: '440210000000005', status: 1, update: original.id, created: TODAY, begin: '2026-11-02' });
    expect(corrected.summary.ok).toBe('YES');
    // The original is no longer current: a second correction of it is refused, one of the correction is not.
    const twice = await send({ id: '440210000000006', status: 1, update: original.id, created: TODAY, begin: '2026-11-03' });
    expect(twice.summary.details[0].reasonCode).toBe('39109002');
    const cancelled = await send({ id: '440210000000007', status: 3, update: '440210000000005', created: TODAY, noDetails: true });
    expect(cancelled.summary.ok).toBe('YES');
    const c = emu.app.a036.attest('440210000000007')!;
    expect([c.status, c.begin_date, c.category]).toEqual([3, '2026-11-02', 7]);
    expect(emu.app.a036.attest('440210000000005')!.updated_by).toBe('440210000000007');
    // Another OCMW (Antwerpen integrates refused-overlap, not standard) cannot update Gent's attest of refused-overlap.
    await send({ ...original, id: '440210000000008' }, GENT, SSIN.refusedOverlap);
    const foreign = await send({ id: '110020000000001', status: 3, update: '440210000000008', created: TODAY, noDetails: true }, ANTWERPEN, SSIN.refusedOverlap);
    expect([foreign.summary.ok, foreign.summary.details[0].reasonCode]).toEqual(['NO', '39109002']);
  });

  it('refuses an OcmwCpas that is not the caller, and a person the OCMW has not integrated (39000012)', async () => {
    const nis = await callOver(emu.url, A036, a036Request(GENT, SSIN.standard, original, '11002'), GENT);
    expect([nis.summary.ok, nis.summary.details[0].reasonCode]).toEqual(['NO', '31000005']);
    const foreign = await send(original, ANTWERPEN, SSIN.standard);
    expect([foreign.summary.ok, foreign.summary.details[0].reasonCode]).toEqual(['NO', '39000012']);
    expect(emu.app.a036.of(SSIN.standard)).toEqual([]);
  });
});
