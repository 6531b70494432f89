import type { Db } from '../../store/db';
import type { MediPrima } from './index';

/** The personas' MediPrima cards (fixtures/personas.ts): written in the next step. */
export function writeMediPrimaPersonas(_store: MediPrima, _db: Db): void {}
