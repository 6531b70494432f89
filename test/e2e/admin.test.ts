import { startEmulator, TestEmulator } from '../helpers/emulator';
import { PERSONAS, SSIN } from '../../fixtures/personas';
import { isValidSsin } from '../../src/domain/ssin';
import { isValidKbo } from '../../src/domain/kbo';

async function json<T = any>(url: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const res = await fetch(url, init);
  return { status: res.status, body: (await res.json()) as T };
}

describe('admin routes (ARCHITECTURE.md admin contract)', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());

  it('GET /_admin/health says ok and counts the population', async () => {
    const { status, body } = await json(`${emu.url}/_admin/health`);
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.persons).toBeGreaterThanOrEqual(300);
  });

  it('GET /_admin/services lists every service with a WSDL that loads', async () => {
    const { body } = await json<any[]>(`${emu.url}/_admin/services`);
    expect(body.map((s) => s.id)).toEqual(expect.arrayContaining(['R01', 'R02', 'R04', 'R09', 'S13']));
    for (const s of body) {
      expect(s).toEqual(expect.objectContaining({ name: expect.any(String), style: expect.stringMatching(/^(classic|new)$/), contract: expect.stringMatching(/^(public|partial|modelled)$/), path: expect.stringMatching(/^\//) }));
      const wsdl = await fetch(s.wsdl);
      expect(wsdl.status).toBe(200);
      const text = await wsdl.text();
      expect(text).toContain(`location="${emu.url}${s.path}"`);
      for (const [, loc] of text.matchAll(/schemaLocation="([^"]+)"/g)) {
        expect(loc.startsWith(`${emu.url}/wsdl/`)).toBe(true);
        expect((await fetch(loc)).status).toBe(200);
      }
    }
  });

  it('refuses to serve files outside the contracts folder', async () => {
    expect((await fetch(`${emu.url}/wsdl/..%2F..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${emu.url}/wsdl/../package.json`)).status).toBe(404);
  });

  it('GET /_admin/personas lists every persona with a stable, valid SSIN', async () => {
    const { body } = await json<any[]>(`${emu.url}/_admin/personas`);
    const keys = body.map((p) => p.key);
    for (const k of ['standard', 'not-integrated', 'integration-expired', 'deceased', 'replaced-ssin', 'cancelled-ssin', 'bis-person', 'unknown-ssin', 'insertion-allowance-ended', 'employed', 'family', 'phonetic-ambiguous']) {
      expect(keys).toContain(k);
    }
    for (const p of body) expect(isValidSsin(p.ssin)).toBe(true);
    // The outcomes (proved by persona-outcomes.test.ts) and, derived from them, one answer line per service.
    const notIntegrated = body.find((p) => p.key === 'not-integrated');
    expect(notIntegrated.outcomes).toContainEqual(expect.objectContaining({ service: 'S13', operation: 'consultRights', expect: { status: 'NO_RESULT', code: 'MSG00012' } }));
    expect(notIntegrated.answers.S13).toMatch(/^NO_RESULT MSG00012: /);
    // These numbers are published in the README: they must never move between versions.
    expect(SSIN.standard).toBe('85061295131');
    expect(SSIN.unknown).toBe('88080896520');
    expect(PERSONAS.find((p) => p.key === 'replaced-ssin')!.ssin).toBe('82270095979');
  });

  it('GET /_admin/organizations lists the OCMWs with valid KBO numbers, users per role and credentials', async () => {
    const { body } = await json<any[]>(`${emu.url}/_admin/organizations`);
    expect(body.length).toBeGreaterThanOrEqual(5);
    for (const o of body) {
      expect(isValidKbo(o.cbeNumber)).toBe(true);
      expect(o.sector).toBe(17);
      expect(o.nisCode).toMatch(/^\d{5}$/);
      expect(o.users.map((u: any) => u.role)).toEqual(expect.arrayContaining(['SOCIAL_WORKER', 'ADMIN_STAFF', 'GENERAL_DIRECTOR', 'FINANCIAL_DIRECTOR']));
      expect(o.basicAuth[0].username).toBe(`E${o.cbeNumber}`);
    }
  });

  it('PUT /_admin/clock moves "now" and DELETE returns to real time', async () => {
    const set = await json(`${emu.url}/_admin/clock`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: '2026-01-31T10:00:00Z' }) });
    expect(set.body.mode).toBe('set');
    expect(set.body.now.slice(0, 10)).toBe('2026-01-31');
    expect(emu.app.clock.today()).toBe('2026-01-31');
    const bad = await json(`${emu.url}/_admin/clock`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: 'yesterday' }) });
    expect(bad.status).toBe(400);
    const back = await json(`${emu.url}/_admin/clock`, { method: 'DELETE' });
    expect(back.body.mode).toBe('real');
  });

  it('POST /_admin/reset restores the seeded state and empties the journal', async () => {
    const before = emu.app.repertory.count();
    emu.app.repertory.insert({ ssin: SSIN.notIntegrated, sector: 17, sub_sector: 1, cbe_number: '0244021034', nis_code: '44021', quality_code: 1, phase: 0, begin_date: '2026-01-01', end_date: null, register: 'PRIMARY', last_modified: '2026-01-01' });
    await fetch(`${emu.url}/_admin/health`);
    expect(emu.app.repertory.count()).toBe(before + 1);
    const { body } = await json(`${emu.url}/_admin/reset`, { method: 'POST' });
    expect(body.status).toBe('reset');
    expect(emu.app.repertory.count()).toBe(before);
    expect((await json<any[]>(`${emu.url}/_admin/journal`)).body).toEqual([]);
  });

  it('unknown admin routes answer 404 JSON', async () => {
    const { status, body } = await json(`${emu.url}/_admin/nothing`);
    expect(status).toBe(404);
    expect(body.error).toBeDefined();
  });
});

describe('the generated population', () => {
  it('is the same for the same seed and differs for another seed', async () => {
    const a = await startEmulator({ seed: 7, population: 200 });
    const b = await startEmulator({ seed: 7, population: 200 });
    const c = await startEmulator({ seed: 8, population: 200 });
    const sample = (e: TestEmulator) => e.app.db.prepare('SELECT ssin, last_name, first_name FROM rr_person ORDER BY ssin LIMIT 50').all();
    expect(sample(a)).toEqual(sample(b));
    expect(sample(a)).not.toEqual(sample(c));
    for (const e of [a, b, c]) await e.close();
  });

  it('spreads at least 2,000 persons over at least 5 OCMW municipalities by default', async () => {
    const e = await startEmulator({ population: 2000 });
    expect(e.app.rr.count()).toBeGreaterThanOrEqual(2000);
    const municipalities = e.app.db.prepare('SELECT COUNT(DISTINCT nis_code) AS n FROM rr_address WHERE end_date IS NULL').get() as { n: number };
    expect(municipalities.n).toBeGreaterThanOrEqual(5);
    const invalid = (e.app.db.prepare('SELECT ssin FROM rr_person UNION ALL SELECT ssin FROM bis_person').all() as { ssin: string }[]).filter((r) => !isValidSsin(r.ssin));
    expect(invalid).toEqual([]);
    await e.close();
  });
});
