import type { AppContext } from '../app';
import { writeOutbox } from './batch-outbox';
import { startSftpServer, type RunningSftpServer } from './sftp-server';

/**
 * The batch-file channel of a running emulator: a writer that puts each new batch (a notification's
 * NOTI files, MediPrima's MEMU and MECA) in <data-dir>/outbox/<kbo>/ shortly after it is queued,
 * off the request path, and the SFTP server that serves those folders when a port is configured.
 */
export interface BatchDelivery {
  sftp: RunningSftpServer | null;
  stop(): Promise<void>;
}

const running = new WeakMap<AppContext, BatchDelivery>();

/** The SFTP server of a running emulator, if it has one. */
export const sftpOf = (app: AppContext): RunningSftpServer | null => running.get(app)?.sftp ?? null;

export async function startBatchDelivery(app: AppContext, host: string, everyMs = 300): Promise<BatchDelivery> {
  const timer = setInterval(() => {
    try {
      writeOutbox(app);
    } catch (err) {
      app.log.error({ err }, 'writing the outbox batch files failed');
    }
  }, everyMs);
  timer.unref();
  let sftp: RunningSftpServer | null = null;
  try {
    if (app.config.sftpPort !== null) sftp = await startSftpServer(app, app.config.sftpPort, host);
  } catch (err) {
    clearInterval(timer);
    throw new Error(`The SFTP server could not listen on ${host}:${app.config.sftpPort} (${(err as Error).message}); choose another port with --sftp-port, or --sftp-port off.`);
  }
  const delivery: BatchDelivery = {
    sftp,
    async stop() {
      clearInterval(timer);
      running.delete(app);
      await sftp?.close();
    },
  };
  running.set(app, delivery);
  return delivery;
}
