import type { Ctx } from './context';
import type { XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, NO_DATA_FOUND } from '../../../soap/newstyle';
import type { LimosaDeclaration, PostingDocument } from '../../../sources/rsz/limosa';
import { overlaps, postedWorkerDetailOf, postedWorkersKeyOf, postingDocumentDetailOf, postingDocumentsOf } from './posting-criteria';
import { dolsisReply } from './reply';
import { checkDolsisRole } from './security-context';

/** One Limosa declaration (msg:PostedWorkerType). */
function postedWorkerXml(d: LimosaDeclaration): XmlObject {
  return {
    ssin: d.ssin,
    lastName: d.last_name,
    firstName: d.first_name,
    birthDate: d.birth_date,
    nationality: d.nationality,
    limosaId: d.declaration_id,
    postingPeriod: { beginDate: d.begin_date, endDate: d.end_date },
    foreignEmployer: { name: d.employer_name, countryCode: d.employer_country },
    belgianClient: { cbeNumber: d.client_cbe, name: d.client_name },
  };
}

/** One posting document (msg:PostingDocumentType). */
function postingDocumentXml(d: PostingDocument): XmlObject {
  return { documentId: d.document_id, form: d.form, issuingCountry: d.issuing_country, beginDate: d.begin_date, endDate: d.end_date, status: d.status };
}

const answer = (request: XmlElement, ctx: Ctx, result: XmlObject | undefined): XmlObject =>
  result ? dolsisReply(request, ctx, DATA_FOUND(), result) : dolsisReply(request, ctx, NO_DATA_FOUND());

/**
 * findPostedWorkers (S05): the Limosa declarations of a worker (by SSIN) or of a Belgian client
 * (by enterprise number) whose posting overlaps postingPeriod (none: all), the oldest first.
 */
export function findPostedWorkers(request: XmlElement, ctx: Ctx): XmlObject {
  checkDolsisRole(request, ctx);
  const key = postedWorkersKeyOf(request);
  const limosa = ctx.sources.rsz.limosa;
  const all = key.by === 'ssin' ? limosa.declarationsOf(key.value) : limosa.declarationsForClient(key.value);
  const found = all.filter((d) => d.begin_date <= ctx.today && overlaps(d.begin_date, d.end_date, key.period));
  return answer(request, ctx, found.length ? { postedWorker: found.map(postedWorkerXml) } : undefined);
}

/** getPostedWorkerDetail (S05): one declaration of the worker, with the work place and activity. */
export function getPostedWorkerDetail(request: XmlElement, ctx: Ctx): XmlObject {
  checkDolsisRole(request, ctx);
  const c = postedWorkerDetailOf(request);
  const d = ctx.sources.rsz.limosa.declaration(c.limosaId);
  if (!d || d.ssin !== c.ssin) return answer(request, ctx, undefined);
  return answer(request, ctx, { ...postedWorkerXml(d), workPlace: { municipality: d.work_municipality }, activity: d.activity });
}

/** findPostingDocuments (S06): the worker's posting documents that overlap the period (none: all). */
export function findPostingDocuments(request: XmlElement, ctx: Ctx): XmlObject {
  checkDolsisRole(request, ctx);
  const c = postingDocumentsOf(request);
  const found = ctx.sources.rsz.limosa.documentsOf(c.ssin).filter((d) => overlaps(d.begin_date, d.end_date, c.period));
  return answer(request, ctx, found.length ? { postingDocument: found.map(postingDocumentXml) } : undefined);
}

/** getPostingDocumentDetail (S06): one posting document of the worker, with the employer it names. */
export function getPostingDocumentDetail(request: XmlElement, ctx: Ctx): XmlObject {
  checkDolsisRole(request, ctx);
  const c = postingDocumentDetailOf(request);
  const d = ctx.sources.rsz.limosa.document(c.documentId);
  if (!d || d.ssin !== c.ssin) return answer(request, ctx, undefined);
  return answer(request, ctx, { person: { ssin: d.ssin }, postingDocument: postingDocumentXml(d), employerName: d.employer_name });
}
