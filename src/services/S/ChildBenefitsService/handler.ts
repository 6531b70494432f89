import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { replyHead } from '../../../soap/newstyle';
import { CodeDef, MSG } from '../../../domain/codes';
import { SupplierUnavailable } from '../../types';
import type { AuthenticSource, FullFile } from '../../../sources/childbenefits';
import type { Ctx } from './context';
import { criteriaOf } from './criteria';
import { fileXml } from './file';

/** A status of this contract, whose values go beyond CommonV3's (INCOMPLETE_DATA, TECHNICAL_ERROR). */
const statusOf = (value: 'DATA_FOUND' | 'NO_DATA_FOUND' | 'INCOMPLETE_DATA' | 'TECHNICAL_ERROR', def: CodeDef): XmlObject => ({ value, code: def.code, description: def.description });

/**
 * The source an injected PARTIAL fault silences: the one with the person's most recent file among
 * those asked (so the missing part shows), else the last one asked.
 */
function silenced(found: Map<AuthenticSource, FullFile[]>, asked: AuthenticSource[]): AuthenticSource {
  const latest = [...found.entries()].filter(([, files]) => files.length > 0).sort(([, a], [, b]) => (a[a.length - 1].begin_month < b[b.length - 1].begin_month ? 1 : -1))[0];
  return latest ? latest[0] : asked[asked.length - 1];
}

/**
 * consultFilesBySsin: one resultByAuthenticSource per source asked, with its own status
 * (DATA_FOUND with the files that overlap the period, NO_DATA_FOUND MSG00100), and the global
 * status: DATA_FOUND as soon as one has files. Under an injected PARTIAL fault one source answers
 * TECHNICAL_ERROR (MSG00020) and the global status is INCOMPLETE_DATA CHB00001; when that was the
 * only source asked, the reply is a SOAP fault (MSG00020), as when every source fails.
 */
export function consultFilesBySsin(request: XmlElement, ctx: Ctx): XmlObject {
  const c = criteriaOf(request);
  const ssin = ctx.target?.ssin ?? c.ssin;
  const found = new Map(c.sources.map((s) => [s, ctx.sources.childbenefits.files(ssin, s, c.beginMonth, c.endMonth)] as const));
  const down = ctx.partialFault ? silenced(found, c.sources) : undefined;
  if (down && c.sources.length === 1) throw new SupplierUnavailable(`The child-benefit source ${down} did not answer.`);
  const results = c.sources.map((source) => {
    const files = found.get(source)!;
    if (source === down) return { '@authenticSource': source, status: statusOf('TECHNICAL_ERROR', MSG.SUPPLIER_UNAVAILABLE) };
    if (files.length === 0) return { '@authenticSource': source, status: statusOf('NO_DATA_FOUND', MSG.NO_DATA) };
    return { '@authenticSource': source, status: statusOf('DATA_FOUND', MSG.OK), files: { file: files.map((f) => fileXml(f, c.beginMonth, c.endMonth)) } };
  });
  const anyData = c.sources.some((s) => s !== down && found.get(s)!.length > 0);
  const global = down ? statusOf('INCOMPLETE_DATA', MSG.CHB_PARTIAL) : anyData ? statusOf('DATA_FOUND', MSG.OK) : statusOf('NO_DATA_FOUND', MSG.NO_DATA);
  return {
    ...replyHead(request, ctx),
    criteria: child(request, 'criteria'),
    status: global,
    ssin,
    results: { resultByAuthenticSource: results },
  };
}
