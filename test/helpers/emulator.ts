import { AppContext, createAppContext } from '../../src/app';
import { resolveConfig, Config } from '../../src/config';
import { listen, RunningServer } from '../../src/server';
import { organisations, users, credentials } from '../../fixtures/organisations';

export interface TestEmulator {
  app: AppContext;
  url: string;
  close(): Promise<void>;
}

/**
 * Starts a real emulator on a free loopback port with an in-memory database. The base URL is the
 * real address, so published WSDLs point back at this instance.
 */
export async function startEmulator(overrides: Partial<Config> = {}): Promise<TestEmulator> {
  let running: RunningServer | undefined;
  const config = resolveConfig({ dataDir: ':memory:', logLevel: 'silent', port: 0, host: '127.0.0.1', population: 300 }, overrides);
  const app = createAppContext(config);
  running = await listen(app, 0, '127.0.0.1');
  app.config.baseUrl = running.url;
  return {
    app,
    url: running.url,
    async close() {
      await running!.close();
      app.close();
    },
  };
}

/** The seeded OCMW Gent with its social worker and its HTTP Basic credential. */
export const GENT = (() => {
  const org = organisations().find((o) => o.nis_code === '44021')!;
  const worker = users().find((u) => u.cbe_number === org.cbe_number && u.role === 'SOCIAL_WORKER')!;
  const credential = credentials().find((c) => c.cbe_number === org.cbe_number)!;
  return { org, worker, credential };
})();

/** Another OCMW (Liège), to show what one organisation may not see of another's work. */
export const LIEGE = (() => {
  const org = organisations().find((o) => o.nis_code === '62063')!;
  const worker = users().find((u) => u.cbe_number === org.cbe_number && u.role === 'SOCIAL_WORKER')!;
  const credential = credentials().find((c) => c.cbe_number === org.cbe_number)!;
  return { org, worker, credential };
})();

/** Integrates a person for OCMW Gent (quality code 4, open), as ManageAccess REGISTER would: finality then lets Gent see them. */
export function integrateForGent(app: AppContext, ssin: string, qualityCode = 4): void {
  for (const register of ['PRIMARY', 'SECONDARY'] as const) {
    app.repertory.insert({
      ssin,
      sector: 17,
      sub_sector: 1,
      cbe_number: GENT.org.cbe_number,
      nis_code: GENT.org.nis_code,
      quality_code: qualityCode,
      phase: 0,
      begin_date: '2020-01-01',
      end_date: null,
      register,
      last_modified: '2020-01-01',
    });
  }
}
