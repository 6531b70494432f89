import { Router } from 'express';
import type { AppContext } from '../app';
import { outboxDir, outboxFiles } from '../notifications/batch-outbox';
import { sftpOf } from '../notifications/batch-delivery';
import { authorizedKeyOf } from '../notifications/sftp-accounts';

/**
 * An organisation's batch files (the FO/FS/GO files of its notifications and MediPrima batches)
 * and how its software fetches them: GET /_admin/organizations/{cbe}/batch-files lists them with
 * the SFTP address and the logins that open its folder; GET …/batch-files/{name} is one file.
 */
export function batchFilesRouter(app: AppContext): Router {
  const r = Router();
  const known = (cbe: string) => /^\d{10}$/.test(cbe) && app.directory.organisation(cbe) !== undefined;

  r.get('/organizations/:cbe/batch-files', (req, res) => {
    const cbe = req.params.cbe;
    if (!known(cbe)) return void res.status(404).json({ error: `no organisation ${cbe}` });
    const sftp = sftpOf(app);
    const host = app.config.host === '0.0.0.0' ? '127.0.0.1' : app.config.host;
    res.json({
      organization: cbe,
      folder: app.config.dataDir === ':memory:' ? null : outboxDir(app, cbe),
      sftp: sftp && {
        url: `sftp://${host}:${sftp.port}/`,
        host,
        port: sftp.port,
        hostKeyFingerprint: sftp.fingerprint,
        // Log in with one of the organisation's HTTP Basic credentials, or as its CBE number with the key of one of its certificates.
        passwordLogins: app.directory.credentials(cbe).filter((c) => c.active).map((c) => ({ username: c.username, password: c.password })),
        publicKeyLogin: { username: cbe, authorizedKeys: app.directory.certificates(cbe).filter((c) => c.active).map((c) => authorizedKeyOf(c.pem, `${cbe} ${c.subject}`)).filter(Boolean) },
      },
      files: outboxFiles(app, cbe).map((f) => ({ name: f.name, size: Buffer.byteLength(f.content, 'utf8'), createdAt: f.createdAt })),
    });
  });
  r.get('/organizations/:cbe/batch-files/:name', (req, res) => {
    const cbe = req.params.cbe;
    if (!known(cbe)) return void res.status(404).json({ error: `no organisation ${cbe}` });
    const file = outboxFiles(app, cbe).find((f) => f.name === req.params.name);
    if (!file) return void res.status(404).json({ error: `no batch file ${req.params.name} for ${cbe}` });
    res.type(file.name.startsWith('FO.') ? 'application/xml; charset=utf-8' : 'text/plain; charset=utf-8').send(file.content);
  });
  return r;
}
