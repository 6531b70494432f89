import * as fs from 'fs';
import * as path from 'path';
import { startEmulator, TestEmulator } from '../helpers/emulator';
import { basicAuth, bodyRoot, post } from '../helpers/http';
import { CONNECTOR, serviceReplies, ssdnReplyOf } from '../helpers/ssdn';
import { ocmw } from '../helpers/podmi';
import { child, childrenNamed, childText } from '../../src/xml/node';

const DIR = path.join(__dirname, '../../examples/podmi-chain');
const ANTWERPEN = ocmw('11002');

/**
 * The README's walk-through "declare → decide → consult → stop", run on the request files a vendor
 * sends with curl (examples/podmi-chain), exactly as they are: if the README's story stops being
 * true, this fails.
 */
describe('the POD MI walk-through of the README (examples/podmi-chain)', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());

  const declaration = async (file: string) => {
    const res = await post(`${emu.url}${CONNECTOR}`, fs.readFileSync(path.join(DIR, file), 'utf8'));
    expect(res.status).toBe(200);
    const [reply] = serviceReplies(ssdnReplyOf(res.body).root);
    const result = child(reply.payload, 'DecisionResult');
    return { ok: reply.summary.ok, reason: reply.summary.details[0]?.reasonCode, evaluation: childText(result, 'Evaluation'), errors: childrenNamed(result, 'ErrorsOnForm').map((e) => childText(e, 'Code')), payload: reply.payload };
  };
  const livingWages = async () => {
    const res = await post(`${emu.url}/SOA4520/LivingWagesService/v2/consult`, fs.readFileSync(path.join(DIR, '5-antwerpen-consults-living-wages.xml'), 'utf8'), {
      ...basicAuth(ANTWERPEN.credential.username, ANTWERPEN.credential.password),
      SOAPAction: 'http://kszbcss.fgov.be/LivingWagesService/getLivingWagePeriodsPerPCSA',
    });
    return childrenNamed(bodyRoot(res.body), 'livingWagePeriodsPerPCSA').flatMap((g) => childrenNamed(g, 'livingWagePeriod').map((p) => [childText(g, 'pcsaCbeNumber'), childText(p, 'beginDate'), childText(p, 'endDate')]));
  };

  it('runs the story: refused for an overlap, the other OCMW stops, accepted, visible to the other OCMW, stopped', async () => {
    emu.app.reset();
    const clock = await fetch(`${emu.url}/_admin/clock`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now: '2026-02-02T10:00:00Z' }) });
    expect(clock.status).toBe(200);
    const [gent, antwerpen] = ['0244021019', ANTWERPEN.org.cbe_number];

    expect(await declaration('1-gent-declares-leefloon.xml')).toMatchObject({ ok: 'WARNING', reason: '29100001', evaluation: 'REFUSED', errors: ['B00102'] });
    expect(await declaration('2-antwerpen-stops-its-leefloon.xml')).toMatchObject({ ok: 'YES', evaluation: 'ACCEPTED', errors: [] });
    const again = await declaration('3-gent-declares-again.xml');
    expect(again).toMatchObject({ ok: 'YES', evaluation: 'ACCEPTED' });
    expect(childText(again.payload, 'DecisionResult', 'AcceptedPeriod', 'StartDate')).toBe('2026-01-05');

    const list = await declaration('4-gent-lists-its-forms.xml');
    expect(childrenNamed(list.payload, 'Attestation').map((a) => [childText(a, 'FormType', 'Code'), childText(a, 'Status')])).toEqual([['B', '1'], ['B', '0']]);
    expect(await livingWages()).toEqual([[antwerpen, '2024-03-01', '2025-12-31'], [gent, '2026-01-05', '2026-02-02']]);

    expect(await declaration('6-gent-stops.xml')).toMatchObject({ ok: 'YES', evaluation: 'ACCEPTED' });
    expect(await livingWages()).toEqual([[antwerpen, '2024-03-01', '2025-12-31'], [gent, '2026-01-05', '2026-02-28']]);
    // The same file again changes nothing and answers as the first time.
    expect(await declaration('6-gent-stops.xml')).toMatchObject({ ok: 'YES', evaluation: 'ACCEPTED' });
  });
});
