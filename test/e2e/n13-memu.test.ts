import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFile, execFileSync } from 'child_process';
import { promisify } from 'util';
import { GENT as GENT_OCMW, startEmulator, TestEmulator } from '../helpers/emulator';
import { endpointClient } from '../helpers/newstyle-endpoint';
import { actionsOf, carmedOf, ECARMED, identifierOf, MANAGE, medicalCard, reasonsOf, statusOf } from '../helpers/ecarmed';
import { child, childrenNamed, childText, elements, XmlElement } from '../../src/xml/node';
import { parseXml } from '../../src/xml/parse';
import { addDays } from '../../src/domain/dates';
import { testCa } from '../../src/security/testCa';
import { SSIN } from '../../fixtures/personas';

const TODAY = '2026-11-16';
const PERIOD = { startDate: '2026-10-01', endDate: '2027-03-31' };
const GENT = '0244021019';
const MEMU_NS = 'http://socialsecurity.be/medicalcardregistry/v1/batchmutation';

interface FileView { organisation: string; flow: string; day: string; sequence: number; files: { data: string; signature: string; go: string } }

/** Every descendant with this local name, in document order (as DOM's getElementsByTagName). */
function byTagName(el: XmlElement, local: string): XmlElement[] {
  return elements(el).flatMap((c) => [...(c.local === local ? [c] : []), ...byTagName(c, local)]);
}

