import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { startEmulator, TestEmulator } from '../helpers/emulator';
import { endpointClient } from '../helpers/newstyle-endpoint';
import { ECARMED, identifierOf, MANAGE, medicalCard, statusOf } from '../helpers/ecarmed';
import { childrenNamed, childText, elements, XmlElement } from '../../src/xml/node';
import { parseXml } from '../../src/xml/parse';
import { testCa } from '../../src/security/testCa';
import { SSIN } from '../../fixtures/personas';
import { PERSONA_CARDS } from '../../src/sources/mediprima/personas';

const GENT = '0244021019';
const ANTWERPEN = '0211002021';
const CALCULATION_NS = 'http://socialsecurity.be/medicalcardregistry/v1/batchcalculation';

interface Invoice {
  invoiceNumber: string;
  eCarmedNumber: string;
  versionNbr: number;
  ssin: string;
  ocmwCbe: string;
  cover: string;
  careMonth: string;
  careDate: string;
  refundCode: number;
  amounts: Record<'total' | 'zivAmiPart' | 'patientPart' | 'podmi' | 'insurer' | 'pswc' | 'patient', string>;
  settlementDate: string;
}
interface FileView { organisation: string; flow: string; day: string; sequence: number; files: { data: string; signature: string; go: string } }

const cents = (euro: string) => Math.round(Number(euro) * 100);
const byTagName = (el: XmlElement, local: string): XmlElement[] => elements(el).flatMap((c) => [...(c.local === local ? [c] : []), ...byTagName(c, local)]);

