import type { SourceModule } from '../source';
import { nicSchema } from './schema';
import { Nic } from './reader';
import { seedNic } from './seed';

export { nicSchema } from './schema';
export * from './insurers';
export * from './reader';
export { nicWriter, NicWriter } from './writer';

/** The NIC as a source: its tables, its reader, and the insurability files of personas and population. */
export const nicSource: SourceModule<Nic> = {
  name: 'nic',
  schema: nicSchema,
  open: (db) => new Nic(db),
  seed: seedNic,
};