describe('N13 MediPrima mutations (MEMU): the card is suspended and the managing OCMW gets FO/FS/GO batch files', () => {
  let emu: TestEmulator;
  let ec: Awaited<ReturnType<typeof endpointClient>>;
  beforeAll(async () => {
    emu = await startEmulator();
    ec = await endpointClient(emu, ECARMED);
  });
  afterAll(() => emu.close());
  beforeEach(() => {
    emu.app.reset();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
  });

  const open = async (ssin = SSIN.standard) =>
    childText(identifierOf(await ec.call('openCarmed', MANAGE, { proposal: { ssin, validityPeriod: PERIOD, medicalCard: medicalCard(PERIOD, { covers: ['doctor', 'hospitalization', 'ambulatoryHospitalization'] }) } })), 'eCarmedNumber')!;
  const event = async (body: Record<string, unknown>) => {
    const res = await fetch(`${emu.url}/_admin/mediprima/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, json: (await res.json()) as { mutations: { mutationNbr: number; eCarmedNumber: string; kind: string; cardStatus: string }[]; files: FileView[]; error?: string } };
  };
  const file = async (name: string) => {
    const res = await fetch(`${emu.url}/_admin/mediprima/files/${name}`);
    expect([name, res.status]).toEqual([name, 200]);
    return res.text();
  };
  const notificationList = (fo: string) => byTagName(parseXml(fo), 'notificationList')[0];

  it('a new refund code: the card is SUSPENDED (REFUND_CODE, only stopCarmed) and a MEMU001 file in the systemFlux envelope goes to Gent', async () => {
    const number = await open();
    // She is insured (code 1: the ZIV/AMI parts are the mutuality's); her new code 50 is urgent medical aid, all of it refunded.
    const { status, json } = await event({ type: 'REFUND_CODE', ssin: SSIN.standard, date: '2026-11-20', newRefundCode: 50 });
    expect(status).toBe(200);
    expect(json.mutations.map((m) => [m.eCarmedNumber, m.kind, m.cardStatus])).toEqual([[number, 'refundCode', 'SUSPENDED']]);
    expect(json.files.map((f) => [f.organisation, f.flow, f.files.data, f.files.signature, f.files.go])).toEqual([
      [GENT, 'MEMU', 'FO.MEMU.999999.20261116.00001.T.1.1', 'FS.MEMU.999999.20261116.00001.T.1.1', 'GO.MEMU.999999.20261116.00001.T.1'],
    ]);
    const root = parseXml(await file(json.files[0].files.data));
    expect([root.local, childText(root, 'Form', 'Identification'), childText(root, 'Form', 'TypeForm'), childText(root, 'Form', 'ReferenceData', 'EmployerId', 'CompanyID')]).toEqual(['GenericXmlDocument', 'MEMU001', 'SU', '244021019']);
    const list = byTagName(root, 'notificationList')[0];
    expect([list.ns, list.prefix, childText(list, 'companyId')]).toEqual([MEMU_NS, 'ns2', GENT]);
    const notification = child(list, 'notification')!;
    const mutation = child(child(notification, 'mutation'), 'refundCode')!;
    const indicators = ['changePodmi_sppisPartInd', 'changeMedicalUrgencyInd', 'changeAffiliedMutualityInd'].map((n) => childText(mutation, n));
    expect([childText(mutation, 'newRefundCode'), childText(mutation, 'eCarmedNumber'), ...indicators]).toEqual(['50', number, 'Y', 'Y', 'Y']);
    // The card keeps the code it was judged with until the OCMW acts.
    expect(childText(mutation, 'carmed', 'eCarmedContent', 'refund_podmi_sppis', 'refundCode')).toBe('1');
    expect(childText(notification, 'mutationNumber')).toBe(String(json.mutations[0].mutationNbr));
    const identifier = child(child(mutation, 'carmed'), 'eCarmedIdentifier')!;
    expect([identifier.prefix, childText(identifier, 'cardStatus'), childText(identifier, 'managedDates', 'suspension', 'detail', 'reason'), childText(identifier, 'managedDates', 'suspension', 'detail', 'date'), actionsOf(identifier)]).toEqual(['ns3', 'SUSPENDED', 'REFUND_CODE', '2026-11-20', ['stopCarmed']]);
    // The operations the suspended card does not allow are refused.
    const change = { proposal: { eCarmedNumber: number, ssin: SSIN.standard, newValidityPeriod: PERIOD, newMedicalCard: medicalCard(PERIOD) } };
    expect(reasonsOf(await ec.call('modifyCarmed', MANAGE, change))).toEqual(['MED00020']);
    expect(reasonsOf(await ec.call('closeCarmed', MANAGE, { ssin: SSIN.standard, eCarmedNumber: number }))).toEqual(['MED00020']);
  });

  it('signs each data file with a detached PKCS#7 that openssl verifies against the emulator\'s test CA, and that fails on a changed file', async () => {
    await open();
    const { json } = await event({ type: 'DECEASE', ssin: SSIN.standard, date: '2026-12-10' });
    const names = json.files[0].files;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memu-'));
    try {
      const [fo, fsFile, ca] = ['fo', 'fs.der', 'ca.pem'].map((n) => path.join(dir, n));
      fs.writeFileSync(fo, await file(names.data));
      const signature = await file(names.signature);
      expect(signature).toMatch(/^[A-Za-z0-9+/=\r\n]+$/);
      fs.writeFileSync(fsFile, Buffer.from(signature, 'base64'));
      fs.writeFileSync(ca, testCa(emu.app).certPem);
      const verify = () => execFileSync('openssl', ['smime', '-verify', '-binary', '-inform', 'DER', '-in', fsFile, '-content', fo, '-CAfile', ca, '-purpose', 'any', '-out', '/dev/null'], { stdio: 'pipe' }).toString();
      expect(() => verify()).not.toThrow();
      fs.appendFileSync(fo, ' ');
      expect(() => verify()).toThrow();
      expect(await file(names.go)).toBe('');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('passes the real client\'s stop workflow: read the MEMU file, consultCarmedHistory by the padded number, stopCarmed at the mutation date minus one day', async () => {
    const number = await open();
    const { json } = await event({ type: 'REFUND_CODE', ssin: SSIN.standard, date: '2026-12-01', newRefundCode: 1 });
    const fo = parseXml(await file(json.files[0].files.data));
    // As mutation.class.php: the first ssin, eCarmedNumber and suspension/detail/date of the file.
    const ssin = childText(byTagName(fo, 'ssin')[0]);
    const cardNumber = childText(byTagName(fo, 'eCarmedNumber')[0]);
    const mutationDate = childText(byTagName(byTagName(fo, 'suspension')[0], 'date')[0]);
    expect([ssin, cardNumber, mutationDate]).toEqual([SSIN.standard, number, '2026-12-01']);
    const history = await ec.call('consultCarmedHistory', MANAGE, { selectionCriteria: { eCarmedNumber: String(Number(cardNumber)).padStart(12, '0') } });
    const startOf = (cover: string) => childText(child(byTagName(history, cover)[0], 'validityPeriod'), 'startDate')!;
    const endDate = addDays(mutationDate, -1);
    const stopped = await ec.call('stopCarmed', MANAGE, {
      ssin,
      eCarmedNumber: cardNumber,
      endDate,
      medicalCoverValidityPeriod: { doctor: { startDate: startOf('doctor'), endDate }, hospitalisation: { startDate: startOf('hospitalization'), endDate }, ambulatoryHospitalisation: { startDate: startOf('ambulatoryHospitalization'), endDate } },
    });
    // The client reads the first `value`: anything but NO_RESULT is a success.
    expect(childText(byTagName(stopped, 'value')[0])).toBe('DATA_FOUND');
    const card = identifierOf(stopped);
    expect([childText(card, 'cardStatus'), childText(card, 'validityPeriod', 'endDate'), child(child(card, 'managedDates'), 'suspension')]).toEqual(['ACTIVE', '2026-11-30', undefined]);
  });

  it('passes the same workflow run by PHP\'s own SoapClient from the published WSDL, as the real CPAS software is written', async () => {
    await open();
    const { json } = await event({ type: 'REFUND_CODE', ssin: SSIN.standard, date: '2026-12-01', newRefundCode: 50 });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memu-php-'));
    try {
      const fo = path.join(dir, json.files[0].files.data);
      fs.writeFileSync(fo, await file(json.files[0].files.data));
      const script = path.join(__dirname, '../fixtures/php/mediprima-stop.php');
      const { username, password } = GENT_OCMW.credential;
      const { stdout } = await promisify(execFile)('php', [script, `${emu.url}${ECARMED.path}?wsdl`, username, password, GENT, fo]);
      const out = JSON.parse(stdout) as { value: string; message: string | null; endDate: string; request: string };
      expect([out.value, out.message, out.endDate]).toEqual(['DATA_FOUND', null, '2026-11-30']);
      // PHP wrote the covers with the stop request's spelling, from the dates it read in the history.
      expect(out.request).toMatch(/<ambulatoryHospitalisation><startDate>2026-10-01<\/startDate><endDate>2026-11-30<\/endDate><\/ambulatoryHospitalisation>/);
      // Once the card is cancelled, the stop is refused: PHP shows the first communication, in French.
      await ec.call('closeCarmed', MANAGE, { ssin: SSIN.standard, eCarmedNumber: json.mutations[0].eCarmedNumber });
      const refused = JSON.parse((await promisify(execFile)('php', [script, `${emu.url}${ECARMED.path}?wsdl`, username, password, GENT, fo])).stdout) as { value: string; message: string | null };
      expect([refused.value, refused.message]).toEqual(['NO_RESULT', 'Cette opération n’est pas autorisée dans l’état actuel de la décision.']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the other mutation kinds: a new SSIN (reason SSIN), a death (DECEASED, the decease date on the card), a new name (the card follows it, still active)', async () => {
    const number = await open();
    const death = await event({ type: 'DECEASE', ssin: SSIN.standard, date: '2026-12-10' });
    const decease = byTagName(notificationList(await file(death.json.files[0].files.data)), 'decease')[0];
    expect([childText(decease, 'deceaseDate'), childText(decease, 'carmed', 'eCarmedIdentifier', 'beneficiary', 'deceaseDate'), childText(decease, 'carmed', 'eCarmedIdentifier', 'managedDates', 'suspension', 'detail', 'reason')]).toEqual(['2026-12-10', '2026-12-10', 'DECEASED']);
    const renamed = await event({ type: 'NAME_CHANGE', ssin: SSIN.standard, date: '2026-11-16', newLastName: 'Nieuwenhuis' });
    expect(renamed.json.files[0].sequence).toBe(2);
    const nameChange = byTagName(notificationList(await file(renamed.json.files[0].files.data)), 'nameChange')[0];
    expect([childText(nameChange, 'newLastName'), childText(nameChange, 'carmed', 'eCarmedIdentifier', 'beneficiary', 'lastName')]).toEqual(['Nieuwenhuis', 'Nieuwenhuis']);
    // Still suspended by the death: a name change does not suspend, nor lift a suspension; two suspensions are one detail each.
    const replaced = await event({ type: 'SSIN_REPLACED', ssin: SSIN.standard, date: '2026-11-16', newSsin: SSIN.refusedOverlap });
    const ssinChange = byTagName(notificationList(await file(replaced.json.files[0].files.data)), 'ssinChange')[0];
    expect([childText(ssinChange, 'newSsin'), childText(ssinChange, 'oldSsin')]).toEqual([SSIN.refusedOverlap, SSIN.standard]);
    const reasons = childrenNamed(child(child(child(child(ssinChange, 'carmed'), 'eCarmedIdentifier'), 'managedDates'), 'suspension'), 'detail').map((d) => [childText(d, 'reason'), childText(d, 'sequenceNbr')]);
    expect(reasons).toEqual([['DECEASED', '0'], ['SSIN', '1']]);
    // The card is the new SSIN's now.
    const now = carmedOf(await ec.call('consultCarmed', MANAGE, { selectionCriteria: { bySsin: { ssin: SSIN.refusedOverlap, referenceDate: TODAY } } }));
    expect(now.map((c) => childText(c, 'eCarmedIdentifier', 'eCarmedNumber'))).toEqual([number]);
    expect(statusOf(await ec.call('consultCarmed', MANAGE, { selectionCriteria: { bySsin: { ssin: SSIN.standard, referenceDate: TODAY } } }))).toEqual(['NO_DATA_FOUND', 'MSG00100']);
  });

  it('re-activation where MediPrima allows it (activatable): modifyCarmed with activate = Y makes the card ACTIVE again', async () => {
    const number = await open();
    const { json } = await event({ type: 'REFUND_CODE', ssin: SSIN.standard, date: '2026-11-20', newRefundCode: 6, activatable: true });
    expect(json.mutations[0].cardStatus).toBe('SUSPENDED');
    const change = { proposal: { eCarmedNumber: number, ssin: SSIN.standard, newValidityPeriod: PERIOD, newMedicalCard: medicalCard(PERIOD), activate: 'Y' } };
    const root = await ec.call('modifyCarmed', MANAGE, change);
    expect([childText(identifierOf(root), 'cardStatus'), actionsOf(identifierOf(root))]).toEqual(['ACTIVE', ['closeCarmed/removeCarmed', 'stopCarmed', 'modifyCarmed']]);
  });

  it('an event about a person without a running card changes nothing and produces no file; bad input is a 400 naming the field', async () => {
    const none = await event({ type: 'DECEASE', ssin: SSIN.standard, date: '2026-12-10' });
    expect([none.status, none.json.mutations, none.json.files]).toEqual([200, [], []]);
    expect((await event({ type: 'REFUND_CODE', ssin: SSIN.standard, date: '2026-12-10', newRefundCode: 777 })).json.error).toMatch(/^newRefundCode/);
    expect((await event({ type: 'MOVE', ssin: SSIN.standard, date: '2026-12-10' })).status).toBe(400);
    expect((await event({ type: 'DECEASE', ssin: '12345678901', date: '2026-12-10' })).json.error).toMatch(/^ssin/);
    expect((await event({ type: 'NAME_CHANGE', ssin: SSIN.standard, date: '2026-12-10' })).json.error).toMatch(/newLastName or newFirstName/);
  });

  it('seeds the mediprima-suspended persona\'s MEMU file: mutation 5000, a new refund code 1 since he is insured, his card SUSPENDED', async () => {
    const listed = (await (await fetch(`${emu.url}/_admin/mediprima/files?organisation=${GENT}&flow=MEMU`)).json()) as { files: FileView[] };
    const seeded = listed.files.filter((f) => f.day === '2026-11-03');
    expect(seeded.map((f) => f.files.data)).toEqual(['FO.MEMU.999999.20261103.00001.T.1.1']);
    const notification = byTagName(notificationList(await file(seeded[0].files.data)), 'notification')[0];
    const refund = byTagName(notification, 'refundCode')[0];
    expect([childText(notification, 'mutationNumber'), childText(notification, 'processingDateByMediPrima'), childText(refund, 'newRefundCode'), childText(refund, 'eCarmedNumber'), childText(refund, 'changeAffiliedMutualityInd')]).toEqual([
      '5000', '2026-11-03', '1', '000002400002', 'Y',
    ]);
    const carmed = child(refund, 'carmed')!;
    expect([childText(carmed, 'eCarmedIdentifier', 'beneficiary', 'ssin'), childText(carmed, 'eCarmedIdentifier', 'cardStatus'), childText(carmed, 'eCarmedIdentifier', 'managedDates', 'suspension', 'detail', 'reason')]).toEqual([SSIN.mediprimaSuspended, 'SUSPENDED', 'REFUND_CODE']);
  });

  it('writes the batch files to <data-dir>/outbox/<kbo>/, the GO file last', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memu-outbox-'));
    const disk = await startEmulator({ dataDir: dir });
    try {
      disk.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
      const c = await endpointClient(disk, ECARMED);
      await c.call('openCarmed', MANAGE, { proposal: { ssin: SSIN.standard, validityPeriod: PERIOD, medicalCard: medicalCard(PERIOD) } });
      const res = await fetch(`${disk.url}/_admin/mediprima/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'REFUND_CODE', ssin: SSIN.standard, date: '2026-11-20', newRefundCode: 1 }) });
      expect(res.status).toBe(200);
      // The seeded batches (the mediprima-suspended persona's MEMU file) are there too; this event's is the day's first.
      expect(fs.readdirSync(path.join(dir, 'outbox', GENT)).filter((n) => n.includes('.20261116.')).sort()).toEqual(['FO.MEMU.999999.20261116.00001.T.1.1', 'FS.MEMU.999999.20261116.00001.T.1.1', 'GO.MEMU.999999.20261116.00001.T.1']);
      expect(fs.readFileSync(path.join(dir, 'outbox', GENT, 'FO.MEMU.999999.20261116.00001.T.1.1'), 'utf8')).toContain('<ns2:notificationList>');
    } finally {
      await disk.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
