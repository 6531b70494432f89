import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { startEmulator, TestEmulator, GENT } from '../helpers/emulator';
import { basicAuth, post } from '../helpers/http';
import { SSIN } from '../../fixtures/personas';
import { SERVICES } from '../../src/services/registry';
import { coverage } from '../../src/explorer/catalog';
import { buildSample } from '../../src/explorer/samples';
import { servedCatalogRows } from '../../src/pipeline/channels';
import { EVENT_TYPES } from '../../src/events/input';

/**
 * The explorer page in a real browser: Debian's chromium driven by playwright-core (no browser
 * download; `.ci/run` installs chromium when it is missing). Screenshots go to
 * test-output/screenshots/ (git-ignored).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = path.join(__dirname, '..', '..', 'test-output', 'screenshots');
const R09_V2 = 'R09-RetrieveTIGroupsService-v2';
const R09_PATH = '/SOA4520/RetrieveTIGroupsService/v2/retrieveTI';

jest.setTimeout(60_000);

describe('explorer page in chromium', () => {
  let emu: TestEmulator;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const pageErrors: string[] = [];

  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`No chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
    fs.mkdirSync(SHOTS, { recursive: true });
    emu = await startEmulator();
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ksz-explorer-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1366, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await context?.close();
    await emu?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it('opens the catalog with the coverage line and every registered service', async () => {
    await page.goto(`${emu.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Service catalog' }).waitFor();
    const offered = coverage(servedCatalogRows()).offered;
    await expect(page.locator('.coverage').innerText()).resolves.toMatch(new RegExp(`^${offered} of 85 catalog rows offered`));
    expect(await page.locator('tr[data-service]').count()).toBe(SERVICES.length);
    // Every form control has a label; the first Tab stop is the skip link.
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('input, select, textarea')).every((el) => (el as HTMLInputElement).labels?.length))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await shot('01-catalog');
  });

  it('filters the catalog by text, family and contract status', async () => {
    await page.getByLabel('Search', { exact: true }).fill('TX25');
    const keys = await page.locator('tr[data-service]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-service')));
    expect(keys.sort()).toEqual(SERVICES.filter((s) => s.id === 'R09').map((s) => `${s.id}-${s.name}-${s.version}`).sort());
    await shot('02-catalog-search');

    await page.getByLabel('Search', { exact: true }).fill('');
    await page.getByLabel('Family', { exact: true }).selectOption('S');
    const families = await page.locator('tr[data-service] td:first-child').allInnerTexts();
    expect(families.length).toBe(SERVICES.filter((s) => s.id.startsWith('S')).length);
    expect(families.every((id) => id.startsWith('S'))).toBe(true);

    await page.getByLabel('Family', { exact: true }).selectOption('');
    await page.getByLabel('Contract status', { exact: true }).selectOption('modelled');
    expect(await page.locator('tr[data-service]').count()).toBe(SERVICES.filter((s) => s.contract === 'modelled').length);
    await shot('03-catalog-filtered');
    // Every contract status: the catalog rows no service offers yet show on demand.
    await page.getByLabel('Contract status', { exact: true }).selectOption('');
    await page.getByLabel('Also list catalog rows not offered yet').check();
    expect(await page.locator('tr.not-offered').count()).toBeGreaterThan(0);
    await page.getByLabel('Also list catalog rows not offered yet').uncheck();
  });

  let ticket: string;

  it('opens a service, sends the sample request with "try it" and sees DATA_FOUND and its journal entry', async () => {
    await page.locator(`tr[data-service="${R09_V2}"] a`).first().click();
    await page.getByRole('heading', { level: 1, name: 'R09 RetrieveTIGroupsService v2' }).waitFor();
    // The sample is ready (and checked against the contract) for the standard persona and OCMW Gent.
    await page.locator('#try-check', { hasText: 'valid against the contract' }).waitFor();
    expect(await page.getByLabel('Organisation', { exact: true }).inputValue()).toBe(GENT.org.cbe_number);
    expect(await page.locator('#try-request').inputValue()).toContain(`<ssin>${SSIN.standard}</ssin>`);
    // The request structure is rendered as a tree.
    await page.locator('.tree .node-name', { hasText: 'searchInformation' }).first().waitFor();
    await shot('04-service');

    await page.getByRole('button', { name: 'Send (try it)' }).click();
    await page.locator('#try-outcome', { hasText: 'DATA_FOUND' }).waitFor();
    const entry = page.locator('#try-journal .panel');
    await entry.waitFor();
    ticket = (await entry.getAttribute('data-ticket'))!;
    expect(await entry.innerText()).toContain('ALLOW');
    expect(await page.locator('#try-outcome').innerText()).toContain('MSG00000: Treatment completed successfully.');
    // The page went through the real pipeline: the journal has the exchange.
    const row = emu.app.journal.recent({ limit: 1 })[0];
    expect(row).toEqual(expect.objectContaining({ ticket, decision: 'ALLOW', service_id: 'R09', target_ssin: SSIN.standard, cbe_number: GENT.org.cbe_number }));
    await page.locator('#try-result').scrollIntoViewIfNeeded();
    await shot('05-try-it');
  });

  it('shows the exchange in the live journal, and new exchanges appear without reload', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
    await page.locator(`#journal-table tr[data-ticket="${ticket}"]`).waitFor();

    // A refused exchange sent by another client shows up by itself.
    const sample = buildSample(emu.app, SERVICES.find((s) => s.id === 'R09' && s.version === 'v2')!, 'retrieveTI', { ssin: SSIN.notIntegrated, cbe: GENT.org.cbe_number, role: 'SOCIAL_WORKER' });
    const res = await post(`${emu.url}${R09_PATH}`, sample.document, basicAuth(GENT.credential.username, GENT.credential.password));
    const refused = res.body.match(/<ticketCBSS>([^<]+)<\/ticketCBSS>/)![1];
    const row = page.locator(`#journal-table tr[data-ticket="${refused}"]`);
    await row.waitFor({ timeout: 10_000 });
    expect(await row.innerText()).toContain('DENY');

    await row.getByRole('button', { name: /^Open exchange/ }).click();
    const detail = page.locator('#exchange');
    await detail.waitFor();
    expect(await detail.innerText()).toMatch(/Why it was refused: Finality/);
    expect(await detail.locator('pre.xml').count()).toBe(2);
    expect(await detail.locator('pre.xml').first().innerText()).toContain(SSIN.notIntegrated);
    await shot('06-journal');

    await page.getByLabel('Outcome', { exact: true }).selectOption('DENY');
    await page.waitForFunction(() => document.querySelectorAll('#journal-table tbody tr').length > 0 && Array.from(document.querySelectorAll('#journal-table tbody tr')).every((tr) => tr.textContent!.includes('DENY')));
    expect(await page.locator(`#journal-table tr[data-ticket="${ticket}"]`).count()).toBe(0);
  });

  it('sends a classic request (sendXML) with try it', async () => {
    await page.goto(`${emu.url}/#/service/R04-OCMWCPASIdentifyPerson-20050930`);
    await page.locator('#try-check', { hasText: 'valid against the contract' }).waitFor();
    await page.getByRole('button', { name: 'Send (try it)' }).click();
    await page.locator('#try-outcome', { hasText: 'ok="YES"' }).waitFor();
    expect(await page.locator('#try-journal .panel').innerText()).toContain('ALLOW');
  });

  it('lists the personas with copyable SSINs and the organisations with their credentials', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Personas' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personas' }).waitFor();
    await page.getByRole('button', { name: `Copy SSIN of Sarah Claes` }).waitFor();
    await shot('07-personas');

    await page.getByRole('navigation').getByRole('link', { name: 'Organisations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Test organisations' }).waitFor();
    const gent = page.locator(`section[aria-labelledby="org-${GENT.org.cbe_number}"]`);
    expect(await gent.innerText()).toContain(GENT.credential.username);
    expect(await gent.innerText()).toContain(GENT.worker.email);
    await gent.scrollIntoViewIfNeeded();
    await shot('08-organisations');
    expect(pageErrors).toEqual([]);
  });
  it('Notifications: fires an event from the form and shows it in the outbox and as batch files; a refused event says why', async () => {
    const cbe = GENT.org.cbe_number;
    const outboxBefore = (await (await fetch(`${emu.url}/_admin/organizations/${cbe}/outbox`)).json()).notifications.length;
    await page.goto(`${emu.url}/#/catalog`);
    await page.getByRole('navigation').getByRole('link', { name: 'Notifications' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByLabel('Organisation').selectOption(cbe);
    await page.getByRole('heading', { level: 2, name: 'Outbox of OCMW Gent' }).waitFor();
    // The form offers exactly the event types the admin API takes.
    expect(await page.getByLabel('Event type').locator('option').allInnerTexts()).toEqual([...EVENT_TYPES]);
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('input, select, textarea')).every((el) => (el as HTMLInputElement).labels?.length))).toBe(true);
    await page.getByLabel('SSIN').fill(SSIN.standard);
    await page.getByLabel('Date').fill('2026-04-01');
    await page.getByRole('button', { name: 'Fire the event' }).click();
    await page.locator('[data-event-result]', { hasText: 'raised' }).waitFor();
    expect(await page.locator('[data-event-result]').innerText()).toContain(`N01 → ${cbe} #${outboxBefore + 1}`);
    const rows = page.locator('section[aria-labelledby="outbox-h"] tbody tr');
    expect(await rows.count()).toBe(outboxBefore + 1);
    expect(await rows.last().innerText()).toMatch(new RegExp(`^${outboxBefore + 1}\\s+N01\\s+${SSIN.standard}\\s+2026-04-01\\s+PENDING`));
    expect(await page.locator('section[aria-labelledby="batch-h"]').innerText()).toMatch(/FO\.NOTI\.999999\.\d{8}\.\d{5}\.T\.1\.1/);
    await shot('09-notifications');
    // A valid-looking but wrong SSIN: the admin API's 400 is shown, nothing is queued.
    await page.getByLabel('SSIN').fill('12345678901');
    await page.getByRole('button', { name: 'Fire the event' }).click();
    await page.getByRole('alert').filter({ hasText: 'Refused (HTTP 400)' }).waitFor();
    expect(await rows.count()).toBe(outboxBefore + 1);
    expect(pageErrors).toEqual([]);
  });
});