describe('N06 eCarmedCalculationNotification (modelled): MediPrima settles the care under each decision monthly, on the emulator clock, and tells the managing OCMW', () => {
  let emu: TestEmulator;
  let ec: Awaited<ReturnType<typeof endpointClient>>;
  beforeAll(async () => {
    emu = await startEmulator();
    ec = await endpointClient(emu, ECARMED);
  });
  afterAll(() => emu.close());
  beforeEach(() => emu.app.reset());
  afterEach(() => emu.app.clock.reset());

  const at = (iso: string) => emu.app.clock.set(new Date(iso));
  const settlements = async (query = '') => (await (await fetch(`${emu.url}/_admin/mediprima/settlements${query}`)).json()) as { runs: string[]; invoices: Invoice[] };
  const files = async (query: string) => ((await (await fetch(`${emu.url}/_admin/mediprima/files${query}`)).json()) as { files: FileView[] }).files;
  const fileText = async (name: string) => (await fetch(`${emu.url}/_admin/mediprima/files/${name}`)).text();
  const openStandard = async (covers = ['doctor', 'hospitalization', 'ambulatoryHospitalization']) => {
    const period = { startDate: '2026-11-01', endDate: '2027-04-30' };
    const root = await ec.call('openCarmed', MANAGE, { proposal: { ssin: SSIN.standard, validityPeriod: period, medicalCard: medicalCard(period, { covers }) } });
    expect(statusOf(root)).toEqual(['DATA_FOUND', 'MSG00000']);
    return childText(identifierOf(root), 'eCarmedNumber')!;
  };
  const expectPartsAddUp = (i: Invoice) => {
    const a = Object.fromEntries(Object.entries(i.amounts).map(([k, v]) => [k, cents(v)]));
    expect([i.invoiceNumber, a.zivAmiPart + a.patientPart, a.podmi + a.insurer + a.pswc + a.patient]).toEqual([i.invoiceNumber, a.total, a.total]);
  };

  it('settles on the 10th of each month the care of the month before, one invoice per cover and month, for the cards as they stood that morning', async () => {
    at('2026-12-04T10:00:00Z');
    const { runs, invoices } = await settlements();
    // The first card was written on 2026-05-28 (mediprima-suspended): a run every month since, none yet for November.
    expect(runs).toEqual(['2026-06-10', '2026-07-10', '2026-08-10', '2026-09-10', '2026-10-10', '2026-11-10']);
    invoices.forEach(expectPartsAddUp);
    const open = invoices.filter((i) => i.eCarmedNumber === PERSONA_CARDS.open);
    expect(open.map((i) => [i.cover, i.careMonth, i.settlementDate, i.versionNbr, i.refundCode])).toEqual([
      ['hospitalization', '2026-10', '2026-11-10', 1, 5],
      ['ambulatoryHospitalization', '2026-10', '2026-11-10', 1, 5],
    ]);
    // Refund code 5 (not insured, income below the living wage): POD MI pays it all.
    for (const i of open) {
      expect(i.careDate >= '2026-10-01' && i.careDate <= '2026-10-31').toBe(true);
      expect([i.amounts.podmi, i.amounts.insurer, i.amounts.pswc, i.amounts.patient]).toEqual([i.amounts.total, '0.00', '0.00', '0.00']);
    }
    // mediprima-suspended: June to October; October was settled under version 2 (suspended on 2026-11-03, care until 2026-10-31).
    const suspended = invoices.filter((i) => i.eCarmedNumber === PERSONA_CARDS.suspended);
    expect(suspended.map((i) => `${i.careMonth} v${i.versionNbr}`)).toEqual(['2026-06 v1', '2026-06 v1', '2026-07 v1', '2026-07 v1', '2026-08 v1', '2026-08 v1', '2026-09 v1', '2026-09 v1', '2026-10 v2', '2026-10 v2']);
    // The filters.
    expect((await settlements(`?organisation=${ANTWERPEN}`)).invoices.map((i) => i.eCarmedNumber)).toEqual(Array(4).fill(PERSONA_CARDS.otherOcmw));
    expect((await settlements(`?ssin=${SSIN.mediprimaOpen}&day=2026-11-10`)).invoices).toHaveLength(2);
  });

  it('gives the same settlement whenever the runs are done: step by step or all at once', async () => {
    for (const day of ['2026-08-01', '2026-09-12', '2026-11-10T07:00:00Z', '2026-12-04']) {
      at(day.includes('T') ? day : `${day}T10:00:00Z`);
      await settlements();
    }
    const stepwise = (await settlements()).invoices;
    emu.app.reset();
    at('2026-12-04T10:00:00Z');
    expect((await settlements()).invoices).toEqual(stepwise);
  });

  it('an insured person: the mutuality pays the ZIV/AMI part and POD MI the patient\'s part; a change after the run\'s morning waits for the next run', async () => {
    at('2026-11-16T10:00:00Z');
    const number = await openStandard();
    // Stopped on 2026-12-10 at noon, after that morning's run: November is settled as the card stood at 06:00.
    at('2026-12-10T12:00:00Z');
    expect(statusOf(await ec.call('stopCarmed', MANAGE, { ssin: SSIN.standard, eCarmedNumber: number, endDate: '2026-11-20' }))).toEqual(['DATA_FOUND', 'MSG00000']);
    const november = (await settlements(`?card=${number}`)).invoices;
    expect(november.map((i) => [i.cover, i.careMonth, i.versionNbr, i.refundCode])).toEqual([
      ['doctor', '2026-11', 1, 1],
      ['hospitalization', '2026-11', 1, 1],
      ['ambulatoryHospitalization', '2026-11', 1, 1],
    ]);
    for (const i of november) {
      expectPartsAddUp(i);
      expect([i.amounts.insurer, i.amounts.podmi, i.amounts.pswc, i.amounts.patient]).toEqual([i.amounts.zivAmiPart, i.amounts.patientPart, '0.00', '0.00']);
    }
    // The next run sees the stop at 2026-11-20: nothing more to settle.
    at('2027-01-11T10:00:00Z');
    expect((await settlements(`?card=${number}`)).invoices).toEqual(november);
  });

  it('pays no care after a suspension, and nothing on a cancelled card', async () => {
    at('2026-11-16T10:00:00Z');
    const number = await openStandard(['hospitalization', 'ambulatoryHospitalization']);
    const event = await fetch(`${emu.url}/_admin/mediprima/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'DECEASE', ssin: SSIN.standard, date: '2026-11-15' }) });
    expect(event.status).toBe(200);
    // mediprima-open's card is cancelled before the run of 2026-11-10 that would have settled October.
    at('2026-11-05T10:00:00Z');
    expect(statusOf(await ec.call('closeCarmed', MANAGE, { ssin: SSIN.mediprimaOpen, eCarmedNumber: PERSONA_CARDS.open }))).toEqual(['DATA_FOUND', 'MSG00000']);
    at('2026-12-11T10:00:00Z');
    const { invoices } = await settlements();
    const dead = invoices.filter((i) => i.eCarmedNumber === number);
    expect(dead.map((i) => [i.careMonth, i.versionNbr])).toEqual([['2026-11', 2], ['2026-11', 2]]);
    expect(dead.every((i) => i.careDate >= '2026-11-01' && i.careDate <= '2026-11-14')).toBe(true);
    expect(invoices.filter((i) => i.eCarmedNumber === PERSONA_CARDS.open)).toEqual([]);
  });

  it('sends each OCMW one MECA batch per run, its calculations those of the admin API, signed like MEMU', async () => {
    at('2026-12-04T10:00:00Z');
    const antwerpen = await files(`?organisation=${ANTWERPEN}&flow=MECA`);
    expect(antwerpen.map((f) => [f.files.data, f.files.signature, f.files.go])).toEqual([
      ['FO.MECA.999999.20261010.00002.T.1.1', 'FS.MECA.999999.20261010.00002.T.1.1', 'GO.MECA.999999.20261010.00002.T.1'],
      ['FO.MECA.999999.20261110.00002.T.1.1', 'FS.MECA.999999.20261110.00002.T.1.1', 'GO.MECA.999999.20261110.00002.T.1'],
    ]);
    const content = await fileText(antwerpen[1].files.data);
    const root = parseXml(content);
    expect([root.local, childText(root, 'Form', 'Identification'), childText(root, 'Form', 'FormCreationDate')]).toEqual(['GenericXmlDocument', 'MECA001', '2026-11-10']);
    const list = byTagName(root, 'calculationNotificationList')[0];
    expect([list.ns, childText(list, 'companyId'), childText(list, 'settlementDate')]).toEqual([CALCULATION_NS, ANTWERPEN, '2026-11-10']);
    const expected = (await settlements(`?organisation=${ANTWERPEN}&day=2026-11-10`)).invoices;
    expect(childrenNamed(list, 'calculation').map((c) => [childText(c, 'eCarmedNumber'), childText(c, 'ssin'), childText(c, 'invoice', 'invoiceNumber'), childText(c, 'invoice', 'medicalCover'), childText(c, 'invoice', 'totalAmount'), childText(c, 'settlement', 'podmi_sppisAmount')])).toEqual(
      expected.map((i) => [i.eCarmedNumber, i.ssin, i.invoiceNumber, i.cover, i.amounts.total, i.amounts.podmi]),
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meca-'));
    try {
      const [fo, der, ca] = ['fo', 'fs.der', 'ca.pem'].map((n) => path.join(dir, n));
      fs.writeFileSync(fo, content);
      fs.writeFileSync(der, Buffer.from(await fileText(antwerpen[1].files.signature), 'base64'));
      fs.writeFileSync(ca, testCa(emu.app).certPem);
      expect(() => execFileSync('openssl', ['smime', '-verify', '-binary', '-inform', 'DER', '-in', der, '-content', fo, '-CAfile', ca, '-purpose', 'any', '-out', '/dev/null'], { stdio: 'pipe' })).not.toThrow();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('POST /_admin/mediprima/settlements/run runs what is due once', async () => {
    at('2026-10-11T10:00:00Z');
    const run = async () => (await (await fetch(`${emu.url}/_admin/mediprima/settlements/run`, { method: 'POST' })).json()) as { invoices: Invoice[]; files: FileView[] };
    const first = await run();
    expect([...new Set(first.invoices.map((i) => i.settlementDate))]).toEqual(['2026-07-10', '2026-08-10', '2026-09-10', '2026-10-10']);
    expect(first.files.map((f) => [f.day, f.organisation])).toEqual([['2026-07-10', GENT], ['2026-08-10', GENT], ['2026-09-10', GENT], ['2026-10-10', GENT], ['2026-10-10', ANTWERPEN]]);
    expect(await run()).toEqual({ invoices: [], files: [] });
  });
});
