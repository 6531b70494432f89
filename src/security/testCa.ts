import type { AppContext } from '../app';
import type { Organisation } from '../sources/directory';
import { certificateFacts, issueCertificate, KeyAndCertificate } from './certificates';
import { ReplayCache } from './replay';
import { openPemStore, PemStore } from './store';

/**
 * The emulator's test CA: one CA, one key+certificate per organisation (registered in the
 * directory: fingerprint -> organisation, role SOCIAL_WORKER), and the emulator's own key for
 * signing replies. Everything is created on first need and kept in the data directory.
 */
interface SecurityState {
  store: PemStore;
  replay: ReplayCache;
  /** The organisations' certificates have been issued and registered at least once. */
  ensured: boolean;
}

const states = new WeakMap<AppContext, SecurityState>();

export function securityState(app: AppContext): SecurityState {
  let state = states.get(app);
  if (!state) {
    state = { store: openPemStore(app.config.dataDir), replay: new ReplayCache(), ensured: false };
    states.set(app, state);
  }
  return state;
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
export const CA_SUBJECT: [string, string][] = [['C', 'BE'], ['O', 'KSZ-BCSS emulator (not a real CA)'], ['CN', 'KSZ-BCSS emulator test CA']];
export const DEFAULT_CERTIFICATE_ROLE = 'SOCIAL_WORKER';

const FILES = {
  ca: { key: 'ca.key.pem', cert: 'ca.cert.pem' },
  emulator: { key: 'emulator.key.pem', cert: 'emulator.cert.pem' },
  organisation: (cbe: string) => ({ key: `${cbe}.key.pem`, cert: `${cbe}.cert.pem` }),
};

function read(store: PemStore, files: { key: string; cert: string }): KeyAndCertificate | undefined {
  const keyPem = store.read(files.key);
  const certPem = store.read(files.cert);
  return keyPem && certPem ? { keyPem, certPem } : undefined;
}

function write(store: PemStore, files: { key: string; cert: string }, kc: KeyAndCertificate): void {
  store.write(files.key, kc.keyPem, true);
  store.write(files.cert, kc.certPem, false);
}

/** The CA's key and certificate, created the first time (valid 10 years back, 20 ahead). */
export function testCa(app: AppContext): KeyAndCertificate {
  const { store } = securityState(app);
  let ca = read(store, FILES.ca);
  if (!ca) {
    const now = app.clock.now().getTime();
    ca = issueCertificate({ subject: CA_SUBJECT, notBefore: new Date(now - 10 * YEAR_MS), notAfter: new Date(now + 20 * YEAR_MS), isCa: true });
    write(store, FILES.ca, ca);
    app.log.info({ file: store.fileOf(FILES.ca.cert) }, 'test CA created');
  }
  return ca;
}

/** The emulator's own key and certificate (issued by the test CA), for signing replies. */
export function emulatorCredentials(app: AppContext): KeyAndCertificate {
  const { store } = securityState(app);
  let kc = read(store, FILES.emulator);
  if (!kc) {
    kc = issueCertificate({ subject: [['C', 'BE'], ['O', 'KSZ-BCSS emulator'], ['CN', 'KSZ-BCSS emulator reply signing']], ...defaultValidity(app), issuer: testCa(app) });
    write(store, FILES.emulator, kc);
  }
  return kc;
}

/** Seeded certificates: valid from 5 years before first start to 10 years after (moving the clock stays inside). */
function defaultValidity(app: AppContext): { notBefore: Date; notAfter: Date } {
  const now = app.clock.now().getTime();
  return { notBefore: new Date(now - 5 * YEAR_MS), notAfter: new Date(now + 10 * YEAR_MS) };
}

/** The subject of an organisation's certificate: its name, and its KBO number in OU and serialNumber. */
export function organisationSubject(org: Organisation): [string, string][] {
  return [['C', 'BE'], ['O', org.name_nl], ['OU', org.cbe_number], ['serialNumber', org.cbe_number], ['CN', org.name_nl]];
}

export interface IssuedCertificate extends KeyAndCertificate {
  cbeNumber: string;
  fingerprint: string;
  subject: string;
  notBefore: Date;
  notAfter: Date;
  role: string;
  /** Where key and certificate are kept; null for an in-memory emulator. */
  keyFile: string | null;
  certFile: string | null;
}

export interface IssueRequest {
  role?: string;
  notBefore?: Date;
  notAfter?: Date;
  /** Keep it as the organisation's current key and certificate (default true). */
  store?: boolean;
}

/**
 * Issues a key and certificate for an organisation of the directory and registers it there
 * (fingerprint -> organisation, with the role signed calls act in). Throws for an unknown organisation.
 */
export function issueOrganisationCertificate(app: AppContext, cbe: string, request: IssueRequest = {}): IssuedCertificate {
  const org = app.directory.organisation(cbe);
  if (!org) throw new Error(`No organisation with KBO number ${cbe} in the directory.`);
  const validity = defaultValidity(app);
  const kc = issueCertificate({
    subject: organisationSubject(org),
    notBefore: request.notBefore ?? validity.notBefore,
    notAfter: request.notAfter ?? validity.notAfter,
    issuer: testCa(app),
  });
  const { store } = securityState(app);
  const files = FILES.organisation(cbe);
  if (request.store !== false) write(store, files, kc);
  const role = request.role ?? DEFAULT_CERTIFICATE_ROLE;
  const facts = register(app, cbe, kc.certPem, role);
  const stored = request.store !== false;
  return { ...kc, ...facts, cbeNumber: cbe, role, keyFile: stored ? store.fileOf(files.key) : null, certFile: stored ? store.fileOf(files.cert) : null };
}

function register(app: AppContext, cbe: string, certPem: string, role: string) {
  const facts = certificateFacts(certPem);
  app.directory.registerCertificate({
    fingerprint_sha256: facts.fingerprint,
    cbe_number: cbe,
    subject: facts.subject,
    pem: certPem,
    not_before: facts.notBefore.toISOString(),
    not_after: facts.notAfter.toISOString(),
    role,
  });
  return facts;
}

/**
 * Makes sure every organisation of the directory has a key and certificate and that they are
 * registered: at first start, and again after POST /_admin/reset emptied the registrations.
 */
export function ensureOrganisationCertificates(app: AppContext): void {
  const state = securityState(app);
  if (state.ensured && app.directory.certificateCount() > 0) return;
  const started = Date.now();
  let issued = 0;
  for (const org of app.directory.organisations()) {
    const files = FILES.organisation(org.cbe_number);
    const kc = read(state.store, files);
    if (!kc) {
      issueOrganisationCertificate(app, org.cbe_number);
      issued++;
      continue;
    }
    const fingerprint = certificateFacts(kc.certPem).fingerprint;
    if (!app.directory.certificates(org.cbe_number).some((c) => c.fingerprint_sha256 === fingerprint)) {
      register(app, org.cbe_number, kc.certPem, DEFAULT_CERTIFICATE_ROLE);
    }
  }
  state.ensured = true;
  if (issued > 0) app.log.info({ issued, ms: Date.now() - started, dir: state.store.fileOf('') }, 'test certificates issued');
}

/** An organisation's current key and certificate from the test CA, with where they are kept. */
export function organisationCredentials(app: AppContext, cbe: string): (KeyAndCertificate & { keyFile: string | null; certFile: string | null }) | undefined {
  ensureOrganisationCertificates(app);
  const { store } = securityState(app);
  const files = FILES.organisation(cbe);
  const kc = read(store, files);
  return kc && { ...kc, keyFile: store.fileOf(files.key), certFile: store.fileOf(files.cert) };
}
