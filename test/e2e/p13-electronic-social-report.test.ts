import { startEmulator, TestEmulator } from '../helpers/emulator';
import { Endpoint, endpointClient } from '../helpers/newstyle-endpoint';
import { declareOver, formB, ocmw } from '../helpers/podmi';
import { child, childrenNamed, childText, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const P13: Endpoint = { path: '/SOA4520/ElectronicSocialReportService/v1/consult', ns: 'http://kszbcss.fgov.be/intf/ElectronicSocialReportService/v1', wsdl: 'P13-ElectronicSocialReportService/v1/ElectronicSocialReportServiceV1.wsdl', actionBase: 'http://kszbcss.fgov.be/ElectronicSocialReportService' };
const LEGAL_CONTEXT = 'SOCIAL_INVESTIGATION_OF_PCSA';
const ANTWERPEN = ocmw('11002');
const A = ANTWERPEN.org.cbe_number;

const decisions = (root: XmlElement) =>
  childrenNamed(child(root, 'result'), 'decision').map((d) => [
    childText(d, 'decisionType'), childText(d, 'pcsaCbeNumber'), childText(d, 'period', 'beginDate'), childText(d, 'period', 'endDate') ?? null,
    childText(d, 'calculation', 'beneficiaryCategory'), childText(d, 'calculation', 'monthlyAmount'),
  ]);
const statusOf = (root: XmlElement) => [childText(root, 'status', 'value'), childText(root, 'status', 'code')];
const paging = (root: XmlElement) => ['pageNumber', 'pageSize', 'totalDecisions', 'hasMorePages'].map((n) => childText(child(child(root, 'result'), 'paging'), n));

describe('P13 ElectronicSocialReportService v1 (the decisions of the previously competent OCMW)', () => {
  let emu: TestEmulator;
  let p13: Awaited<ReturnType<typeof endpointClient>>;
  beforeAll(async () => {
    emu = await startEmulator();
    p13 = await endpointClient(emu, P13);
  });
  afterAll(() => emu.close());
  beforeEach(() => {
    emu.app.reset();
    emu.app.clock.set(new Date('2026-11-16T10:00:00Z'));
  });
  const consult = (criteria: Record<string, unknown>, page?: number) => p13.call('consultDecisions', LEGAL_CONTEXT, { criteria, ...(page ? { paging: { pageNumber: page } } : {}) });

  it('gives Gent the leefloon Antwerpen decided for her, with its calculation, through a client generated from the WSDL', async () => {
    const root = await consult({ ssin: SSIN.refusedOverlap });
    expect(statusOf(root)).toEqual(['DATA_FOUND', 'MSG00000']);
    expect(decisions(root)).toEqual([['LIVING_WAGE', A, '2024-03-01', null, '2', '1314.20']]);
    expect(paging(root)).toEqual(['1', '10', '1', 'false']);
  });

  it('reads POD MI live: Antwerpen\'s monthly changes are decisions of their own, paged by ten', async () => {
    for (let m = 1; m <= 12; m++) {
      const month = `2025-${String(m).padStart(2, '0')}`;
      const d = await declareOver(emu.url, 'P01', formB(`02110020198${String(m).padStart(4, '0')}`, ANTWERPEN, SSIN.refusedOverlap, { entry: `${month}-01`, category: m % 2 ? 1 : 2, amount: m % 2 ? '876.13' : '1314.20', decided: `${month}-01` }), ANTWERPEN.user);
      // Each asked open ends when she moved to Gent (PMI021): PARTIALLYACCEPTED, cut at 2025-12-31.
      expect(d.evaluation).toBe('PARTIALLYACCEPTED');
    }
    const first = await consult({ ssin: SSIN.refusedOverlap });
    expect(paging(first)).toEqual(['1', '10', '13', 'true']);
    expect(decisions(first)[0]).toEqual(['LIVING_WAGE', A, '2024-03-01', '2024-12-31', '2', '1314.20']);
    expect(decisions(first)[1]).toEqual(['LIVING_WAGE', A, '2025-01-01', '2025-01-31', '1', '876.13']);
    expect(childText(childrenNamed(child(first, 'result'), 'decision')[1], 'podmiReference')).toMatch(/^SPP\d{7}$/);
    const second = await consult({ ssin: SSIN.refusedOverlap }, 2);
    expect([paging(second), decisions(second).map((d) => d[2])]).toEqual([['2', '10', '13', 'false'], ['2025-10-01', '2025-11-01', '2025-12-01']]);
    expect(decisions(second)[2][3]).toBe('2025-12-31');
    // Past the last page: NO_RESULT naming paging/pageNumber.
    expect(statusOf(await consult({ ssin: SSIN.refusedOverlap }, 3))).toEqual(['NO_RESULT', 'MSG00008']);
  });

  it('filters by period and OCMW, at most five years back; the caller\'s own decisions are not in its report', async () => {
    expect(decisions(await consult({ ssin: SSIN.refusedOverlap, period: { beginDate: '2021-11-16', endDate: '2024-02-29' } }))).toEqual([]);
    const tooOld = await consult({ ssin: SSIN.refusedOverlap, period: { beginDate: '2021-11-15' } });
    expect(statusOf(tooOld)).toEqual(['NO_RESULT', 'MSG00008']);
    expect(childText(child(tooOld, 'status'), 'information', 'fieldName')).toBe('criteria/period/beginDate');
    expect(statusOf(await consult({ ssin: SSIN.refusedOverlap, pcsaCbeNumber: '0244021019' }))).toEqual(['NO_DATA_FOUND', 'MSG00100']);
    expect(statusOf(await consult({ ssin: SSIN.refusedOverlap, pcsaCbeNumber: A }))).toEqual(['DATA_FOUND', 'MSG00000']);
    expect(statusOf(await consult({ ssin: SSIN.standard }))).toEqual(['NO_DATA_FOUND', 'MSG00100']);
    expect(statusOf(await consult({ ssin: SSIN.refusedOverlap, period: { beginDate: '2025-01-01', endDate: '2024-01-01' } }))).toEqual(['NO_RESULT', 'MSG00008']);
  });

  it('the persona esv-moved: Gent, newly competent, gets Antwerpen\'s three years', async () => {
    expect(decisions(await consult({ ssin: SSIN.esvMoved }))).toEqual([
      ['LIVING_WAGE', A, '2022-09-01', '2024-02-29', '2', '1314.20'],
      ['LIVING_WAGE', A, '2024-03-01', '2025-08-31', '1', '876.13'],
    ]);
  });

  it('refuses an OCMW that has not integrated the person (MSG00012)', async () => {
    const root = await p13.postBody('consultDecisions', LEGAL_CONTEXT, `<criteria><ssin>${SSIN.standard}</ssin></criteria>`, { cbe: A });
    expect(statusOf(root)).toEqual(['NO_RESULT', 'MSG00012']);
  });
});
