import type { Ctx } from './context';
import type { XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { CommonDates } from '../../../soap/commonDates';
import type {ClassicResult} from '../../types';
import type { Inscription } from '../../../sources/repertory';
import { qualityCodeLabel, sectorLabel } from '../../../sources/sectors';
import { Combination, ConsultArgs, readConsult } from './request';

/**
 * R03 ReferenceManager.consult (contracts.md §3.7): the sectors other than the caller's in which
 * the person is integrated (KSZ persons repertory, PRIMARY register), per sector and quality
 * code, with every period that shares a day with RequestedPeriod. The shared stages have checked
 * the SSIN; the interceptor checks that the caller has the person integrated (finality).
 */
export function consult(request: XmlElement, ctx: Ctx): ClassicResult {
  const args = readConsult(request);
  const ownSector = ctx.caller?.organisation.sector;
  const found = ctx.sources.repertory
    .find({ ssin: args.ssin, registers: ['PRIMARY'], overlapping: { begin: args.begin, end: args.end } })
    .filter((i) => i.sector !== ownSector && wanted(i, args.combinations));
  return { reply: { ConsultOtherSectorsResult: { Consultation: consultations(found, args, ctx) } } };
}

function wanted(i: Inscription, combinations: Combination[]): boolean {
  if (combinations.length === 0) return true;
  return combinations.some((c) => c.sector === i.sector && (c.qualityCodes.length === 0 || c.qualityCodes.includes(i.quality_code)));
}

/** One Consultation per sector and quality code, in that order, with its periods oldest first. */
function consultations(found: Inscription[], args: ConsultArgs, ctx: Ctx): XmlObject[] {
  const groups = new Map<string, Inscription[]>();
  for (const i of [...found].sort((a, b) => a.sector - b.sector || a.quality_code - b.quality_code || (a.begin_date < b.begin_date ? -1 : 1))) {
    const key = `${i.sector}/${i.quality_code}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  const dates = new CommonDates();
  return [...groups.values()].map((rows) => {
    const { sector, quality_code: code } = rows[0];
    const sectorText = args.fetchDescriptions ? sectorLabel(sector) : undefined;
    const qualityText = args.fetchDescriptions ? qualityCodeLabel(ctx.sources.directory, sector, code) : undefined;
    return {
      Sector: sector,
      QualityCode: code,
      Period: rows.map((i) => dates.period(i.begin_date, i.end_date)),
      SectorDescriptionNl: sectorText?.nl,
      SectorDescriptionFr: sectorText?.fr,
      QualityCodeDescriptionNl: qualityText?.nl,
      QualityCodeDescriptionFr: qualityText?.fr,
    };
  });
}
