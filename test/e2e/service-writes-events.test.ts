import { GENT, integrateForGent, LIEGE, startEmulator, TestEmulator } from '../helpers/emulator';
import { basicAuth, bodyRoot, post, soapEnvelope } from '../helpers/http';
import { declareOver, formB, ocmw } from '../helpers/podmi';
import { childText } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const HEAD = `<informationCustomer><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer><legalContext>PCSA:SOCIAL_INQUIRY</legalContext>`;
const auth = () => basicAuth(GENT.credential.username, GENT.credential.password);
const TODAY = '2026-11-16';

interface EventView {
  id: number;
  type: string;
  ssin: string;
  eventDate: string;
  origin: string;
  payload: Record<string, unknown>;
  notifications: { organization: string; flow: string; sequence: number }[];
}

describe("the emulator's own writes are events: R12 updates, R11 creations and P01 decisions are stored with their date and origin, and notified where a flow applies", () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());
  beforeEach(() => {
    emu.app.reset();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
  });

  const events = async (ssin: string): Promise<EventView[]> => (await (await fetch(`${emu.url}/_admin/events?ssin=${ssin}`)).json()).events;
  const outbox = async (cbe: string) => (await (await fetch(`${emu.url}/_admin/organizations/${cbe}/outbox`)).json()).notifications as { flow: string; ssin: string; payload: string }[];

  it('R12: a new address of a BIS person is an ADDRESS_CHANGE event that reaches, as N01, the OCMW that has the person integrated, and no other', async () => {
    integrateForGent(emu.app, SSIN.bis);
    const before = (await outbox(LIEGE.org.cbe_number)).length;
    const body = soapEnvelope(
      `<cp:updatePersonRequest xmlns:cp="http://kszbcss.fgov.be/intf/CBSSPersonService/v1">${HEAD}<personUpdate><ssin>${SSIN.bis}</ssin>` +
        `<address><countryCode>150</countryCode><postalCode>9000</postalCode><municipality>Gent</municipality><street>Sleepstraat</street><houseNumber>12</houseNumber></address>` +
        `<contactData><email>o.k@example.test</email></contactData></personUpdate></cp:updatePersonRequest>`,
    );
    const res = await post(`${emu.url}/SOA4520/CBSSPersonService/v1/updatePerson`, body, auth());
    expect(childText(bodyRoot(res.body), 'status', 'value')).toBe('DATA_FOUND');
    const raised = await events(SSIN.bis);
    expect(raised.map((e) => [e.type, e.origin, e.eventDate])).toEqual([
      ['ADDRESS_CHANGE', 'R12', TODAY],
      ['CONTACT_DATA_CHANGE', 'R12', TODAY],
    ]);
    expect(raised[0].payload).toMatchObject({ street: 'Sleepstraat', houseNumber: '12' });
    expect(raised[0].notifications).toEqual([{ organization: GENT.org.cbe_number, flow: 'N01', sequence: 1 }]);
    expect(raised[1].notifications).toEqual([]);
    const [n] = await outbox(GENT.org.cbe_number);
    expect([n.flow, n.ssin, n.payload]).toEqual(['N01', SSIN.bis, expect.stringContaining('<mutationKind>ADDRESS_CHANGE</mutationKind>')]);
    expect((await outbox(LIEGE.org.cbe_number)).length).toBe(before);
  });

  it('R12: a refused update (a National Register person) raises nothing', async () => {
    const body = soapEnvelope(
      `<cp:updatePersonRequest xmlns:cp="http://kszbcss.fgov.be/intf/CBSSPersonService/v1">${HEAD}<personUpdate><ssin>${SSIN.standard}</ssin>` +
        `<address><countryCode>150</countryCode><postalCode>9000</postalCode><municipality>Gent</municipality><street>Elders</street><houseNumber>1</houseNumber></address></personUpdate></cp:updatePersonRequest>`,
    );
    const before = await events(SSIN.standard);
    const res = await post(`${emu.url}/SOA4520/CBSSPersonService/v1/updatePerson`, body, auth());
    expect(childText(bodyRoot(res.body), 'status', 'code')).toBe('BIS00002');
    expect(await events(SSIN.standard)).toEqual(before);
  });

  it('R11: a new BIS number is a BIS_PERSON_CREATED event that notifies no one (nobody has integrated it yet); a duplicate raises nothing', async () => {
    const body = soapEnvelope(
      `<bp:registerPersonRequest xmlns:bp="http://kszbcss.fgov.be/intf/BisPersonService/v1">${HEAD}<person><lastName>Przybyszewska</lastName><firstName>Zofia</firstName><birthDate>1990-05-04</birthDate><gender>FEMALE</gender>` +
        `<nationality>139</nationality><birthPlace>Wrocław</birthPlace><birthCountry>139</birthCountry><address><countryCode>150</countryCode><postalCode>9000</postalCode><municipality>Gent</municipality><street>Sleepstraat</street><houseNumber>3</houseNumber></address></person></bp:registerPersonRequest>`,
    );
    const created = bodyRoot((await post(`${emu.url}/SOA4520/BisPersonService/v1/registerPerson`, body, auth())).body);
    const ssin = childText(created, 'ssin')!;
    expect([childText(created, 'status', 'value'), childText(created, 'status', 'code'), childText(created, 'status', 'information', 'fieldName')]).toEqual(['DATA_FOUND', 'MSG00000', undefined]);
    const raised = await events(ssin);
    expect(raised.map((e) => [e.type, e.origin, e.eventDate, e.notifications])).toEqual([['BIS_PERSON_CREATED', 'R11', TODAY, []]]);
    expect(raised[0].payload).toEqual({ lastName: 'Przybyszewska', firstName: 'Zofia', birthDate: '1990-05-04' });
    const again = bodyRoot((await post(`${emu.url}/SOA4520/BisPersonService/v1/registerPerson`, body, auth())).body);
    expect(childText(again, 'status', 'code')).toBe('BIS00001');
    expect(await events(ssin)).toHaveLength(1);
  });

  it("P01: POD MI's decision on a form B is a LIVING_WAGE_DECISION event from the granted start; the same message again raises nothing", async () => {
    const gent = ocmw('44021');
    const form = formB('024402101980011', gent, SSIN.standard, { entry: '2026-11-01', category: 2, amount: '1314.20', decided: '2026-10-28' });
    await declareOver(emu.url, 'P01', form, gent.user);
    await declareOver(emu.url, 'P01', form, gent.user);
    const decisions = (await events(SSIN.standard)).filter((e) => e.type === 'LIVING_WAGE_DECISION');
    expect(decisions.map((e) => [e.origin, e.eventDate, e.payload.evaluation, e.payload.attestId])).toEqual([['P01', '2026-11-01', 'ACCEPTED', '024402101980011']]);
  });
});
