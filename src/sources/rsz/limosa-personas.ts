import { SSIN } from '../../../fixtures/personas';
import { makeKbo } from '../../domain/kbo';
import { rowWriter, Db } from '../../store/db';
import { LIMOSA_COLUMNS, LimosaDeclaration, POSTING_DOCUMENT_COLUMNS, PostingDocument } from './limosa';

/** NIS country code of Poland. */
const POLAND = '139';

/** The Belgian client of the posted-worker persona's postings. */
export const POSTING_CLIENT = { cbe: makeKbo('04777888'), name: 'Bouw Gent NV' };

/**
 * The posted-worker persona in Limosa: a Polish mason posted to Gent by his Polish employer, twice
 * for the same Belgian client (2024, and since 2026-03-02, still running), each posting covered by
 * an A1 form that Poland issued. Fixed data, independent of the seed.
 */
export const POSTED_WORKER_DECLARATIONS: Omit<LimosaDeclaration, 'id'>[] = [
  { declaration_id: 'LIMOSA-2024-0047311', begin_date: '2024-04-01', end_date: '2024-09-30', work_municipality: 'Gent', activity: 'Metselwerk (NACE 43990)' },
  { declaration_id: 'LIMOSA-2026-0012876', begin_date: '2026-03-02', end_date: '2027-03-01', work_municipality: 'Gent', activity: 'Metselwerk (NACE 43990)' },
].map((d) => ({
  ...d,
  ssin: SSIN.postedWorker, last_name: 'Wisniewski', first_name: 'Tomasz', birth_date: '1986-09-14', nationality: POLAND,
  employer_name: 'Budowa Nowak Sp. z o.o.', employer_country: POLAND, client_cbe: POSTING_CLIENT.cbe, client_name: POSTING_CLIENT.name,
}));

export const POSTED_WORKER_DOCUMENTS: Omit<PostingDocument, 'id'>[] = [
  { document_id: 'PL-A1-2024-118204', begin_date: '2024-04-01', end_date: '2024-09-30' },
  { document_id: 'PL-A1-2026-004512', begin_date: '2026-03-02', end_date: '2027-03-01' },
].map((d) => ({ ...d, ssin: SSIN.postedWorker, form: 'A1', issuing_country: POLAND, employer_name: 'Budowa Nowak Sp. z o.o.', status: 'VALID' }));

export function writeLimosaPersonas(db: Db): void {
  const declaration = rowWriter<Omit<LimosaDeclaration, 'id'>>(db, 'rsz_limosa', LIMOSA_COLUMNS);
  const document = rowWriter<Omit<PostingDocument, 'id'>>(db, 'rsz_posting_document', POSTING_DOCUMENT_COLUMNS);
  for (const d of POSTED_WORKER_DECLARATIONS) declaration(d);
  for (const d of POSTED_WORKER_DOCUMENTS) document(d);
}
