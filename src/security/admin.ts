import { Response, Router } from 'express';
import type { AppContext } from '../app';
import { certificateFacts } from './certificates';
import { emulatorCredentials, organisationCredentials, testCa } from './testCa';

/**
 * The `certificate` field of GET /_admin/organizations: which new-style credentials the
 * organisation accepts, its test certificate (and where certificate and key are: files in
 * <dataDir>/certs/, and download URLs), and every certificate registered for it.
 */
export function certificateInfo(app: AppContext, cbe: string) {
  const accepts = app.directory.acceptedCredentials(cbe);
  const own = organisationCredentials(app, cbe);
  const facts = own && certificateFacts(own.certPem);
  const base = `${app.config.baseUrl}/_admin`;
  return {
    accepts: accepts === 'both' ? ['basic', 'x509'] : [accepts],
    subject: facts?.subject ?? null,
    fingerprintSha256: facts?.fingerprint ?? null,
    notBefore: facts?.notBefore.toISOString() ?? null,
    notAfter: facts?.notAfter.toISOString() ?? null,
    certificateFile: own?.certFile ?? null,
    keyFile: own?.keyFile ?? null,
    certificateUrl: own ? `${base}/organizations/${cbe}/certificate` : null,
    keyUrl: own ? `${base}/organizations/${cbe}/key` : null,
    caCertificateUrl: `${base}/certificates/ca`,
    registered: app.directory.certificates(cbe).map((c) => ({
      fingerprintSha256: c.fingerprint_sha256,
      subject: c.subject,
      notBefore: c.not_before,
      notAfter: c.not_after,
      role: c.role,
      active: c.active === 1,
    })),
  };
}

/**
 * PEM downloads: GET /organizations/:cbe/certificate and /key (the organisation's test key
 * pair), /certificates/ca (the test CA) and /certificates/emulator (the reply-signing certificate).
 */
export function certificateRouter(app: AppContext): Router {
  const r = Router();
  r.get('/organizations/:cbe/certificate', (req, res) => sendPem(res, organisationCredentials(app, req.params.cbe)?.certPem, `${req.params.cbe}.cert.pem`));
  r.get('/organizations/:cbe/key', (req, res) => sendPem(res, organisationCredentials(app, req.params.cbe)?.keyPem, `${req.params.cbe}.key.pem`));
  r.get('/certificates/ca', (_req, res) => sendPem(res, testCa(app).certPem, 'ksz-emulator-ca.cert.pem'));
  r.get('/certificates/emulator', (_req, res) => sendPem(res, emulatorCredentials(app).certPem, 'ksz-emulator.cert.pem'));
  return r;
}

function sendPem(res: Response, pem: string | undefined, filename: string): void {
  if (!pem) {
    res.status(404).json({ error: 'No such organisation, or the test CA holds no key for it.' });
    return;
  }
  res.type('application/x-pem-file').set('Content-Disposition', `attachment; filename="${filename}"`).send(pem);
}
